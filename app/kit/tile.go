package kit

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

// Tile is a large button: an icon, a title and a line that says what is
// behind it. Home-screen tiles are blue; list rows are grey with a blue
// title. It darkens while pressed.
type Tile struct {
	widget.BaseWidget
	Icon        fyne.Resource // nil: no icon
	Title, Desc string
	descColor   fyne.ThemeColorName // "" for the style's own
	onTap       func()
	OnLongPress func() // a press of longPress or more runs this instead, when set
	pressedAt   time.Time
	now         func() time.Time
	Style       TileStyle
	bg          *canvas.Rectangle
	text        *widget.RichText
	titleOnly   bool // the tile is too short for the line under the title
}

// TileStyle is the look of a tile.
type TileStyle struct {
	Bg, Pressed      color.Color
	Title, Body      fyne.ThemeColorName
	TitleSize        fyne.ThemeSizeName
	IconSize, Margin float32
}

func (u *Shell) BlueTile() TileStyle {
	p := u.Palette()
	return TileStyle{p.primary, p.pressed, theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnPrimary, SizeTile, u.iconSize(72), 8}
}

func (u *Shell) ListRow() TileStyle {
	p := u.Palette()
	return TileStyle{p.muted, p.rowPressed, theme.ColorNamePrimary, theme.ColorNameForeground, theme.SizeNameSubHeadingText, u.iconSize(48), 4}
}

// iconSize is an icon's size in the current text size: large text scales
// the icons with it.
func (u *Shell) iconSize(normal float32) float32 {
	if u.access.largeText {
		return normal * largeScale
	}
	return normal
}

// Tile is a blue Tile, as on the home screen.
func (u *Shell) Tile(icon fyne.Resource, title, desc string, onTap func()) *Tile {
	return u.StyledTile(u.BlueTile(), icon, title, desc, onTap)
}

// Row is a Row of a list: a grey tile, as wide as the list.
func (u *Shell) Row(title, desc string, onTap func()) *Tile {
	return u.StyledTile(u.ListRow(), nil, title, desc, onTap)
}

func (u *Shell) StyledTile(style TileStyle, icon fyne.Resource, title, desc string, onTap func()) *Tile {
	t := &Tile{Icon: icon, Title: title, Desc: desc, Style: style, now: func() time.Time { return u.Now() }}
	t.onTap = u.Action(func() string { return t.Title + ". " + t.Desc }, onTap)
	t.ExtendBaseWidget(t)
	return t
}

// SetDesc changes the line under the title, in a colour of the theme ("" for the usual one).
func (t *Tile) SetDesc(desc string, colorName fyne.ThemeColorName) {
	if t.Desc == desc && t.descColor == colorName {
		return
	}
	t.Desc, t.descColor = desc, colorName
	if t.text != nil {
		t.text.Segments = t.segments()
		t.text.Refresh()
	}
}

func (t *Tile) segments() []widget.RichTextSegment {
	body := t.Style.Body
	if t.descColor != "" {
		body = t.descColor
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: t.Title, Style: widget.RichTextStyle{
		SizeName: t.Style.TitleSize, ColorName: t.Style.Title, TextStyle: fyne.TextStyle{Bold: true}}}}
	if t.Desc != "" && !t.titleOnly {
		segs = append(segs, &widget.TextSegment{Text: t.Desc, Style: widget.RichTextStyle{
			SizeName: theme.SizeNameText, ColorName: body}})
	}
	return segs
}

// longPress is how long a press must last to count as a long press.
const longPress = 2 * time.Second

// Tapped runs the tile's action, or its long-press action after a long press.
func (t *Tile) Tapped(*fyne.PointEvent) {
	t.setColor(t.Style.Bg)
	held := !t.pressedAt.IsZero() && t.now().Sub(t.pressedAt) >= longPress
	t.pressedAt = time.Time{}
	if held && t.OnLongPress != nil {
		t.OnLongPress()
		return
	}
	t.onTap()
}

// MouseDown and MouseUp show the press at once, before the tap completes.
func (t *Tile) MouseDown(*desktop.MouseEvent) {
	t.pressedAt = t.now()
	t.setColor(t.Style.Pressed)
}

