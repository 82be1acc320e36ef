package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// shortScreen is the window height, in Fyne units, under which the header
// and the bottom bar step aside while the keyboard is docked: on a
// 1280x720 or 1366x768 panel they would leave a multi-line field a strip.
const shortScreen = 1000

// typing docks or undocks the keyboard's companions: on a short screen the
// header and the bottom bar hide while it is docked, so the field being
// typed keeps its room, and the page's own Home shows beside its title, so
// that the way out never hides.
func (u *Shell) typing(on bool) {
	compact := on && u.Win.Canvas().Size().Height < shortScreen
	for _, o := range []fyne.CanvasObject{u.header.object, u.bar} {
		if compact {
			o.Hide()
		} else {
			o.Show()
		}
	}
	if u.PageHome != nil && compact {
		u.PageHome.Show() // and measured, before the page is laid out again
	} else if u.PageHome != nil {
		u.PageHome.Hide()
	}
	if u.OnCompact != nil {
		u.OnCompact(compact)
	}
}

// HideKeyboard undocks the on-screen keyboard and leaves the focus where
// it is: a scanner still types into the field, and a tap on it brings the
// keyboard back.
func (u *Shell) HideKeyboard() { u.keyboard.detach() }

// Reveal scrolls the scroller holding o, if any, so that o shows whole
// above the keyboard: the field being typed is never hidden.
func (u *Shell) Reveal(o fyne.CanvasObject) {
	scroll := enclosingScroll(u.Body, o, nil)
	if scroll == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(scroll).Y
	bottom := top + o.Size().Height
	off := scroll.Offset.Y
	switch {
	case top < 0:
		off += top
	case bottom > scroll.Size().Height:
		off += min(bottom-scroll.Size().Height, top)
	default:
		return
	}
	scroll.ScrollToOffset(fyne.NewPos(0, max(0, off)))
}

// enclosingScroll finds the innermost scroll container above target under o.
func enclosingScroll(o, target fyne.CanvasObject, in *container.Scroll) *container.Scroll {
	if o == target {
		return in
	}
	var children []fyne.CanvasObject
	switch w := o.(type) {
	case *fyne.Container:
		children = w.Objects
	case *container.Scroll:
		in, children = w, []fyne.CanvasObject{w.Content}
	case *Entry, *widget.Label, *Button, *Tile:
		return nil // leaves: never holds a field
	}
	for _, c := range children {
		if s := enclosingScroll(c, target, in); s != nil {
			return s
		}
	}
	return nil
}

// WithAction puts body above the screen's primary action and an error
// line, at the bottom of the screen on every step: while the keyboard is
// docked the action stays there, a whole keyboard away from its Invio,
// which is the keyboard's bottom row. action may be a row of buttons.
func (u *Shell) WithAction(body fyne.CanvasObject, problem *widget.Label, action fyne.CanvasObject) fyne.CanvasObject {
	row := &problemBeside{problem: problem, action: action}
	return container.New(&actionBelow{row: row}, body, container.New(row, problem, action))
}

// problemBeside lays out an error line and the primary action: on a wide
// screen the action at the right third and the line beside it, one row; on
// a narrow one the line above the action, full width.
type problemBeside struct {
	problem *widget.Label
	action  fyne.CanvasObject
}

// problemHeight is the error line's height on a narrow screen: none while
// there is nothing to say, so no blank band stands by the action.
func (p *problemBeside) problemHeight() float32 {
	if p.problem.Text == "" {
		return 0
	}
	return p.problem.MinSize().Height + pad()
}

// height is what the row needs at width: one row on a wide screen.
func (p *problemBeside) height(width float32) float32 {
	ah := max(p.action.MinSize().Height, 72)
	if width > wideScreen {
		return ah
	}
	return p.problemHeight() + ah
}

func (p *problemBeside) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	problem, action := objs[0], objs[1]
	ah := max(action.MinSize().Height, 72)
	if size.Width > wideScreen {
		w := size.Width / 3
		action.Move(fyne.NewPos(size.Width-w, 0))
		action.Resize(fyne.NewSize(w, ah))
		problem.Move(fyne.NewPos(0, 0))
		problem.Resize(fyne.NewSize(size.Width-w-pad(), ah))
		return
	}
	ph := p.problemHeight()
	problem.Move(fyne.NewPos(0, 0))
	problem.Resize(fyne.NewSize(size.Width, max(0, ph-pad())))
	action.Move(fyne.NewPos(0, ph))
	action.Resize(fyne.NewSize(size.Width, ah))
}

func (p *problemBeside) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(max(p.problem.MinSize().Width, p.action.MinSize().Width), p.height(0))
}

// actionBelow lays out a body and its action row under it.
type actionBelow struct{ row *problemBeside }

func (a *actionBelow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	body, row := objs[0], objs[1]
	h := a.row.height(size.Width)
	body.Move(fyne.NewPos(0, 0))
	body.Resize(fyne.NewSize(size.Width, max(0, size.Height-h-pad())))
	row.Move(fyne.NewPos(0, size.Height-h))
	row.Resize(fyne.NewSize(size.Width, h))
}

func (a *actionBelow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	b, r := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(b.Width, r.Width), b.Height+r.Height+pad())
}

func pad() float32 { return theme.Padding() }
