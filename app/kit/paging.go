package kit

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
)

// Where a Scroller's pages start: each at the top of the first row that the
// page before did not show whole, so that no row is cut in half at the top.

// span is where a row of the content starts and ends.
type span struct{ top, bottom float32 }

// padBelow lays a scroller's content out at the top and asks for room below
// it, so that the last page, too, can start at a row.
type padBelow struct{ s *Scroller }

func (p padBelow) MinSize([]fyne.CanvasObject) fyne.Size {
	return p.s.content.MinSize().AddWidthHeight(0, p.s.extra)
}

func (p padBelow) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	c := p.s.content
	c.Resize(fyne.NewSize(size.Width, max(c.MinSize().Height, size.Height-p.s.extra)))
	c.Move(fyne.Position{})
	p.s.measure()
}

// measure works out the pages at the current size, the room the last one
// needs below the content, and shows the arrows that lead somewhere.
func (s *Scroller) measure() {
	view := s.scroll.Size().Height
	if view <= 0 {
		return
	}
	height := s.content.MinSize().Height
	var rows []span
	if c, ok := s.content.(*fyne.Container); ok {
		rows = rowsIn(c, view, 0, nil)
	} else {
		rows = []span{{0, s.content.Size().Height}}
	}
	s.rows = rows
	s.tops = pageTops(rows, height, view)
	extra := max(0, s.tops[len(s.tops)-1]+view-height)
	if len(s.tops) == 1 {
		extra = 0
	}
	if d := extra - s.extra; d > epsilon || d < -epsilon {
		s.extra = extra
		s.scroll.Base.Refresh() // lays the content out again with its new room, not each row
	}
	s.update()
}

// rowsIn lists the rows of a container placed at y: what it holds, and, in
// place of a container taller than the screen, the rows of what that holds.
func rowsIn(c *fyne.Container, view, y float32, rows []span) []span {
	for _, o := range c.Objects {
		if !o.Visible() || o.Size().Height <= 0 {
			continue
		}
		at := y + o.Position().Y
		if inner, ok := o.(*fyne.Container); ok && o.Size().Height > view {
			rows = rowsIn(inner, view, at, rows)
		} else {
			rows = append(rows, span{at, at + o.Size().Height})
		}
	}
	return rows
}

// pageTops is where each page starts, the first at 0: the next page starts
// at the top of the first row the page does not show whole, or, within a row
// taller than the screen, most of a screen further on.
func pageTops(rows []span, height, view float32) []float32 {
	slices.SortFunc(rows, func(a, b span) int { return cmp.Compare(a.top, b.top) })
	tops := []float32{0}
	for top := float32(0); top+view < height-epsilon && len(tops) < maxPages; {
		next := top + view*pageFraction
		for _, r := range rows {
			if r.bottom > top+view+epsilon {
				if r.top > top+epsilon {
					next = r.top
				}
				break
			}
		}
		top = next
		tops = append(tops, top)
	}
	return tops
}

// maxPages bounds the pages of a content however long.
const maxPages = 1000