func (t *Tile) MouseUp(*desktop.MouseEvent) { t.setColor(t.Style.Bg) }

func (t *Tile) setColor(c color.Color) {
	if t.bg != nil {
		t.bg.FillColor = c
		t.bg.Refresh()
	}
}

func (t *Tile) CreateRenderer() fyne.WidgetRenderer {
	t.bg = canvas.NewRectangle(t.Style.Bg)
	t.bg.CornerRadius = 8
	t.text = widget.NewRichText(t.segments()...)
	t.text.Wrapping = fyne.TextWrapWord
	var left fyne.CanvasObject
	if t.Icon != nil {
		icon := widget.NewIcon(theme.NewColoredResource(t.Icon, t.Style.Title))
		left = container.New(&iconFit{t.Style.IconSize}, icon)
	}
	body := container.NewBorder(nil, nil, left, nil, container.New(middle{t}, t.text))
	m := t.Style.Margin
	return widget.NewSimpleRenderer(container.NewStack(t.bg, container.New(layout.NewCustomPaddedLayout(m, m, m*2, m*2), body)))
}

// FixedSize lays its objects out at one size.
type FixedSize struct{ Size fyne.Size }

func (f *FixedSize) MinSize([]fyne.CanvasObject) fyne.Size { return f.Size }
func (f *FixedSize) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

// iconFit draws a tile's icon square, as large as the style says or as the
// tile is high, whichever is less, centred: a short tile (a small screen,
// large text) never has its icon cut.
type iconFit struct{ size float32 }

func (f *iconFit) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(f.size, 0) }

func (f *iconFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	side := min(f.size, size.Width, size.Height)
	for _, o := range objs {
		o.Resize(fyne.NewSquareSize(side))
		o.Move(fyne.NewPos((size.Width-side)/2, (size.Height-side)/2))
	}
}

// middle gives a tile's text the whole width and centres it vertically at the
// height it needs at that width, so that wrapped text sits in the middle.
// When the title and the line under it need more height than the tile has (a
// small screen, large text), the line is left out rather than cut in half; it
// is still spoken.
type middle struct{ t *Tile }

func (m middle) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	t := m.t
	for _, titleOnly := range []bool{false, true} {
		if titleOnly && t.Desc == "" {
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

// TileGrid lays tiles out in two columns on a portrait screen and three or
// four on a landscape one wide enough for their titles (see columns), sharing the height equally between the rows; the tiles of
// a last row that is not full widen to fill it.
type TileGrid struct{}

// columns is 2 on a portrait area; on a landscape one, the most of 4 and
// 3 at which every title's longest word still fits in its tile (a portrait
// window with the accessibility panel open is wide but not wide enough),
// else 2.
func (TileGrid) columns(objs []fyne.CanvasObject, size fyne.Size) int {
	if size.Width <= size.Height {
		return 2
	}
	for _, cols := range []int{4, 3} {
		width := (size.Width - tileGap()*float32(cols-1)) / float32(cols)
		fits := true
		for _, o := range objs {
			if t, ok := o.(*Tile); ok && t.WidthForLongestWord() > width {
				fits = false
			}
		}
		if fits {
			return cols
		}
	}
	return 2
}

// WidthForLongestWord is the width under which the tile would break a word
// of its title in two: the word, the icon and the margins.
func (t *Tile) WidthForLongestWord() float32 {
	size := theme.Size(t.Style.TitleSize)
	var word float32
	for _, w := range strings.Fields(t.Title) {
		word = max(word, fyne.MeasureText(w, size, fyne.TextStyle{Bold: true}).Width)
	}
	need := word + 4*t.Style.Margin + 2*theme.InnerPadding()
	if t.Icon != nil {
		need += t.Style.IconSize + theme.Padding()
	}
	return need
}

// tileGap is the space between two tiles.
func tileGap() float32 { return theme.Padding() * 2 }

func (g TileGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
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
func (TileGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	rows := float32((len(objs) + 1) / 2)
	return fyne.NewSize(2*160, rows*96)
}
