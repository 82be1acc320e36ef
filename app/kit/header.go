package kit

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/hours"
	"sportello/internal/i18n"
)

// header is the blue band on top: the administration, the office, today's
// date and the time.
type header struct {
	u           *Shell
	object      fyne.CanvasObject
	org, office *canvas.Text
	date, clock *canvas.Text
	bg          *canvas.Rectangle
	press       *pressArea // a long press opens the staff sign-in
	squeeze     float32    // below 1 when the texts shrink to fit a narrow screen
	narrow      bool       // the date stepped aside: the two sides did not fit with it
}

func newHeader(u *Shell) *header {
	h := &header{u: u, squeeze: 1}
	text := func(size float32, bold bool) *canvas.Text {
		t := canvas.NewText("", colorWhite)
		t.TextSize = size
		t.TextStyle.Bold = bold
		return t
	}
	h.org, h.office = text(34, true), text(24, false)
	h.date, h.clock = text(24, false), text(40, true)
	h.date.Alignment, h.clock.Alignment = fyne.TextAlignTrailing, fyne.TextAlignTrailing
	h.bg = canvas.NewRectangle(u.Palette().primary)
	bg := h.bg
	left := container.NewVBox(h.org, h.office)
	right := container.NewVBox(h.clock, h.date)
	row := container.New(&headerRow{h}, left, right)
	h.press = newPressArea(func() time.Time { return u.Now() }, u.Action(func() string { return "" }, u.signIn))
	h.object = container.NewStack(bg, container.New(layout.NewCustomPaddedLayout(16, 16, 24, 24), row), h.press)
	return h
}

// compact shows the header in one short line on a short screen: the
// administration and the time; the office and the date step aside.
func (h *header) compact(on bool) {
	if on == h.office.Hidden {
		return
	}
	h.office.Hidden, h.date.Hidden = on, on || h.narrow
	h.resize()
}

// resize sets the header's text sizes: one short line on a short screen,
// and large text scales them all.
func (h *header) resize() {
	scale := float32(1)
	if h.u.access.largeText {
		scale = largeScale
	}
	org, office, date, clock := float32(34), float32(24), float32(24), float32(40)
	if h.office.Hidden {
		org, clock = 26, 26
	}
	scale *= h.squeeze
	for t, size := range map[*canvas.Text]float32{h.org: org, h.office: office, h.date: date, h.clock: clock} {
		if t.TextSize != size*scale {
			t.TextSize = size * scale
			t.Refresh()
		}
	}
}

// headerRow puts the administration at the left and the time at the right;
// when they do not fit side by side (large text on a portrait totem) the
// date steps aside, then their texts shrink, down to half, rather than push
// the window past the screen.
type headerRow struct{ h *header }

// headerGap is the least room between the two sides.
const headerGap = 24

func (r *headerRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	left, right := objs[0], objs[1]
	h := r.h
	if !h.office.Hidden { // not compact: the date shows if it fits
		dated := max(h.clock.MinSize().Width, h.date.MinSize().Width) + 2*theme.Padding()
		h.narrow = left.MinSize().Width+dated+headerGap > size.Width
		h.date.Hidden = h.narrow
	}
	need := left.MinSize().Width + right.MinSize().Width + headerGap
	if need > size.Width || r.h.squeeze < 1 && need < size.Width*0.9 {
		natural := need / r.h.squeeze
		r.h.squeeze = min(1, max(0.5, (size.Width-headerGap)/natural))
		r.h.resize()
	}
	lm, rm := left.MinSize(), right.MinSize()
	left.Resize(lm)
	left.Move(fyne.NewPos(0, (size.Height-lm.Height)/2))
	right.Resize(rm)
	right.Move(fyne.NewPos(size.Width-rm.Width, (size.Height-rm.Height)/2))
}

// MinSize asks no width: the texts shrink to the width there is.
func (r *headerRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, max(objs[0].MinSize().Height, objs[1].MinSize().Height))
}

// staffPress is how long a press on the header opens the staff sign-in.
const staffPress = 3 * time.Second

// pressArea is an invisible area that runs onLong after a press of
// staffPress or more, and ignores shorter taps.
type pressArea struct {
	widget.BaseWidget
	now     func() time.Time
	onLong  func()
	pressed time.Time
}

func newPressArea(now func() time.Time, onLong func()) *pressArea {
	p := &pressArea{now: now, onLong: onLong}
	p.ExtendBaseWidget(p)
	return p
}

func (p *pressArea) MouseDown(*desktop.MouseEvent) { p.pressed = p.now() }
func (p *pressArea) MouseUp(*desktop.MouseEvent)   {}

// Tapped opens the sign-in after a long press.
func (p *pressArea) Tapped(*fyne.PointEvent) {
	held := !p.pressed.IsZero() && p.now().Sub(p.pressed) >= staffPress
	p.pressed = time.Time{}
	if held {
		p.onLong()
	}
}

func (p *pressArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// update writes the texts in the current language and the current time.
func (h *header) update() {
	u := h.u
	now := u.Now().In(hours.Rome)
	set := func(t *canvas.Text, s string) {
		if t.Text != s {
			t.Text = s
			t.Refresh()
		}
	}
	set(h.org, u.Tr.Text(u.Content.Organization.Name))
	set(h.office, u.Tr.Text(u.Content.Organization.Office))
	set(h.date, i18n.LongDate(hours.Today(now), u.Tr.Lang()))
	set(h.clock, i18n.Clock(now))
	h.resize()
	if p := u.Palette().primary; h.bg.FillColor != p {
		h.bg.FillColor = p
		h.bg.Refresh()
	}
}
