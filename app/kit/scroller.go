package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Scroller shows content that may be taller than the screen, with large
// buttons to page up and down in a column at its right and "Pagina 1 di 3"
// between them: a finger drag does not scroll on a desktop touchscreen. A
// page starts where a row of the content starts, so that no row is cut in
// half at the top, and a row its bottom edge would cut is covered until the
// next page shows it whole (not while the keyboard is docked: the field typed
// into may be in that row); the arrows are disabled when there is nothing
// more that way, and the column is hidden when everything fits.
type Scroller struct {
	object       *fyne.Container
	scroll       *container.Scroll
	content      fyne.CanvasObject
	column       *fyne.Container
	side         *fyne.Container // the sideways arrows
	Up, Down     *Button
	Left, Right  *Button       // sideways, in a PanScroller only
	Label        *widget.Label // "Pagina 1 di 3"; nil in a PanScroller
	pageText     func(n, of int) string
	colWidth     float32
	tops         []float32         // where each page starts
	rows         []span            // where each row of the content starts and ends
	cover        *canvas.Rectangle // hides a row the page's bottom edge would cut
	typing       func() bool       // whether the keyboard is docked
	extra        float32           // room below the content, so that the last page starts at a row
	view         fyne.Size
	arranging    bool
	alwaysColumn bool
	// OnView is told the size of the visible area when it changes.
	OnView func(fyne.Size)
}

// pageFraction is how much of the visible height one press moves within an
// item taller than the screen, and of the width sideways.
const pageFraction = 0.8

// Scroller pages content up and down by whole rows.
func (u *Shell) Scroller(content fyne.CanvasObject) fyne.CanvasObject {
	return u.NewScroller(content).Object()
}

// NewScroller is a Scroller for a screen that works it.
func (u *Shell) NewScroller(content fyne.CanvasObject) *Scroller {
	s := u.newScroller(content, container.NewVScroll)
	s.Label = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.Label.Wrapping = fyne.TextWrapWord
	s.pageText = func(n, of int) string { return u.Tr.T("list.page", map[string]any{"N": n, "Of": of}) }
	s.column = container.NewVBox(tall(s.Up), layout.NewSpacer(), s.Label, layout.NewSpacer(), tall(s.Down))
	return s.build()
}

// PanScroller pages content that may also be wider than the screen (a
// zoomed page): up and down, and sideways with two more arrows between them.
// It counts no pages, and its column, as wide as an arrow, always shows.
func (u *Shell) PanScroller(content fyne.CanvasObject) *Scroller {
	s := u.newScroller(content, container.NewScroll)
	s.Left = s.arrow(u, "list.left", theme.NavigateBackIcon(), func() { s.sideways(-1) })
	s.Right = s.arrow(u, "list.right", theme.NavigateNextIcon(), func() { s.sideways(1) })
	s.side = container.NewVBox(tall(s.Left), tall(s.Right))
	s.colWidth = arrowSize // no page count: the page gets the width
	s.column = container.NewVBox(tall(s.Up), layout.NewSpacer(), s.side, layout.NewSpacer(), tall(s.Down))
	s.alwaysColumn = true // a page that fits once the column came would push it out again
	return s.build()
}

func (u *Shell) newScroller(content fyne.CanvasObject, scroll func(fyne.CanvasObject) *container.Scroll) *Scroller {
	s := &Scroller{content: content, typing: func() bool { return u.keyboard != nil && u.keyboard.Shown() }}
	s.scroll = scroll(container.New(padBelow{s}, content))
	s.scroll.OnScrolled = func(fyne.Position) { s.update() }
	s.Up = s.arrow(u, "list.up", theme.MoveUpIcon(), func() { s.by(-1) })
	s.Down = s.arrow(u, "list.down", theme.MoveDownIcon(), func() { s.by(1) })
	_, widest := twoLines(u.Tr.T("list.page", map[string]any{"N": 88, "Of": 88}))
	s.colWidth = max(arrowSize, widest+4*theme.InnerPadding()) // a label's own padding too
	return s
}

