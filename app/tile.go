package app

import (
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tile is a large button: an icon, a title and a line that says what is
// behind it. Home-screen tiles are blue; list rows are grey with a blue
// title. It darkens while pressed.
type tile struct {
	widget.BaseWidget
	icon        fyne.Resource // nil: no icon
	title, desc string
	descColor   fyne.ThemeColorName // "" for the style's own
	onTap       func()
	onLongPress func() // a press of longPress or more runs this instead, when set
	pressedAt   time.Time
	now         func() time.Time
	style       tileStyle
	bg          *canvas.Rectangle
	text        *widget.RichText
	titleOnly   bool // the tile is too short for the line under the title
}

// tileStyle is the look of a tile.
type tileStyle struct {
	bg, pressed      color.Color
	title, body      fyne.ThemeColorName
	titleSize        fyne.ThemeSizeName
	iconSize, margin float32
}

func (u *UI) blueTile() tileStyle {
	p := u.palette()
	return tileStyle{p.primary, p.pressed, theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnPrimary, sizeTile, 72, 8}
}

func (u *UI) listRow() tileStyle {
	p := u.palette()
	return tileStyle{p.muted, p.rowPressed, theme.ColorNamePrimary, theme.ColorNameForeground, theme.SizeNameSubHeadingText, 48, 4}
}

// tile is a blue tile, as on the home screen.
func (u *UI) tile(icon fyne.Resource, title, desc string, onTap func()) *tile {
	return u.styledTile(u.blueTile(), icon, title, desc, onTap)
}

// row is a row of a list: a grey tile, as wide as the list.
func (u *UI) row(title, desc string, onTap func()) *tile {
	return u.styledTile(u.listRow(), nil, title, desc, onTap)
}

func (u *UI) styledTile(style tileStyle, icon fyne.Resource, title, desc string, onTap func()) *tile {
	t := &tile{icon: icon, title: title, desc: desc, style: style, now: func() time.Time { return u.Now() }}
	t.onTap = u.action(func() string { return t.title + ". " + t.desc }, onTap)
	t.ExtendBaseWidget(t)
	return t
}

// SetDesc changes the line under the title, in a colour of the theme ("" for the usual one).
func (t *tile) SetDesc(desc string, colorName fyne.ThemeColorName) {
	if t.desc == desc && t.descColor == colorName {
		return
	}
	t.desc, t.descColor = desc, colorName
	if t.text != nil {
		t.text.Segments = t.segments()
		t.text.Refresh()
	}
}

func (t *tile) segments() []widget.RichTextSegment {
	body := t.style.body
	if t.descColor != "" {
		body = t.descColor
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: t.title, Style: widget.RichTextStyle{
		SizeName: t.style.titleSize, ColorName: t.style.title, TextStyle: fyne.TextStyle{Bold: true}}}}
	if t.desc != "" && !t.titleOnly {
		segs = append(segs, &widget.TextSegment{Text: t.desc, Style: widget.RichTextStyle{
			SizeName: theme.SizeNameText, ColorName: body}})
	}
	return segs
}

// longPress is how long a press must last to count as a long press.
const longPress = 2 * time.Second

// Tapped runs the tile's action, or its long-press action after a long press.
func (t *tile) Tapped(*fyne.PointEvent) {
	t.setColor(t.style.bg)
	held := !t.pressedAt.IsZero() && t.now().Sub(t.pressedAt) >= longPress
	t.pressedAt = time.Time{}
	if held && t.onLongPress != nil {
		t.onLongPress()
		return
	}
	t.onTap()
}

// MouseDown and MouseUp show the press at once, before the tap completes.
func (t *tile) MouseDown(*desktop.MouseEvent) {
	t.pressedAt = t.now()
	t.setColor(t.style.pressed)
}

func (t *tile) MouseUp(*desktop.MouseEvent) { t.setColor(t.style.bg) }

func (t *tile) setColor(c color.Color) {
	if t.bg != nil {
		t.bg.FillColor = c
		t.bg.Refresh()
	}
}

func (t *tile) CreateRenderer() fyne.WidgetRenderer {
	t.bg = canvas.NewRectangle(t.style.bg)
	t.bg.CornerRadius = 8
	t.text = widget.NewRichText(t.segments()...)
	t.text.Wrapping = fyne.TextWrapWord
	var left fyne.CanvasObject
	if t.icon != nil {
		icon := widget.NewIcon(theme.NewColoredResource(t.icon, t.style.title))
		left = container.NewCenter(container.New(&fixedSize{fyne.NewSquareSize(t.style.iconSize)}, icon))
	}
	body := container.NewBorder(nil, nil, left, nil, container.New(middle{t}, t.text))
	m := t.style.margin
	return widget.NewSimpleRenderer(container.NewStack(t.bg, container.New(layout.NewCustomPaddedLayout(m, m, m*2, m*2), body)))
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

// middle gives a tile's text the whole width and centres it vertically at the
// height it needs at that width, so that wrapped text sits in the middle.
// When the title and the line under it need more height than the tile has (a
// small screen, large text), the line is left out rather than cut in half; it
// is still spoken.
type middle struct{ t *tile }

func (m middle) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	t := m.t
	for _, titleOnly := range []bool{false, true} {
		if titleOnly && t.desc == "" {
			break
		}
		if t.titleOnly != titleOnly {
			t.titleOnly = titleOnly
			t.text.Segments = t.segments()
			t.text.Refresh()
		}
		t.text.Resize(fyne.NewSize(size.Width, t.text.MinSize().Height))
		if t.text.MinSize().Height <= size.Height {
			break
		}
	}
	h := min(t.text.MinSize().Height, size.Height)
	t.text.Resize(fyne.NewSize(size.Width, h))
	t.text.Move(fyne.NewPos(0, (size.Height-h)/2))
}

func (m middle) MinSize([]fyne.CanvasObject) fyne.Size { return m.t.text.MinSize() }

// tileGrid lays tiles out in two columns on a portrait screen and four on a
// landscape one wide enough for their titles (see columns), sharing the height equally between the rows; the tiles of
// a last row that is not full widen to fill it.
type tileGrid struct{}

// columns is 4 on a wide area, if every title's longest word still fits in
// its tile there (a portrait window with the accessibility panel open is wide
// but not wide enough), else 2.
func (tileGrid) columns(objs []fyne.CanvasObject, size fyne.Size) int {
	if size.Width <= size.Height {
		return 2
	}
	width := (size.Width - tileGap()*3) / 4
	for _, o := range objs {
		if t, ok := o.(*tile); ok && t.widthForLongestWord() > width {
			return 2
		}
	}
	return 4
}

// widthForLongestWord is the width under which the tile would break a word
// of its title in two: the word, the icon and the margins.
func (t *tile) widthForLongestWord() float32 {
	size := theme.Size(t.style.titleSize)
	var word float32
	for _, w := range strings.Fields(t.title) {
		word = max(word, fyne.MeasureText(w, size, fyne.TextStyle{Bold: true}).Width)
	}
	need := word + 4*t.style.margin + 2*theme.InnerPadding()
	if t.icon != nil {
		need += t.style.iconSize + theme.Padding()
	}
	return need
}

// tileGap is the space between two tiles.
func tileGap() float32 { return theme.Padding() * 2 }

func (g tileGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	cols := g.columns(objs, size)
	rows := (len(objs) + cols - 1) / cols
	gap := tileGap()
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

// MinSize asks little: tiles share whatever height the screen leaves, so
// that large text never pushes the window past the screen.
func (tileGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	rows := float32((len(objs) + 1) / 2)
	return fyne.NewSize(2*160, rows*96)
}
