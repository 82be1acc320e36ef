package kit

import (
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Button is every Button of the kiosk: a second tap within the guard time
// is ignored, a tap resets the idle timer, and in listening mode the label
// is spoken.
func (u *Shell) Button(label string, icon fyne.Resource, tapped func()) *Button {
	b := NewButton(label, icon, nil)
	b.OnTapped = u.Action(func() string { return b.Text }, tapped)
	return b
}

// Primary is the one main action of a screen.
func (u *Shell) Primary(label string, tapped func()) *Button {
	b := u.Button(label, nil, tapped)
	b.Importance = widget.HighImportance
	return b
}

// Action wraps what a control does: it ignores a repeat within TapGuard,
// resets the idle timer and, in listening mode, speaks the control's name.
func (u *Shell) Action(name func() string, fn func()) func() {
	var last time.Time
	return func() {
		now := u.Now()
		if u.TapGuard > 0 && !last.IsZero() && now.Sub(last) >= 0 && now.Sub(last) < u.TapGuard {
			return
		}
		last = now
		t, outer := &tapStart{from: u.Title(), at: time.Now()}, u.tapping == nil
		if outer { // an action another runs (Invio pressing Accedi) is part of that tap
			u.tapping = t
		}
		u.Touched()
		u.Say(name())
		if fn != nil {
			fn()
		}
		if outer {
			u.tapping = nil
		}
		if outer && !t.waits {
			u.Frames.Shown(t.from, u.Title(), t.at)
		}
	}
}

// tapStart is when a tap's handler began, on which screen, and whether it
// waits for work it started in the background (Background).
type tapStart struct {
	from  string
	at    time.Time
	waits bool
}

// Title is the title of the screen shown: its page's, or Home for a
// screen without one (the home screen); "" before the first.
func (u *Shell) Title() string { return u.title }

// actionLayout puts the primary action full width on narrow (portrait)
// screens and at the bottom right on wide (landscape) ones.
type actionLayout struct{}

const wideScreen = 1200

func (actionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		w := size.Width
		if w > wideScreen {
			w = size.Width / 3
		}
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(size.Width-w, 0))
	}
}

func (actionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m.Max(fyne.NewSize(0, 72))
}

// WithAction puts body above the screen's primary action and an error line.
func WithAction(body fyne.CanvasObject, problem *widget.Label, action *Button) fyne.CanvasObject {
	bottom := FoldingBox(problem, container.New(actionLayout{}, action)) // no blank band while there is nothing to say
	return container.NewBorder(nil, bottom, nil, nil, body)
}

// ProblemLabel is where a screen says what is wrong with the input.
func ProblemLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Bold = true
	return l
}

// FoldingBox stacks objects as a VBox does, but a label with nothing to
// say takes no room: an error line waiting for an error leaves no blank band.
func FoldingBox(objs ...fyne.CanvasObject) *fyne.Container { return container.New(folding{}, objs...) }

type folding struct{}

// shown reports whether o takes room.
func (folding) shown(o fyne.CanvasObject) bool {
	l, isLabel := o.(*widget.Label)
	return o.Visible() && !(isLabel && l.Text == "")
}

func (f folding) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var y float32
	for _, o := range objs {
		o.Move(fyne.NewPos(0, y))
		if !f.shown(o) {
			o.Resize(fyne.NewSize(size.Width, 0))
			continue
		}
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + theme.Padding()
	}
}

func (f folding) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		if f.shown(o) {
			s := o.MinSize()
			m = fyne.NewSize(max(m.Width, s.Width), m.Height+s.Height+theme.Padding())
		}
	}
	return fyne.NewSize(m.Width, max(0, m.Height-theme.Padding()))
}