// twoLines breaks text at the space nearest its middle, so that the page
// count takes two even lines and the column leaves the content its width;
// it returns the text so broken and the width of its longer line.
func twoLines(text string) (string, float32) {
	width := func(s string) float32 {
		return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
	}
	best, broken := width(text), text
	for i, r := range text {
		if r != ' ' {
			continue
		}
		if w := max(width(text[:i]), width(text[i+1:])); w < best {
			best, broken = w, text[:i]+"\n"+text[i+1:]
		}
	}
	return broken, best
}

// arrowSize is the least width and the height of an arrow button.
const arrowSize = 72

// build puts the scroller together, its column hidden until the content is
// known not to fit.
func (s *Scroller) build() *Scroller {
	s.column.Hidden = !s.alwaysColumn
	s.cover = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	s.cover.Hide()
	s.object = container.New(scrollerLayout{s}, s.scroll, s.cover, s.column)
	s.update()
	return s
}

// Object is what the screen shows.
func (s *Scroller) Object() fyne.CanvasObject { return s.object }

// tall makes an arrow arrowSize high.
func tall(b *Button) fyne.CanvasObject { return container.New(&MinHeight{arrowSize}, b) }

// arrow is an icon button that speaks its name in listening mode.
func (s *Scroller) arrow(u *Shell, name string, icon fyne.Resource, tapped func()) *Button {
	b := NewButton("", icon, nil)
	b.OnTapped = u.Action(func() string { return u.Tr.T(name) }, tapped)
	return b
}

// Page is the page shown, from 1, and how many there are.
func (s *Scroller) Page() (n, of int) { return s.page() + 1, max(1, len(s.tops)) }

// ArrowsShown reports whether the column of arrows shows: not when everything fits.
func (s *Scroller) ArrowsShown() bool { return s.column.Visible() }

// Offset is how far the content is scrolled.
func (s *Scroller) Offset() fyne.Position { return s.scroll.Offset }

// Uncovered is how much of the visible area's height shows content: less
// than its height when a row the bottom edge would cut is covered.
func (s *Scroller) Uncovered() float32 {
	if s.cover.Visible() {
		return s.cover.Position().Y
	}
	return s.scroll.Size().Height
}

// View is the size of the visible area.
func (s *Scroller) View() fyne.Size { return s.scroll.Size() }

// Refresh lays the content out again after its size changed.
func (s *Scroller) Refresh() {
	s.scroll.Refresh()
	s.update()
}

// ScrollToTop shows the start of the content.
func (s *Scroller) ScrollToTop() {
	s.scroll.ScrollToOffset(fyne.Position{})
	s.update()
}

// page is the index of the page shown: the last that starts at or above the offset.
func (s *Scroller) page() int {
	i := 0
	for j, top := range s.tops {
		if top <= s.scroll.Offset.Y+epsilon {
			i = j
		}
	}
	return i
}

// by moves one page down (dir 1) or up (dir -1); up from within a page
// goes back to its start.
func (s *Scroller) by(dir int) {
	if len(s.tops) == 0 {
		return
	}
	i := s.page()
	if dir > 0 || s.scroll.Offset.Y <= s.tops[i]+epsilon {
		i = max(0, min(i+dir, len(s.tops)-1))
	}
	s.scroll.ScrollToOffset(fyne.NewPos(s.scroll.Offset.X, s.tops[i]))
	s.update()
}

// sideways moves most of the visible width left (dir -1) or right (dir 1).
func (s *Scroller) sideways(dir float32) {
	limit := s.scroll.Content.MinSize().Width - s.scroll.Size().Width
	x := s.scroll.Offset.X + dir*s.scroll.Size().Width*pageFraction
	s.scroll.ScrollToOffset(fyne.NewPos(max(0, min(x, limit)), s.scroll.Offset.Y))
	s.update()
}

