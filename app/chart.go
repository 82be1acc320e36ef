package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// bar is one row of a horizontal bar chart.
type bar struct {
	label    string
	fraction float32 // of the longest bar, 0-1
	value    string
	colour   fyne.ThemeColorName
}

// barChart draws rows of bars: the label on the left, the bar, its value at
// the end. Colours come from the theme, so high contrast applies.
func (u *UI) barChart(title string, bars []bar) fyne.CanvasObject {
	rows := container.NewVBox(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, b := range bars {
		rect := canvas.NewRectangle(u.colour(b.colour))
		value := widget.NewLabel(b.value)
		rows.Add(container.NewBorder(nil, nil, container.New(&fixedWidth{280}, widget.NewLabel(b.label)), nil,
			container.New(&barLayout{fraction: b.fraction}, rect, value)))
	}
	return rows
}

func (u *UI) colour(name fyne.ThemeColorName) color.Color {
	return theme.Current().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// barLayout sizes its first object (the bar) to a fraction of the width and
// puts the second (the value) right after it.
type barLayout struct{ fraction float32 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	valueWidth := objs[1].MinSize().Width
	w := (size.Width - valueWidth) * l.fraction
	objs[0].Move(fyne.NewPos(0, theme.Padding()))
	objs[0].Resize(fyne.NewSize(w, size.Height-2*theme.Padding()))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(valueWidth, size.Height))
}

func (l *barLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[1].MinSize()
	return fyne.NewSize(m.Width+40, max(m.Height, 44))
}
