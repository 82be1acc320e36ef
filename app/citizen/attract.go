package citizen

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"sportello/internal/content"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// attractTurn is how long each line of the attract screen stays.
const attractTurn = 8 * time.Second

// attractScreen invites a passer-by to touch the screen: "Tocchi per
// iniziare" with, in turn, the office the kiosk stands in and whether it
// is open now, then each current notice. It drifts slowly across the
// screen, so that nothing stays burnt into a panel left on for days.
func (u *Screens) attractScreen() fyne.CanvasObject {
	lines := u.attractLines()
	t := u.Tile(theme.LoginIcon(), u.Tr.T("attract.title"), lines[0], u.GoHome)
	u.attract = t
	started := u.Now()
	d := &drift{elapsed: func() time.Duration { return u.Now().Sub(started) }}
	box := container.New(d, t)
	u.OnTick = func() {
		t.SetDesc(lines[int(d.elapsed()/attractTurn)%len(lines)], "")
		box.Refresh()
	}
	return box
}

// attractLines are what the attract screen says in turn: the office and
// whether it is open, then each notice shown today.
func (u *Screens) attractLines() []string {
	first := u.Tr.Text(u.Content.Organization.Office)
	if o, ok := u.kioskOffice(); ok {
		status, _ := u.openText(o)
		first = u.Tr.Text(o.Name) + "\n" + status
	}
	lines := []string{first}
	current, _ := content.Notices(u.Content.Notices, hours.Today(u.Now()))
	for _, n := range current {
		lines = append(lines, u.Tr.T("attract.notice")+"\n"+u.Tr.Text(n.Title))
	}
	return lines
}

// kioskOffice is the office the kiosk stands in: the one configured, else the first.
func (u *Screens) kioskOffice() (kiosk.Office, bool) {
	if o, ok := u.Content.Office(u.Settings().Office); ok {
		return o, true
	}
	if len(u.Content.Offices) > 0 {
		return u.Content.Offices[0], true
	}
	return kiosk.Office{}, false
}

// drift lays its object out at 60% of the width and half the height,
// gliding across the rest: a full sweep takes minutes, a few pixels a second.
type drift struct{ elapsed func() time.Duration }

// The sweeps' periods, different so the path does not repeat soon.
const (
	driftAcross = 150 * time.Second
	driftDown   = 110 * time.Second
)

func (d *drift) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w, h := size.Width*0.6, size.Height*0.5
	at := d.elapsed()
	x := (size.Width - w) * wave(at, driftAcross)
	y := (size.Height - h) * wave(at, driftDown)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos(x, y))
	}
}

func (d *drift) MinSize(objs []fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

// wave goes from 0 to 1 and back over period, smoothly.
func wave(at, period time.Duration) float32 {
	return float32(0.5 - 0.5*math.Cos(2*math.Pi*float64(at%period)/float64(period)))
}
