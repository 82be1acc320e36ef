package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"sportello/internal/hours"
	"sportello/internal/i18n"
)

// header is the blue band on top: the administration, the office, today's
// date and the time.
type header struct {
	u           *UI
	object      fyne.CanvasObject
	org, office *canvas.Text
	date, clock *canvas.Text
	bg          *canvas.Rectangle
}

func newHeader(u *UI) *header {
	h := &header{u: u}
	text := func(size float32, bold bool) *canvas.Text {
		t := canvas.NewText("", colorWhite)
		t.TextSize = size
		t.TextStyle.Bold = bold
		return t
	}
	h.org, h.office = text(34, true), text(24, false)
	h.date, h.clock = text(24, false), text(40, true)
	h.date.Alignment, h.clock.Alignment = fyne.TextAlignTrailing, fyne.TextAlignTrailing
	h.bg = canvas.NewRectangle(u.palette().primary)
	bg := h.bg
	left := container.NewVBox(h.org, h.office)
	right := container.NewVBox(h.clock, h.date)
	row := container.NewHBox(left, layout.NewSpacer(), right)
	h.object = container.NewStack(bg, container.New(layout.NewCustomPaddedLayout(16, 16, 24, 24), row))
	return h
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
	set(h.org, u.tr.Text(u.content.Organization.Name))
	set(h.office, u.tr.Text(u.content.Organization.Office))
	set(h.date, i18n.LongDate(hours.Today(now), u.tr.Lang()))
	set(h.clock, i18n.Clock(now))
	if p := u.palette().primary; h.bg.FillColor != p {
		h.bg.FillColor = p
		h.bg.Refresh()
	}
}
