package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Scroller shows content that may be taller than the screen, with large
// buttons to page up and down: a finger drag does not scroll on a desktop
// touchscreen.
type Scroller struct {
	scroll   *container.Scroll
	Up, Down *widget.Button
}

// pageFraction is how much of the visible height one press moves.
const pageFraction = 0.8

func (u *Shell) Scroller(content fyne.CanvasObject) fyne.CanvasObject {
	s := &Scroller{scroll: container.NewVScroll(content)}
	s.Up = u.Button("", theme.MoveUpIcon(), func() { s.by(-1) })
	s.Down = u.Button("", theme.MoveDownIcon(), func() { s.by(1) })
	size := &FixedSize{fyne.NewSquareSize(72)}
	buttons := container.NewVBox(container.New(size, s.Up), layout.NewSpacer(), container.New(size, s.Down))
	return container.NewBorder(nil, nil, nil, buttons, s.scroll)
}

// by moves one page down (dir 1) or up (dir -1).
func (s *Scroller) by(dir float32) {
	off := s.scroll.Offset.Y + dir*s.scroll.Size().Height*pageFraction
	limit := s.scroll.Content.MinSize().Height - s.scroll.Size().Height
	s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, min(off, limit))))
}
