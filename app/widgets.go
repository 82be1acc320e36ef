package app

import (
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// button is every button of the kiosk: a second tap within the guard time
// is ignored, a tap resets the idle timer, and in listening mode the label
// is spoken.
func (u *UI) button(label string, icon fyne.Resource, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, nil)
	b.OnTapped = u.action(func() string { return b.Text }, tapped)
	return b
}

// primary is the one main action of a screen.
func (u *UI) primary(label string, tapped func()) *widget.Button {
	b := u.button(label, nil, tapped)
	b.Importance = widget.HighImportance
	return b
}

// action wraps what a control does: it ignores a repeat within TapGuard,
// resets the idle timer and, in listening mode, speaks the control's name.
func (u *UI) action(name func() string, fn func()) func() {
	var last time.Time
	return func() {
		now := u.Now()
		if u.TapGuard > 0 && !last.IsZero() && now.Sub(last) >= 0 && now.Sub(last) < u.TapGuard {
			return
		}
		last = now
		started, from := time.Now(), u.title()
		u.touched()
		u.say(name())
		if fn != nil {
			fn()
		}
		u.Frames.Shown(from, u.title(), started)
	}
}

// title is the title of the screen shown, "" before the first.
func (u *UI) title() string {
	if u.pageTitle == nil {
		return ""
	}
	return u.pageTitle.Text
}

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

// withAction puts body above the screen's primary action and an error line.
func withAction(body fyne.CanvasObject, problem *widget.Label, action *widget.Button) fyne.CanvasObject {
	bottom := container.NewVBox(problem, container.New(actionLayout{}, action))
	return container.NewBorder(nil, bottom, nil, nil, body)
}

// problemLabel is where a screen says what is wrong with the input.
func problemLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Bold = true
	return l
}

// paragraph is wrapped body text.
func paragraph(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// field is a row of a summary: a bold name and its value.
func field(name, value string) fyne.CanvasObject {
	n := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(nil, nil, container.New(&fixedWidth{280}, n), nil, paragraph(value))
}

// fixedWidth gives its objects one width and their own height.
type fixedWidth struct{ width float32 }

func (f *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(f.width, h)
}

func (f *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(fyne.NewSize(f.width, size.Height))
		o.Move(fyne.NewPos(0, 0))
	}
}

// setEntry fills an entry and puts the cursor at the end, where a citizen
// coming back to it goes on typing.
func setEntry(e *kioskEntry, text string) {
	e.SetText(text)
	lines := strings.Split(text, "\n")
	e.CursorRow = len(lines) - 1
	e.CursorColumn = utf8.RuneCountInString(lines[len(lines)-1])
	e.Refresh()
}

// toggle is a large check box: a button whose icon shows whether *on is
// set, and a tap flips it.
func (u *UI) toggle(label string, on *bool) *widget.Button {
	var b *widget.Button
	show := func() {
		b.Icon, b.Importance = theme.CheckButtonIcon(), widget.MediumImportance
		if *on {
			b.Icon, b.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
		}
		b.Refresh()
	}
	b = u.button(label, nil, func() {
		*on = !*on
		show()
	})
	b.Alignment = widget.ButtonAlignLeading
	show()
	return b
}

// minHeight makes its objects at least height tall, as wide as it is.
type minHeight struct{ height float32 }

func (m *minHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.Max(fyne.NewSize(0, m.height))
}

func (m *minHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}
