package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ColorNameEdge is the colour of a button's edge: none in the normal
// palette, the text colour in high contrast, so every button stands out
// from the background by at least 3:1 (WCAG 1.4.11).
const ColorNameEdge fyne.ThemeColorName = "sportelloEdge"

// edgeWidth is how thick a button's edge is drawn.
const edgeWidth = 2

// Button is the kiosk's button: Fyne's, with an edge drawn in high contrast.
type Button struct {
	widget.Button
}

// NewButton makes a button with this label, icon (or nil) and action.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{widget.Button{Text: label, Icon: icon, OnTapped: tapped}}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer draws Fyne's button and its edge above it.
func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &edgedRenderer{WidgetRenderer: b.Button.CreateRenderer(), edge: canvas.NewRectangle(color.Transparent), button: b}
	r.paint()
	return r
}

// edgedRenderer adds the edge to a button's own renderer.
type edgedRenderer struct {
	fyne.WidgetRenderer
	edge   *canvas.Rectangle
	button *Button
}

func (r *edgedRenderer) Objects() []fyne.CanvasObject {
	inner := r.WidgetRenderer.Objects()
	return append(inner[:len(inner):len(inner)], r.edge)
}

func (r *edgedRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.edge.Resize(size)
}

func (r *edgedRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.paint()
}

// paint takes the edge's colour from the theme in use.
func (r *edgedRenderer) paint() {
	th := r.button.Theme()
	r.edge.StrokeColor = th.Color(ColorNameEdge, fyne.CurrentApp().Settings().ThemeVariant())
	r.edge.StrokeWidth = 0
	if _, _, _, a := r.edge.StrokeColor.RGBA(); a > 0 {
		r.edge.StrokeWidth = edgeWidth
	}
	r.edge.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.edge.Refresh()
}
