package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// primaryButton is the one main action of a screen.
func primaryButton(label string, tapped func()) *widget.Button {
	b := widget.NewButton(label, tapped)
	b.Importance = widget.HighImportance
	return b
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
func setEntry(e *widget.Entry, text string) {
	e.SetText(text)
	lines := strings.Split(text, "\n")
	e.CursorRow = len(lines) - 1
	e.CursorColumn = utf8.RuneCountInString(lines[len(lines)-1])
	e.Refresh()
}

// toggleButton is a large check box: a button whose icon shows whether *on
// is set, and a tap flips it.
func toggleButton(label string, on *bool) *widget.Button {
	b := widget.NewButton(label, nil)
	b.Alignment = widget.ButtonAlignLeading
	show := func() {
		b.Icon, b.Importance = theme.CheckButtonIcon(), widget.MediumImportance
		if *on {
			b.Icon, b.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
		}
		b.Refresh()
	}
	b.OnTapped = func() {
		*on = !*on
		show()
	}
	show()
	return b
}
