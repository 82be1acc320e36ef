package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Bar is one row of a horizontal Bar chart.
type Bar struct {
	Label    string
	Fraction float32 // of the longest bar, 0-1
	Value    string
	Colour   fyne.ThemeColorName
}

// BarChart draws rows of bars: the label on the left, the bar, its value at
// the end. Colours come from the theme, so high contrast applies.
func (u *Shell) BarChart(title string, bars []Bar) fyne.CanvasObject {
	rows := container.NewVBox(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, b := range bars {
		track := canvas.NewRectangle(u.Palette().muted) // the whole length, so a zero still shows its bar's place
		rect := canvas.NewRectangle(u.Colour(b.Colour))
		value := widget.NewLabel(b.Value)
		label := widget.NewLabel(b.Label)
		label.Wrapping = fyne.TextWrapWord // a long reason takes two lines, never cut
		rows.Add(container.NewBorder(nil, nil, container.New(&FixedWidth{FieldWidth()}, label), nil,
			container.New(&barLayout{fraction: b.Fraction}, track, rect, value)))
	}
	return rows
}

func (u *Shell) Colour(name fyne.ThemeColorName) color.Color {
	return theme.Current().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// barLayout sizes its first object (the bar) to a fraction of the width and
// puts the second (the value) right after it.
type barLayout struct{ fraction float32 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	track, bar, value := objs[0], objs[1], objs[2]
	valueWidth := value.MinSize().Width
	full := size.Width - valueWidth
	for o, w := range map[fyne.CanvasObject]float32{track: full, bar: full * l.fraction} {
		o.Move(fyne.NewPos(0, theme.Padding()))
		o.Resize(fyne.NewSize(w, size.Height-2*theme.Padding()))
	}
	value.Move(fyne.NewPos(full, 0))
	value.Resize(fyne.NewSize(valueWidth, size.Height))
}

func (l *barLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[2].MinSize() // the value
	return fyne.NewSize(m.Width+40, max(m.Height, 44))
}

// ToneColours colour a value by how it reads: red for the lower half,
// orange for the middle of an odd scale, green above.
var ToneColours = map[string]fyne.ThemeColorName{"negative": theme.ColorNameError, "neutral": theme.ColorNameWarning, "positive": theme.ColorNameSuccess}
