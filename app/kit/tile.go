package kit

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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
	icon        *widget.Icon // nil: no icon
	fit         tileFit      // how much of the tile shows at its size
	lineFits    bool         // the line under the title fits at the tile's size
	fitFor      fitKey       // what the fit was sought for
	plain       bool         // leave the line out: another tile of the screen had no room for its own
}

// TileStyle is the look of a tile.
type TileStyle struct {
	Bg, Pressed      color.Color
	Title, Body      fyne.ThemeColorName
	TitleSize        fyne.ThemeSizeName
	IconSize, Margin float32
	Inline           bool // the line follows the title in one paragraph, the padding trimmed: a dense list
}

// BlueTile is the style of a home-screen tile.
func (u *Shell) BlueTile() TileStyle {
	p := u.Palette()
	return TileStyle{p.primary, p.pressed, theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnPrimary, SizeTile, u.iconSize(72), 8, false}
}

// ListRow is the style of a list's row: grey, its title blue.
func (u *Shell) ListRow() TileStyle {
	p := u.Palette()
	return TileStyle{p.muted, p.rowPressed, theme.ColorNamePrimary, theme.ColorNameForeground, theme.SizeNameSubHeadingText, u.iconSize(48), 4, false}
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

// CompactRow is a Row of a long list, such as search results: the title in
// body size and its line after it, in one paragraph, so that a short screen
// shows several.
func (u *Shell) CompactRow(title, desc string, onTap func()) *Tile {
	style := u.ListRow()
	style.TitleSize, style.Inline = theme.SizeNameText, true
	return u.StyledTile(style, nil, title, desc, onTap)
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
	inline, desc := t.Style.Inline, t.Desc
	if inline {
		desc = " · " + desc
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: t.Title, Style: widget.RichTextStyle{
		SizeName: t.titleSize(), ColorName: t.Style.Title, TextStyle: fyne.TextStyle{Bold: true}, Inline: inline}}}
	if t.Desc != "" && t.fit.desc {
		segs = append(segs, &widget.TextSegment{Text: desc, Style: widget.RichTextStyle{
			SizeName: theme.SizeNameText, ColorName: body, Inline: inline}})
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
	t.fit, t.fitFor = tileFits[0], fitKey{} // the fullest, until the tile's size says otherwise
	t.text = widget.NewRichText(t.segments()...)
	t.text.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{t.text}
	if t.Icon != nil {
		t.icon = widget.NewIcon(theme.NewColoredResource(t.Icon, t.Style.Title))
		objs = append(objs, t.icon)
	}
	return widget.NewSimpleRenderer(container.NewStack(t.bg, container.New(tileLayout{t}, objs...)))
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

// WidthForLongestWord is the width under which the tile would break a word
// of its title in two: the word, the icon and the margins.
func (t *Tile) WidthForLongestWord() float32 {
	need := t.longestWord(t.Style.TitleSize) + 4*t.Style.Margin + 2*theme.InnerPadding()
	if t.Icon != nil {
		need += t.Style.IconSize + theme.Padding()
	}
	return need
}
