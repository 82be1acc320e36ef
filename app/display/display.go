// Package display is the call display of the desk queue: a full-screen
// window on a TV in the lobby that shows the ticket just called and its
// desk in large type, the last calls beneath, and on each new call (or
// recall) plays a chime and says it aloud.
package display

import (
	"image/color"
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

// Recent is how many earlier calls are listed under the current one.
const Recent = 5

// Deps is what the display reads and how it speaks.
type Deps struct {
	// Calls are the last n calls, the newest first (queue.Service.LastCalls).
	Calls   func(n int) ([]queue.Ticket, error)
	Content func() (kiosk.Content, error)
	Voice   Announcer // nil: silent
	Catalog *i18n.Catalog
	Now     func() time.Time
	Log     *slog.Logger
}

// Snapshot is what one look at the queue found.
type Snapshot struct {
	Calls   []queue.Ticket // today's, the newest first
	Content kiosk.Content
	Err     error // the queue or the content could not be read
	Now     time.Time
}

// Display is the call display's window content. Its texts are exported so
// that tests can read what it shows.
type Display struct {
	Org, Office, Time, Date *canvas.Text // the header
	Caption                 *canvas.Text // "Numero chiamato · Now calling"
	Label, Desk             *canvas.Text // the call: "A017", "Sportello 2"
	Idle, IdleEn            *canvas.Text // instead of the call, while none was made today
	RecentCaption           *canvas.Text
	Rows                    [Recent]Row
	Problem, ProblemEn      *canvas.Text // shown while the queue cannot be read

	header, hero, problemBack *canvas.Rectangle
	arrow                     *canvas.Image
	flash                     *fyne.Animation
	root                      *fyne.Container

	deps    Deps
	content kiosk.Content
	seen    map[int64]time.Time // the calls shown, by ticket: when each was called
	started bool                // the calls made before the display started are not spoken
	failing bool
}

// Row is one earlier call: its number and its desk.
type Row struct {
	Label, Desk *canvas.Text
	back        *canvas.Rectangle
}

const arrowSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="M6 40h56V16l34 34-34 34V60H6z" fill="#FFFFFF"/></svg>`

// New builds the display; it shows nothing called until the first Show.
func New(deps Deps) *Display {
	d := &Display{deps: deps, seen: map[int64]time.Time{}}
	bold := fyne.TextStyle{Bold: true}
	text := func(c color.Color, style fyne.TextStyle) *canvas.Text {
		t := canvas.NewText("", c)
		t.TextStyle = style
		return t
	}
	d.header, d.hero, d.problemBack = canvas.NewRectangle(blue40), canvas.NewRectangle(blue20), canvas.NewRectangle(red50)
	d.Org, d.Office, d.Time, d.Date = text(white, bold), text(white, fyne.TextStyle{}), text(white, bold), text(white, fyne.TextStyle{})
	d.Caption, d.Label, d.Desk = text(lighter, bold), text(white, bold), text(white, bold)
	d.Idle, d.IdleEn = text(white, bold), text(lighter, fyne.TextStyle{})
	d.RecentCaption, d.Problem, d.ProblemEn = text(slate20, bold), text(white, bold), text(white, fyne.TextStyle{})
	d.arrow = canvas.NewImageFromResource(fyne.NewStaticResource("arrow.svg", []byte(arrowSVG)))
	d.arrow.FillMode = canvas.ImageFillContain
	d.Caption.Text = d.both("display.now")
	d.RecentCaption.Text = d.both("display.recent")
	d.Idle.Text = d.deps.Catalog.T(kiosk.Italian, "display.idle", nil)
	d.IdleEn.Text = d.deps.Catalog.T(kiosk.English, "display.idle", nil)
	d.Problem.Text = d.deps.Catalog.T(kiosk.Italian, "display.offline", nil)
	d.ProblemEn.Text = d.deps.Catalog.T(kiosk.English, "display.offline", nil)
	objects := []fyne.CanvasObject{d.header, d.Org, d.Office, d.Time, d.Date, d.hero, d.Caption, d.Label, d.arrow, d.Desk, d.Idle, d.IdleEn, d.RecentCaption}
	for i := range d.Rows {
		r := &d.Rows[i]
		r.back, r.Label, r.Desk = canvas.NewRectangle(white), text(slate20, bold), text(slate20, fyne.TextStyle{})
		if i%2 == 0 {
			r.back.FillColor = gray96
		}
		objects = append(objects, r.back, r.Label, r.Desk)
	}
	d.root = container.New(screen{d}, append(objects, d.problemBack, d.Problem, d.ProblemEn)...)
	d.flash = fyne.NewAnimation(600*time.Millisecond, func(f float32) {
		d.hero.FillColor = mix(blue40, blue20, f)
		d.hero.Refresh()
	})
	d.flash.RepeatCount = 3
	d.showCalls(nil)
	d.showProblem(false)
	return d
}

// Object is what the window shows.
func (d *Display) Object() fyne.CanvasObject { return d.root }

// both is a caption in Italian and English, for a screen everyone reads.
func (d *Display) both(id string) string {
	return d.deps.Catalog.T(kiosk.Italian, id, nil) + "  ·  " + d.deps.Catalog.T(kiosk.English, id, nil)
}

// Read looks at the queue: it touches no widget, so it runs off the UI thread.
func (d *Display) Read() Snapshot {
	now := d.deps.Now()
	s := Snapshot{Now: now}
	calls, err := d.deps.Calls(Recent + 1)
	if err != nil {
		s.Err = err
		return s
	}
	if s.Content, err = d.deps.Content(); err != nil {
		s.Err = err
		return s
	}
	today := hours.Today(now).String()
	for _, t := range calls {
		if t.Day == today { // yesterday's calls are not shown in the morning
			s.Calls = append(s.Calls, t)
		}
	}
	return s
}

// Show shows what Read found and announces each call not seen before,
// oldest first; it runs on the UI thread.
func (d *Display) Show(s Snapshot) {
	d.Time.Text = i18n.Clock(s.Now.In(hours.Rome))
	d.Date.Text = i18n.LongDate(hours.Today(s.Now), kiosk.Italian)
	switch { // once when it stops working, once when it works again
	case s.Err != nil && !d.failing:
		d.deps.Log.Warn("call display: the queue cannot be read", "err", s.Err)
	case s.Err == nil && d.failing:
		d.deps.Log.Info("call display: the queue can be read again")
	}
	d.failing = s.Err != nil
	d.showProblem(d.failing)
	if d.failing {
		d.root.Refresh()
		return
	}
	d.content = s.Content
	d.Org.Text = s.Content.Organization.Name.It
	d.Office.Text = s.Content.Organization.Office.It
	var fresh []queue.Ticket
	seen := map[int64]time.Time{}
	for _, t := range s.Calls {
		if at, ok := d.seen[t.ID]; !ok || !at.Equal(t.Called) {
			fresh = append(fresh, t)
		}
		seen[t.ID] = t.Called
	}
	d.seen = seen
	d.showCalls(s.Calls)
	if d.started && len(fresh) > 0 {
		for i := len(fresh) - 1; i >= 0; i-- {
			d.deps.Log.Info("call shown", "number", fresh[i].Label(), "desk", fresh[i].Desk)
			if d.deps.Voice != nil {
				d.deps.Voice.Announce(Announcement(fresh[i], d.desk(fresh[i].Desk)))
			}
		}
		d.flash.Stop()
		d.flash.Start()
	}
	d.started = true
	d.root.Refresh()
}

// Run looks at the queue every second until stop is closed.
func (d *Display) Run(every time.Duration, stop <-chan struct{}) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		s := d.Read()
		fyne.Do(func() { d.Show(s) })
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

func (d *Display) desk(id string) kiosk.Desk {
	if desk, ok := d.content.Queue.Desk(id); ok {
		return desk
	}
	return kiosk.Desk{ID: id}
}

// showCalls puts the newest call in the large band and the ones before it
// in the rows.
func (d *Display) showCalls(calls []queue.Ticket) {
	called := len(calls) > 0
	d.Label.Hidden, d.arrow.Hidden, d.Desk.Hidden = !called, !called, !called
	d.Idle.Hidden, d.IdleEn.Hidden, d.Caption.Hidden = called, called, !called
	if called {
		d.Label.Text, d.Desk.Text = calls[0].Label(), DeskName(d.desk(calls[0].Desk), kiosk.Italian)
	}
	for i := range d.Rows {
		r := &d.Rows[i]
		r.Label.Text, r.Desk.Text = "", ""
		r.back.Hidden = i+1 >= len(calls)
		if i+1 < len(calls) {
			r.Label.Text, r.Desk.Text = calls[i+1].Label(), DeskName(d.desk(calls[i+1].Desk), kiosk.Italian)
		}
	}
}

func (d *Display) showProblem(on bool) {
	d.Problem.Hidden, d.ProblemEn.Hidden, d.problemBack.Hidden = !on, !on, !on
}

// mix is a blend of a and b, all a at 0 and all b at 1.
func mix(a, b color.NRGBA, f float32) color.NRGBA {
	m := func(x, y uint8) uint8 { return uint8(float32(x) + (float32(y)-float32(x))*f) }
	return color.NRGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xFF}
}
