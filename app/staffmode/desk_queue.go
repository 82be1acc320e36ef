package staffmode

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/staff"
)

// QueueDesk is what a desk does with the queue: call the next number, call
// it again, close it or move it to another line, see how the lines stand;
// and the queue's report.
type QueueDesk interface {
	CallNext(desk string) (queue.Ticket, error)
	Recall(id int64) (queue.Ticket, error)
	Served(id int64) (queue.Ticket, error)
	NoShow(id int64) (queue.Ticket, error)
	Transfer(id int64, line string) (queue.Ticket, error)
	Lines() ([]queue.LineState, error)
	LastCalls(n int) ([]queue.Ticket, error)
	QueueReport
}

// lastCallsLooked is how many of the last calls are looked through for a
// number this desk called and did not close: after a sign-out, it is
// still there to close.
const lastCallsLooked = 30

// deskScreen is a member of staff at a desk: the desk chosen (kept for the
// session), the number called, what to do with it, and how the lines stand.
type deskScreen struct {
	*kit.Shell
	s       *session
	desk    QueueDesk
	id      string        // the desk chosen; "" until then
	current *queue.Ticket // the number called and not closed; nil: none
	waited  time.Duration // how long it waited before its first call
	data    *deskData     // the lines as last read; nil: to read
	notice  string        // what the last action did
	bad     bool          // notice says something went wrong
	busy    bool          // an action runs: a second tap does nothing

	desks    map[string]*kit.Tile // the choice of the desk, by id
	change   *kit.Button          // back to the choice of the desk
	call     *kit.Button
	recall   *kit.Button
	noShow   *kit.Button
	served   *kit.Button
	transfer *kit.Button
	number   *canvas.Text         // the number called, large
	about    *widget.Label        // its line and its wait
	state    *widget.Label        // notice
	targets  map[string]*kit.Tile // the lines a number may move to, by letter
}

// deskData is how the lines stood when last read and, when the screen
// opened with no number, the one this desk left open.
type deskData struct {
	lines  []queue.LineState
	open   *queue.Ticket
	waited time.Duration
	err    error
}

// newDeskQueue builds the desk screen and the queue's report of a session;
// nil, nil with no queue.
func newDeskQueue(shell *kit.Shell, s *session, desk QueueDesk) (*deskScreen, *queueReportScreen) {
	if desk == nil {
		return nil, nil
	}
	return &deskScreen{Shell: shell, s: s, desk: desk}, newQueueReport(shell, s, desk)
}

// openDesk shows the desk screen from the staff menu, the lines read anew.
func (u *Screens) openDesk() {
	u.staff.desk.data = nil
	u.Show(u.allowed(staff.HandleRequests, u.staff.desk.screen))
}

