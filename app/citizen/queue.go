package citizen

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/ticket"
)

// QueueTaker gives a citizen a number for a desk's line.
type QueueTaker interface {
	Take(line string, priority bool, lang kiosk.Lang) (queue.Place, error)
	// Place is where the ticket whose QR carries token stands now.
	Place(token string) (queue.Place, error)
}

// deskFlow is a citizen taking a number to talk to a clerk: what for, with
// priority or not, then the number, printed.
type deskFlow struct {
	line     kiosk.QueueLine
	lines    map[string]*kit.Tile
	take     *kit.Button // the ordinary number
	priority *kit.Button // with priority; nil when the office gives none
	problem  *widget.Label
	busy     bool
	place    queue.Place
	printed  *widget.Label
	page     fyne.CanvasObject // the number's page, laid out again when the printing line changes
}

// deskScreen lists the lines a number can be taken for.
func (u *Screens) deskScreen() fyne.CanvasObject {
	f := &deskFlow{lines: map[string]*kit.Tile{}}
	u.desk = f
	var tiles []fyne.CanvasObject
	for _, l := range u.Content.Queue.Lines {
		row := u.Row(l.Letter+" · "+u.Tr.Text(l.Name), u.Tr.Text(l.Summary), func() {
			f.line = l
			if u.Content.Queue.Priority.It == "" { // no priority here: nothing more to ask
				u.takeNumber(f, false)
				return
			}
			u.Show(u.priorityScreen)
		})
		f.lines[l.Letter] = row
		tiles = append(tiles, row)
	}
	hint := kit.Paragraph(u.Tr.T("desk.hint"))
	if size := u.Win.Canvas().Size(); size.Width > size.Height { // side by side on a landscape panel: every line on one page
		return u.Page(u.Tr.T("tile.desk"), container.NewBorder(hint, nil, nil, nil, u.Tiles(tiles...)))
	}
	return u.Page(u.Tr.T("tile.desk"), u.Scroller(container.NewVBox(append([]fyne.CanvasObject{hint}, tiles...)...)))
}

// priorityScreen asks whether the citizen has priority: two large buttons,
// no proof asked.
func (u *Screens) priorityScreen() fyne.CanvasObject {
	f := u.desk
	f.problem = kit.ProblemLabel()
	f.take = u.Primary(u.Tr.T("desk.take"), func() { u.takeNumber(f, false) })
	f.priority = u.Button(u.Tr.Text(u.Content.Queue.Priority), nil, func() { u.takeNumber(f, true) })
	buttons := container.NewVBox(container.New(&kit.MinHeight{Height: 120}, f.take), container.New(&kit.MinHeight{Height: 120}, f.priority))
	body := kit.FoldingBox(kit.Paragraph(u.Tr.T("desk.for", map[string]any{"L": u.Tr.Text(f.line.Name)})), buttons,
		kit.Paragraph(u.Tr.T("desk.priority.hint")), f.problem)
	return u.Page(u.Tr.T("tile.desk"), u.Scroller(body))
}

// takeNumber takes the number off the UI goroutine, then shows it and prints it.
func (u *Screens) takeNumber(f *deskFlow, priority bool) {
	if f.busy {
		return
	}
	f.busy = true
	lang := u.Tr.Lang()
	var p queue.Place
	var err error
	u.Background(func() { p, err = u.Queue.Take(f.line.Letter, priority, lang) }, func() {
		f.busy = false
		if err != nil {
			if f.problem == nil {
				f.problem = kit.ProblemLabel()
			}
			f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			if kiosk.ErrorCode(err) == kiosk.Internal {
				u.Log.Error("taking a queue number", "err", err)
			}
			if u.desk == f && f.take == nil { // from the list: the problem shows where the citizen is
				u.Show(func() fyne.CanvasObject { return u.Page(u.Tr.T("tile.desk"), container.NewVBox(f.problem)) })
			}
			return
		}
		f.place = p
		u.ShowOverFirst(u.numberScreen) // Back from the number goes home, never to a second number
		u.printNumber(f, p)
	})
}

// waitText is the likely wait in words, "" when not known.
func (u *Screens) waitText(p queue.Place) string {
	if !p.WaitKnown {
		return ""
	}
	minutes := int((p.Wait + time.Minute - 1) / time.Minute)
	if minutes <= 1 {
		return u.Tr.T("desk.wait.soon")
	}
	return u.Tr.T("desk.wait.minutes", map[string]any{"N": minutes})
}

// numberScreen shows the number taken, large, and how printing went.
func (u *Screens) numberScreen() fyne.CanvasObject {
	f := u.desk
	p := f.place
	number := widget.NewLabelWithStyle(p.Label(), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	number.SizeName = kit.SizeHuge
	center := func(s string) *widget.Label {
		return widget.NewLabelWithStyle(s, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	}
	if f.printed == nil {
		f.printed = kit.Paragraph(u.Tr.T("request.done.printing"))
	}
	f.printed.Alignment = fyne.TextAlignCenter
	line := u.Tr.Text(p.LineName)
	if p.Priority {
		line += " · " + u.Tr.T("desk.withpriority")
	}
	body := container.NewVBox(center(u.Tr.T("desk.yours")), number, center(line), f.printed) // how printing went under the number: above the fold
	body.Add(kit.Field(u.Tr.T("desk.ahead"), fmt.Sprint(p.Ahead)))
	if w := u.waitText(p); w != "" {
		body.Add(kit.Field(u.Tr.T("desk.wait"), w))
	}
	body.Add(kit.Paragraph(u.Tr.T("desk.how")))
	home := u.Primary(u.Tr.T("nav.back.start"), u.GoHome)
	f.page = u.Page(u.Tr.T("tile.desk"), container.NewBorder(nil, home, nil, nil, u.Scroller(body)))
	return f.page
}

// printNumber prints the 80 mm ticket of the number, off the UI goroutine.
func (u *Screens) printNumber(f *deskFlow, p queue.Place) {
	lang := kiosk.Lang(p.Lang)
	c := u.Content
	t := ticket.Queue{Lang: lang, Organization: c.Organization.Name.In(lang), Office: c.Organization.Office.In(lang),
		Label: p.Label(), Line: p.LineName.In(lang), Priority: p.Priority, Ahead: p.Ahead, Wait: u.waitText(p), Taken: p.Taken,
		Link: ticket.QueueLink(c.Organization.StatusURL, p.Token)}
	var err error
	u.Background(func() {
		var pdf []byte
		if pdf, err = ticket.QueuePDF(t); err == nil {
			err = u.Direct.Print("coda-"+p.Label(), pdf) // now or never: a number printed later is of no use
		}
	}, func() {
		key, importance := "desk.printed", widget.SuccessImportance
		if err != nil {
			u.Log.Warn("queue ticket not printed", "number", p.Label(), "err", err)
			key, importance = "desk.notprinted", widget.DangerImportance
		}
		if f.printed != nil {
			f.printed.Importance = importance
			f.printed.SetText(u.Tr.T(key, map[string]any{"N": p.Label()}))
		}
		if f.page != nil {
			f.page.Refresh() // the line may take another line: the page makes room, nothing is cut
		}
	})
}

// deskIcon is the icon of the home tile: a person at a desk.
func deskIcon() fyne.Resource { return theme.AccountIcon() }
