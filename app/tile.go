package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tile is a large home-screen button: an icon, a title and one line that
// says what is behind it. It darkens while pressed.
type tile struct {
	widget.BaseWidget
	icon        fyne.Resource
	title, desc string
	onTap       func()
	bg          *canvas.Rectangle
}

func newTile(icon fyne.Resource, title, desc string, onTap func()) *tile {
	t := &tile{icon: icon, title: title, desc: desc, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped runs the tile's action.
func (t *tile) Tapped(*fyne.PointEvent) {
	t.setColor(colorPrimary)
	if t.onTap != nil {
		t.onTap()
	}
}

// MouseDown and MouseUp show the press at once, before the tap completes.
func (t *tile) MouseDown(*desktop.MouseEvent) { t.setColor(colorPrimaryDk) }
func (t *tile) MouseUp(*desktop.MouseEvent)   { t.setColor(colorPrimary) }

func (t *tile) setColor(c color.Color) {
	if t.bg != nil {
		t.bg.FillColor = c
		t.bg.Refresh()
	}
}

func (t *tile) CreateRenderer() fyne.WidgetRenderer {
	t.bg = canvas.NewRectangle(colorPrimary)
	t.bg.CornerRadius = 8
	icon := widget.NewIcon(theme.NewColoredResource(t.icon, theme.ColorNameForegroundOnPrimary))
	text := widget.NewRichText(
		&widget.TextSegment{Text: t.title, Style: widget.RichTextStyle{
			SizeName: sizeTile, ColorName: theme.ColorNameForegroundOnPrimary, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: t.desc, Style: widget.RichTextStyle{
			SizeName: theme.SizeNameText, ColorName: theme.ColorNameForegroundOnPrimary}},
	)
	text.Wrapping = fyne.TextWrapWord
	iconBox := container.New(&fixedSize{fyne.NewSquareSize(72)}, icon)
	body := container.NewBorder(nil, nil, container.NewCenter(iconBox), nil, container.New(middle{}, text))
	return widget.NewSimpleRenderer(container.NewStack(t.bg, container.NewPadded(body)))
}

// fixedSize lays its objects out at one size.
type fixedSize struct{ size fyne.Size }

func (f *fixedSize) MinSize([]fyne.CanvasObject) fyne.Size { return f.size }
func (f *fixedSize) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

// middle gives its objects the whole width and centres them vertically at the
// height they need at that width, so that wrapped text sits in the middle.
type middle struct{}

func (middle) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
		h := min(o.MinSize().Height, size.Height)
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, (size.Height-h)/2))
	}
}

func (middle) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// tileGrid lays tiles out in two columns on a portrait screen and four on a
// landscape one, sharing the height equally between the rows; the tiles of
// a last row that is not full widen to fill it.
type tileGrid struct{}

func (tileGrid) columns(size fyne.Size) int {
	if size.Width > size.Height {
		return 4
	}
	return 2
}

func (g tileGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	cols := g.columns(size)
	rows := (len(objs) + cols - 1) / cols
	gap := theme.Padding() * 2
	h := (size.Height - gap*float32(rows-1)) / float32(rows)
	for i, o := range objs {
		inRow := cols
		if i/cols == rows-1 {
			inRow = len(objs) - (rows-1)*cols
		}
		w := (size.Width - gap*float32(inRow-1)) / float32(inRow)
		o.Move(fyne.NewPos(float32(i%cols)*(w+gap), float32(i/cols)*(h+gap)))
		o.Resize(fyne.NewSize(w, h))
	}
}

func (tileGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return fyne.NewSize(m.Width*2, m.Height*float32((len(objs)+1)/2))
}