// update shows the arrows that lead somewhere and the page label.
func (s *Scroller) update() {
	n, of := s.Page()
	wide := s.Left != nil && s.scroll.Content.Size().Width > s.scroll.Size().Width+epsilon
	enable(s.Up, s.scroll.Offset.Y > epsilon)
	enable(s.Down, n < of)
	if s.Left != nil {
		enable(s.Left, s.scroll.Offset.X > epsilon)
		enable(s.Right, s.scroll.Offset.X+s.scroll.Size().Width < s.scroll.Content.Size().Width-epsilon)
		if wide == s.side.Hidden {
			s.side.Hidden = !wide
			s.column.Refresh()
		}
	}
	show := of > 1 || wide || s.alwaysColumn
	s.coverCut(of > 1)
	if s.Label != nil {
		text := ""
		if show {
			text, _ = twoLines(s.pageText(n, of))
		}
		s.Label.SetText(text)
	}
	if show != s.column.Visible() {
		s.column.Hidden = !show
		if !s.arranging {
			s.arrange(s.object.Size())
		}
	}
}

func enable(b *Button, on bool) {
	if on == b.Disabled() {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// coverCut hides, when the content pages and no one is typing, the row that
// the bottom edge of the view cuts: the next page starts with it, whole.
func (s *Scroller) coverCut(paging bool) {
	if s.cover == nil { // not built yet
		return
	}
	view := s.scroll.Size()
	cut := cutAt(s.rows, s.scroll.Offset.Y, view.Height)
	if !paging || cut >= view.Height || s.typing() {
		if s.cover.Visible() {
			s.cover.Hide()
		}
		return
	}
	s.cover.FillColor = theme.Color(theme.ColorNameBackground)
	s.cover.Move(fyne.NewPos(0, cut))
	s.cover.Resize(fyne.NewSize(view.Width, view.Height-cut))
	s.cover.Show()
	s.cover.Refresh()
}

// cutAt is how far down a view of the given height, scrolled to offset, the
// first row starts that begins below its top and ends below its bottom: the
// view's height when none does.
func cutAt(rows []span, offset, height float32) float32 {
	cut := height
	for _, r := range rows {
		if r.top > offset+epsilon && r.top < offset+height && r.bottom > offset+height+epsilon {
			cut = min(cut, r.top-offset)
		}
	}
	return cut
}

// epsilon is how far apart two positions may be and still count as one.
const epsilon = 1

// fitLabel hides the page count in a column too short for it between the
// arrows (a landscape screen with the keyboard open): the arrows stay.
func (s *Scroller) fitLabel(height float32) {
	if s.Label == nil {
		return
	}
	s.Label.Hidden = false
	s.Label.Hidden = height < 2*arrowSize+s.Label.MinSize().Height+2*theme.Padding()
}

// scrollerLayout puts the column of arrows at the right and the content in the rest.
type scrollerLayout struct{ s *Scroller }

func (l scrollerLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) { l.s.arrange(size) }

func (l scrollerLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	s := l.s
	m := s.scroll.MinSize()
	if s.column.Visible() {
		c := s.column.MinSize()
		m = fyne.NewSize(m.Width+theme.Padding()+s.colWidth, max(m.Height, c.Height))
	}
	return m
}

// arrange gives the column its width at the right and the content the rest,
// then works out where the pages start at that size.
func (s *Scroller) arrange(size fyne.Size) {
	if s.arranging {
		return
	}
	s.arranging = true
	defer func() { s.arranging = false }()
	for range 2 { // once more if the column came or went
		shown := s.column.Visible()
		w := size.Width
		if shown {
			w -= s.colWidth + theme.Padding()
			s.fitLabel(size.Height)
			s.column.Resize(fyne.NewSize(s.colWidth, size.Height))
			s.column.Move(fyne.NewPos(size.Width-s.colWidth, 0))
		}
		s.scroll.Resize(fyne.NewSize(w, size.Height))
		s.scroll.Move(fyne.Position{})
		s.measure()
		if s.column.Visible() == shown {
			break
		}
	}
	if v := s.scroll.Size(); v != s.view {
		s.view = v
		if s.OnView != nil {
			s.OnView(v)
		}
	}
}
