package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tileFit is how much of a tile shows: the line under the title, the
// title in its own size or in body size, the icon.
type tileFit struct{ desc, smallTitle, noIcon bool }

// tileFits are the ways a tile is tried at its size, fullest first: the
// line under the title goes first (it is still spoken), then the icon when
// it leaves a word of the title no room, then the title's size. A tile that
// fits none takes the last.
var tileFits = []tileFit{
	{desc: true}, {}, {noIcon: true}, {smallTitle: true}, {smallTitle: true, noIcon: true},
}

// titleSize is the size the title is set in at the tile's fit.
func (t *Tile) titleSize() fyne.ThemeSizeName {
	if t.fit.smallTitle {
		return theme.SizeNameText
	}
	return t.Style.TitleSize
}

// longestWord is the width of the title's longest word at this size.
func (t *Tile) longestWord(size fyne.ThemeSizeName) float32 {
	var word float32
	for _, w := range strings.Fields(t.Title) {
		word = max(word, fyne.MeasureText(w, theme.Size(size), fyne.TextStyle{Bold: true}).Width)
	}
	return word
}

// tileLayout puts a tile's icon, square, at the left, and its text in the
// rest, centred vertically at the height it needs, in the fullest fit of
// tileFits that neither cuts the text nor breaks a word.
type tileLayout struct{ t *Tile }

// inner is the area inside the tile's margins.
func (l tileLayout) inner(size fyne.Size) (fyne.Position, fyne.Size) {
	m := l.t.Style.Margin
	return fyne.NewPos(2*m, m), fyne.NewSize(max(0, size.Width-4*m), max(0, size.Height-2*m))
}

// iconSide is how large the icon is drawn in this area, 0 for none.
func (l tileLayout) iconSide(fit tileFit, area fyne.Size) float32 {
	if l.t.icon == nil || fit.noIcon {
		return 0
	}
	return min(l.t.Style.IconSize, area.Height, area.Width/3)
}

// fitKey is what a tile's fit depends on: it is sought again only when
// one of them changed, not at each of the many layouts of a frame.
type fitKey struct {
	size     fyne.Size
	textSize float32
	desc     string
	plain    bool
}

func (l tileLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	t := l.t
	pos, area := l.inner(size)
	key := fitKey{size, theme.TextSize(), t.Desc, t.plain}
	if key != t.fitFor {
		t.fitFor = key
		l.seekFit(area)
	}
	side, textW := l.textArea(t.fit, area)
	if t.icon != nil {
		t.icon.Hidden = side == 0
		t.icon.Resize(fyne.NewSquareSize(side))
		t.icon.Move(fyne.NewPos(pos.X, pos.Y+(area.Height-side)/2))
	}
	x := pos.X
	if side > 0 {
		x += side + theme.Padding()
	}
	h := t.text.MinSize().Height
	t.text.Resize(fyne.NewSize(textW, h))
	t.text.Move(fyne.NewPos(x, pos.Y+(area.Height-h)/2))
}

// textArea is the icon's side and the text's width at a fit.
func (l tileLayout) textArea(fit tileFit, area fyne.Size) (side, textW float32) {
	side = l.iconSide(fit, area)
	textW = area.Width
	if side > 0 {
		textW -= side + theme.Padding()
	}
	return side, textW
}

// seekFit applies the fullest fit that shows the text whole in area.
func (l tileLayout) seekFit(area fyne.Size) {
	t := l.t
	t.lineFits = false
	for _, fit := range tileFits {
		if fit.desc && t.Desc == "" {
			continue
		}
		l.apply(fit)
		_, textW := l.textArea(fit, area)
		t.text.Resize(fyne.NewSize(textW, t.text.MinSize().Height))
		wordFits := t.longestWord(t.titleSize())+2*theme.InnerPadding() <= textW
		if glyphsHeight(t.text.MinSize()) <= area.Height && wordFits {
			t.lineFits = t.lineFits || fit.desc
			if !(fit.desc && t.plain) {
				return
			}
		}
	}
}

// glyphsHeight is the height of a text's lines without the padding above
// and below them: that padding may run into the tile's margin.
func glyphsHeight(min fyne.Size) float32 { return min.Height - 2*theme.InnerPadding() }

// apply sets the tile's text for a fit.
func (l tileLayout) apply(fit tileFit) {
	t := l.t
	if t.fit == fit {
		return
	}
	t.fit = fit
	t.text.Segments = t.segments()
	t.text.Refresh()
}

func (l tileLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	m := l.t.Style.Margin
	min := l.t.text.MinSize()
	if l.t.Style.Inline { // the text's own padding runs into the margin: a dense row, still a touch target
		return fyne.NewSize(min.Width+4*m, max(glyphsHeight(min)+2*m+theme.Padding(), compactRow))
	}
	return min.AddWidthHeight(4*m, 2*m)
}

// compactRow is the least height of a CompactRow: a touch target.
const compactRow = KeySize

// LeastHeight is the height under which the tile, this wide, cuts its text
// even in its smallest fit: the title in body size, without the icon.
func (t *Tile) LeastHeight(width float32) float32 {
	m := t.Style.Margin
	title := widget.NewRichText(&widget.TextSegment{Text: t.Title, Style: widget.RichTextStyle{
		SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}})
	title.Wrapping = fyne.TextWrapWord
	title.Resize(fyne.NewSize(width-4*m, 0))
	return glyphsHeight(title.MinSize()) + 2*m
}
