package display

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// screen lays the display out for the window's size, either way round:
// the header, the call in a deep blue band, the earlier calls beneath.
// Every size comes from the window's, so that a TV reads the same from
// the back of the lobby in landscape, in portrait and at 4K (FYNE_SCALE=2
// gives the same layout in sharper type).
type screen struct{ d *Display }

// problemBand is the height of the band that says the queue cannot be
// read, in parts of the screen's shorter side.
const problemBand = 0.12

func (l screen) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 320) }

func (l screen) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	d := l.d
	w, h := size.Width, size.Height
	short := min(w, h)
	pad := 0.04 * short
	head := 0.1 * short
	l.header(size, head, pad)
	band := 0.46 * h
	if h > w {
		band = 0.42 * h
	}
	place(d.hero, 0, head, w, band)
	capSize := 0.035 * short
	d.Caption.TextSize = capSize
	put(d.Caption, pad, head+0.6*capSize)
	top := head + 2.2*capSize
	l.call(fyne.NewPos(pad, top), fyne.NewSize(w-2*pad, head+band-top-0.5*capSize), h > w)
	l.rows(head+band, h, w, pad)
	problem := problemBand * short
	place(d.problemBack, 0, h-problem, w, problem)
	d.Problem.TextSize = fit(d.Problem, 0.3*problem, w-2*pad)
	d.ProblemEn.TextSize = fit(d.ProblemEn, 0.25*problem, w-2*pad)
	it, en := d.Problem.MinSize().Height, d.ProblemEn.MinSize().Height
	put(d.Problem, pad, h-problem+(problem-it-en)/2)
	put(d.ProblemEn, pad, h-problem+(problem-it-en)/2+it)
	for _, t := range d.texts() {
		t.Refresh()
	}
}

// header is the administration and its office on the left, the time and
// date on the right, white on blue.
func (l screen) header(size fyne.Size, head, pad float32) {
	d := l.d
	place(d.header, 0, 0, size.Width, head)
	half := (size.Width - 3*pad) / 2
	d.Org.TextSize = fit(d.Org, 0.28*head, half)
	d.Office.TextSize = fit(d.Office, 0.22*head, half)
	d.Time.TextSize = 0.34 * head
	d.Date.TextSize = fit(d.Date, 0.22*head, half)
	put(d.Org, pad, 0.12*head)
	put(d.Office, pad, 0.12*head+d.Org.MinSize().Height)
	put(d.Time, size.Width-pad-d.Time.MinSize().Width, 0.08*head)
	put(d.Date, size.Width-pad-d.Date.MinSize().Width, 0.08*head+d.Time.MinSize().Height)
}

// call sets the number, the arrow and the desk in area: on one line when
// the screen is wide enough for the number to stay large, else the desk
// under the number.
func (l screen) call(at fyne.Position, area fyne.Size, portrait bool) {
	d := l.d
	l.idle(at, area)
	one := 0.62 * area.Height // the number's size on one line, before it is fitted to the width
	if width := d.lineWidth(one); width > area.Width {
		one *= area.Width / width
	}
	if !portrait && one >= 0.28*area.Height {
		d.Label.TextSize, d.Desk.TextSize = one, one
		lineH := d.Label.MinSize().Height
		x := at.X + (area.Width-d.lineWidth(one))/2
		y := at.Y + (area.Height-lineH)/2
		x = put(d.Label, x, y) + 0.25*one
		arrow := 0.7 * one
		place(d.arrow, x, y+(lineH-arrow)/2, arrow, arrow)
		put(d.Desk, x+arrow+0.25*one, y)
		return
	}
	d.Label.TextSize = fit(d.Label, 0.5*area.Height, area.Width)
	second := 0.25 * area.Height
	if width := d.deskWidth(second); width > area.Width {
		second *= area.Width / width
	}
	d.Desk.TextSize = second
	labelH, deskH := d.Label.MinSize().Height, d.Desk.MinSize().Height
	if total := labelH + deskH; total > area.Height { // the font's line is taller than its size
		shrink := area.Height / total
		d.Label.TextSize, d.Desk.TextSize, second = d.Label.TextSize*shrink, second*shrink, second*shrink
		labelH, deskH = d.Label.MinSize().Height, d.Desk.MinSize().Height
	}
	y := at.Y + (area.Height-labelH-deskH)/2
	put(d.Label, at.X+(area.Width-d.Label.MinSize().Width)/2, y)
	x := at.X + (area.Width-d.deskWidth(second))/2
	arrow := 0.7 * second
	place(d.arrow, x, y+labelH+(deskH-arrow)/2, arrow, arrow)
	put(d.Desk, x+arrow+0.25*second, y+labelH)
}