func (d *deskScreen) screen() fyne.CanvasObject {
	tr := d.Tr
	desk, ok := d.Content.Queue.Desk(d.id)
	if !ok {
		return d.choice()
	}
	if d.data == nil {
		today := hours.Today(d.Now()).String()
		id, data := d.id, &deskData{open: d.current, waited: d.waited}
		if !d.Load(func() { d.read(id, today, data) }, func() { d.data, d.current, d.waited = data, data.open, data.waited }) {
			return d.Page(tr.T("staff.desk.title", map[string]any{"Desk": tr.Text(desk.Name)}), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	top := container.NewBorder(nil, nil, nil, d.changeButton(), kit.Paragraph(tr.T("staff.desk.serves", map[string]any{"Lines": strings.Join(desk.Lines, ", ")})))
	wide := &sideBySide{width: func() float32 { return d.Win.Canvas().Size().Width }}
	body := container.NewVBox(top, widget.NewSeparator(), container.New(wide, d.ticketCard(), d.lineStates(desk)))
	d.call = d.Primary(tr.T("staff.desk.call"), d.callNext)
	d.actions()
	d.state = kit.Paragraph(d.notice)
	d.state.TextStyle.Bold = true
	if d.bad {
		d.state.Importance = widget.DangerImportance
	}
	if d.busy {
		d.call.Disable()
	}
	actions := fyne.CanvasObject(container.New(d.Columns(5), d.recall, d.noShow, d.transfer, d.served, d.call)) // under the hand, never a page away
	if !wide.wide() {
		actions = container.NewVBox(container.New(d.Columns(4), d.recall, d.noShow, d.transfer, d.served), d.call)
	}
	return d.Page(tr.T("staff.desk.title", map[string]any{"Desk": tr.Text(desk.Name)}),
		container.NewBorder(nil, kit.FoldingBox(d.state, actions), nil, nil, d.Scroller(body)))
}

// read reads into data how the lines stand and, with no number open,
// looks for one the desk id called today and did not close; off the UI
// goroutine.
func (d *deskScreen) read(id, today string, data *deskData) {
	data.lines, data.err = d.desk.Lines()
	if data.open != nil || data.err != nil {
		return
	}
	var calls []queue.Ticket
	calls, data.err = d.desk.LastCalls(lastCallsLooked)
	for _, t := range calls {
		if t.Desk == id && t.Status == queue.Called && t.Day == today {
			data.open = &t
			data.waited, _ = t.Waited()
			return
		}
	}
}

// choice lists the content's desks: a tap chooses one for the session.
func (d *deskScreen) choice() fyne.CanvasObject {
	tr := d.Tr
	list := container.NewVBox(kit.Paragraph(tr.T("staff.desk.choose.hint")))
	d.desks = map[string]*kit.Tile{}
	for _, desk := range d.Content.Queue.Desks {
		var names []string
		for _, letter := range desk.Lines {
			if l, ok := d.Content.Queue.Line(letter); ok {
				names = append(names, letter+" "+tr.Text(l.Name))
			}
		}
		row := d.Row(tr.Text(desk.Name), tr.T("staff.desk.lines", map[string]any{"Lines": strings.Join(names, ", ")}), func() {
			d.id, d.current, d.data, d.notice, d.bad = desk.ID, nil, nil, "", false
			d.Render()
		})
		d.desks[desk.ID] = row
		list.Add(row)
	}
	if len(d.Content.Queue.Desks) == 0 {
		list.Add(kit.Paragraph(tr.T("staff.desk.nodesks")))
	}
	return d.Page(tr.T("staff.desk.choose"), d.Scroller(list))
}

func (d *deskScreen) changeButton() *kit.Button {
	d.change = d.Button(d.Tr.T("staff.desk.change"), theme.ViewRefreshIcon(), func() {
		if d.busy {
			return
		}
		d.id, d.current, d.data, d.notice, d.bad = "", nil, nil, "", false
		d.Render()
	})
	return d.change
}

// ticketCard shows the number called, large, with its line and its wait.
func (d *deskScreen) ticketCard() fyne.CanvasObject {
	tr := d.Tr
	d.number = canvas.NewText("—", d.Colour(theme.ColorNameForeground))
	d.number.TextSize = theme.TextSize() * 4
	d.number.TextStyle.Bold = true
	d.number.Alignment = fyne.TextAlignCenter
	d.about = kit.Paragraph(tr.T("staff.desk.none"))
	d.about.Alignment = fyne.TextAlignCenter
	if t := d.current; t != nil {
		d.number.Text = t.Label()
		d.number.Color = d.Colour(theme.ColorNamePrimary)
		line := t.Line
		if l, ok := d.Content.Queue.Line(t.Line); ok {
			line = t.Line + " " + tr.Text(l.Name)
		}
		d.about.SetText(tr.T("staff.desk.called", map[string]any{"Line": line, "Wait": d.minutes(d.waited), "At": i18n.Clock(t.Called.In(hours.Rome))}))
	}
	return container.NewVBox(d.number, d.about)
}

// actions makes what is done with the number called; without one they
// wait.
func (d *deskScreen) actions() {
	tr := d.Tr
	closeAs := func(do func(id int64) (queue.Ticket, error), key string) func() {
		return func() {
			t := *d.current
			d.run(false, func() error {
				_, err := do(t.ID)
				return err
			}, func() { d.current, d.notice = nil, tr.T(key, map[string]any{"N": t.Label()}) })
		}
	}
	d.recall = d.Button(tr.T("staff.desk.recall"), theme.MediaReplayIcon(), func() {
		t := *d.current
		d.run(false, func() (err error) { t, err = d.desk.Recall(t.ID); return err },
			func() { d.current, d.notice = &t, tr.T("staff.desk.recalled", map[string]any{"N": t.Label()}) })
	})
	d.noShow = d.Button(tr.T("staff.desk.noshow"), theme.CancelIcon(), closeAs(d.desk.NoShow, "staff.desk.noshow.done"))
	d.served = d.Button(tr.T("staff.desk.served"), theme.ConfirmIcon(), closeAs(d.desk.Served, "staff.desk.served.done"))
	d.transfer = d.Button(tr.T("staff.desk.transfer"), theme.MailForwardIcon(), func() {
		if !d.busy {
			d.Show(d.transferScreen)
		}
	})
	for _, b := range []*kit.Button{d.recall, d.noShow, d.served, d.transfer} {
		if d.current == nil || d.busy {
			b.Disable()
		}
	}
}

// callNext calls the next number for the desk; with no one waiting it
// says so. A number still open is closed first: left open, it would count
// as at the desk for ever.
func (d *deskScreen) callNext() {
	if d.busy {
		return
	}
	if d.current != nil {
		d.notice, d.bad = d.Tr.T("staff.desk.closefirst", map[string]any{"N": d.current.Label()}), true
		d.Render()
		return
	}
	var t queue.Ticket
	id := d.id
	d.run(false, func() (err error) { t, err = d.desk.CallNext(id); return err }, func() {
		d.current = &t
		d.waited, _ = t.Waited()
		d.notice = d.Tr.T("staff.desk.calling", map[string]any{"N": t.Label()})
	})
}

// run does an action off the UI goroutine, one at a time, and reads the
// lines again; then, unless staff signed out, says what it did (ok) or
// what went wrong, and shows the desk screen again: going back to it
// first when leave, from the screen the action was tapped on.
func (d *deskScreen) run(leave bool, action func() error, ok func()) {
	if d.busy {
		return
	}
	d.busy = true
	if d.call != nil {
		d.call.Disable()
	}
	if d.state != nil {
		d.state.Importance = widget.MediumImportance
		d.state.SetText(d.Tr.T("edit.working"))
	}
	depth := d.Depth()
	data := &deskData{}
	var err error
	d.Background(func() {
		err = action()
		data.lines, data.err = d.desk.Lines()
	}, func() {
		d.busy = false
		if d.s.ended {
			return
		}
		d.data, d.bad = data, err != nil
		switch {
		case queue.IsEmpty(err):
			d.notice = d.Tr.T("staff.desk.empty")
		case err != nil:
			d.notice = kiosk.ErrorMessage(err, d.Tr.Lang())
			if kiosk.ErrorCode(err) == kiosk.Conflict { // closed or moved meanwhile: no longer open here
				d.current = nil
			}
		default:
			ok()
		}
		switch {
		case d.Depth() != depth: // another screen was opened meanwhile
		case leave:
			d.Back()
		default:
			d.Render()
		}
	})
}

// lineStates say how each line stands: how many wait, and since when the
// first; the desk's own lines marked.
func (d *deskScreen) lineStates(desk kiosk.Desk) fyne.CanvasObject {
	tr := d.Tr
	box := container.NewVBox(widget.NewLabelWithStyle(tr.T("staff.desk.queues"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if d.data.err != nil {
		box.Add(kit.Paragraph(kiosk.ErrorMessage(d.data.err, tr.Lang())))
	}
	for _, st := range d.data.lines {
		desc := tr.T("staff.desk.nowait")
		if st.Waiting > 0 {
			desc = tr.T("staff.desk.waiting", map[string]any{"N": st.Waiting, "Wait": d.minutes(st.Longest)})
		}
		title, own := st.Line.Letter+" "+tr.Text(st.Line.Name), slices.Contains(desk.Lines, st.Line.Letter)
		if own {
			title = tr.T("staff.desk.own", map[string]any{"Line": title})
		}
		row := kit.Paragraph(tr.T("staff.desk.linestate", map[string]any{"Line": title, "State": desc}))
		row.TextStyle.Bold = own // the words say it too
		box.Add(row)
	}
	return box
}

// transferScreen lists the other lines: a tap moves the number called to
// one, where it keeps its place.
func (d *deskScreen) transferScreen() fyne.CanvasObject {
	tr := d.Tr
	if d.current == nil {
		return d.Page(tr.T("staff.desk.transfer"), kit.Paragraph(tr.T("staff.desk.none")))
	}
	t := *d.current
	list := container.NewVBox(kit.Paragraph(tr.T("staff.desk.transfer.hint", map[string]any{"N": t.Label()})))
	d.targets = map[string]*kit.Tile{}
	for _, l := range d.Content.Queue.Lines {
		if l.Letter == t.Line {
			continue
		}
		var moved queue.Ticket
		row := d.Row(l.Letter+" "+tr.Text(l.Name), tr.Text(l.Summary), func() {
			d.run(true, func() (err error) { moved, err = d.desk.Transfer(t.ID, l.Letter); return err }, func() {
				d.current, d.notice = nil, tr.T("staff.desk.moved", map[string]any{"N": t.Label(), "Line": l.Letter, "New": moved.Label()})
			})
		})
		d.targets[l.Letter] = row
		list.Add(row)
	}
	return d.Page(tr.T("staff.desk.transfer.title", map[string]any{"N": t.Label()}), d.Scroller(list))
}

// minutes says a wait in whole minutes: "12 min", "meno di un minuto".
func (d *deskScreen) minutes(w time.Duration) string {
	if w < time.Minute {
		return d.Tr.T("staff.desk.lessmin")
	}
	return d.Tr.T("staff.desk.min", map[string]any{"N": int(w / time.Minute)})
}

// sideBySide puts its two objects side by side on a landscape screen, the
// first above the second on a portrait one: width is the window's.
type sideBySide struct{ width func() float32 }

// landscape is the width from which the number and the lines go side by side.
const landscape = 1200

func (l *sideBySide) wide() bool { return l.width() > landscape }

// Layout gives each object half the width side by side, or the whole width one above the other.
func (l *sideBySide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	first, second, gap := objs[0], objs[1], 4*theme.Padding()
	if l.wide() {
		w := (size.Width - gap) / 2
		first.Move(fyne.NewPos(0, 0))
		first.Resize(fyne.NewSize(w, first.MinSize().Height))
		second.Move(fyne.NewPos(w+gap, 0))
		second.Resize(fyne.NewSize(w, size.Height))
		return
	}
	h := first.MinSize().Height
	first.Move(fyne.NewPos(0, 0))
	first.Resize(fyne.NewSize(size.Width, h))
	second.Move(fyne.NewPos(0, h+gap))
	second.Resize(fyne.NewSize(size.Width, size.Height-h-gap))
}

// MinSize is the room both need side by side, or one above the other.
func (l *sideBySide) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b, gap := objs[0].MinSize(), objs[1].MinSize(), 4*theme.Padding()
	if l.wide() {
		return fyne.NewSize(a.Width+gap+b.Width, max(a.Height, b.Height))
	}
	return fyne.NewSize(max(a.Width, b.Width), a.Height+gap+b.Height)
}