// Paragraph is wrapped body text.
func Paragraph(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Field is a row of a summary: a bold name and its value.
func Field(name, value string) fyne.CanvasObject {
	n := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	n.Wrapping = fyne.TextWrapWord // a long name in large text takes two lines, never cut
	return container.NewBorder(nil, nil, container.New(&FixedWidth{FieldWidth()}, n), nil, Paragraph(value))
}

// FieldWidth is the width of a field's name: 280 at the body text's
// normal size, more in large text.
func FieldWidth() float32 { return 280 * theme.TextSize() / 22 }

// FitColumns lays buttons out in a grid of as many columns, up to Max, as
// leave each the width its label needs; the rows share the height they need.
// Width is the width it will have (the window's, less its margins): the
// rows it asks for depend on it.
type FitColumns struct {
	Max   int
	Width func() float32
	Even  bool // only as many columns as divide the buttons into full rows
}

// Columns is a FitColumns as wide as the window's screen area: rows of
// buttons across a screen.
func (u *Shell) Columns(most int) *FitColumns {
	return &FitColumns{Max: most, Width: func() float32 { return u.Win.Canvas().Size().Width - 4*theme.Padding() }}
}

func (f *FitColumns) columns(objs []fyne.CanvasObject, width float32) int {
	var widest float32
	for _, o := range objs {
		widest = max(widest, o.MinSize().Width)
	}
	for cols := min(f.Max, len(objs)); cols > 1; cols-- {
		if f.Even && len(objs)%cols != 0 {
			continue
		}
		if (width-theme.Padding()*float32(cols-1))/float32(cols) >= widest {
			return cols
		}
	}
	return 1
}

func (f *FitColumns) rowHeight(objs []fyne.CanvasObject) float32 {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return h
}

func (f *FitColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) == 0 {
		return
	}
	cols, h, gap := f.columns(objs, size.Width), f.rowHeight(objs), theme.Padding()
	w := (size.Width - gap*float32(cols-1)) / float32(cols)
	for i, o := range objs {
		o.Move(fyne.NewPos(float32(i%cols)*(w+gap), float32(i/cols)*(h+gap)))
		o.Resize(fyne.NewSize(w, h))
	}
}

// MinSize asks the height of the rows at the fewest columns that could
// fit; Layout, knowing the width, may use more.
func (f *FitColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) == 0 {
		return fyne.NewSize(0, 0)
	}
	var widest float32
	for _, o := range objs {
		widest = max(widest, o.MinSize().Width)
	}
	cols := f.columns(objs, f.Width())
	rows := float32((len(objs) + cols - 1) / cols)
	return fyne.NewSize(widest, rows*f.rowHeight(objs)+(rows-1)*theme.Padding())
}

// FixedWidth gives its objects one width and their own height.
type FixedWidth struct{ Width float32 }

func (f *FixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(f.Width, h)
}

func (f *FixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(fyne.NewSize(f.Width, size.Height))
		o.Move(fyne.NewPos(0, 0))
	}
}

// SetEntry fills an entry and puts the cursor at the end, where a citizen
// coming back to it goes on typing.
func SetEntry(e *Entry, text string) {
	e.SetText(text)
	lines := strings.Split(text, "\n")
	e.CursorRow = len(lines) - 1
	e.CursorColumn = utf8.RuneCountInString(lines[len(lines)-1])
	e.Refresh()
}

// Toggle is a large check box: a button whose icon shows whether *on is
// set, and a tap flips it.
func (u *Shell) Toggle(label string, on *bool) *Button {
	var b *Button
	show := func() {
		b.Icon, b.Importance = theme.CheckButtonIcon(), widget.MediumImportance
		if *on {
			b.Icon, b.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
		}
		b.Refresh()
	}
	b = u.Button(label, nil, func() {
		*on = !*on
		show()
	})
	b.Alignment = widget.ButtonAlignLeading
	show()
	return b
}

// MinHeight makes its objects at least height tall, as wide as it is.
type MinHeight struct{ Height float32 }

func (m *MinHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.Max(fyne.NewSize(0, m.Height))
}

func (m *MinHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}