// idle is the invitation to wait, while no one was called today.
func (l screen) idle(at fyne.Position, area fyne.Size) {
	d := l.d
	d.Idle.TextSize = fit(d.Idle, 0.16*area.Height, area.Width)
	d.IdleEn.TextSize = fit(d.IdleEn, 0.1*area.Height, area.Width)
	it, en := d.Idle.MinSize(), d.IdleEn.MinSize()
	y := at.Y + (area.Height-it.Height-en.Height)/2
	put(d.Idle, at.X+(area.Width-it.Width)/2, y)
	put(d.IdleEn, at.X+(area.Width-en.Width)/2, y+it.Height)
}

// rows lists the earlier calls from top to bottom, every other one on grey.
// The band of a problem covers the last ones rather than squeezing them:
// the screen does not jump, and those calls are old news by then.
func (l screen) rows(top, bottom, w, pad float32) {
	d := l.d
	short := min(w, bottom)
	d.RecentCaption.TextSize = 0.035 * short
	put(d.RecentCaption, pad, top+0.02*short)
	top += d.RecentCaption.MinSize().Height + 0.03*short
	rowH := (bottom - top - 0.01*short) / Recent
	size := min(0.55*rowH, 0.045*bottom)
	column := fyne.MeasureText("W000", size, fyne.TextStyle{Bold: true}).Width + 1.5*size
	for i := range d.Rows {
		r := &d.Rows[i]
		y := top + float32(i)*rowH
		place(r.back, 0, y, w, rowH)
		r.Label.TextSize, r.Desk.TextSize = size, size
		r.Desk.TextSize = fit(r.Desk, size, w-2*pad-column)
		lineH := r.Label.MinSize().Height
		put(r.Label, pad, y+(rowH-lineH)/2)
		put(r.Desk, pad+column, y+(rowH-r.Desk.MinSize().Height)/2)
	}
}

// lineWidth is how wide the call is on one line with the number at size.
func (d *Display) lineWidth(size float32) float32 {
	label := fyne.MeasureText(d.Label.Text, size, d.Label.TextStyle).Width
	return label + 0.25*size + d.deskWidth(size)
}

// deskWidth is how wide the arrow and the desk are at size.
func (d *Display) deskWidth(size float32) float32 {
	return 0.7*size + 0.25*size + fyne.MeasureText(d.Desk.Text, size, d.Desk.TextStyle).Width
}

func (d *Display) texts() []*canvas.Text {
	out := []*canvas.Text{d.Org, d.Office, d.Time, d.Date, d.Caption, d.Label, d.Desk, d.Idle, d.IdleEn, d.RecentCaption, d.Problem, d.ProblemEn}
	for _, r := range d.Rows {
		out = append(out, r.Label, r.Desk)
	}
	return out
}

// fit is size, or less when the text would be wider than width at size.
func fit(t *canvas.Text, size, width float32) float32 {
	if t.Text == "" {
		return size
	}
	if w := fyne.MeasureText(t.Text, size, t.TextStyle).Width; w > width {
		return size * width / w
	}
	return size
}

// put moves t, at its natural size, to x, y and returns where it ends.
func put(t *canvas.Text, x, y float32) float32 {
	s := t.MinSize()
	t.Move(fyne.NewPos(x, y))
	t.Resize(s)
	return x + s.Width
}

func place(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
}
