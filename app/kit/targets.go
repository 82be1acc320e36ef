package kit

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"sportello/internal/tapframe"
)

// Targets are what the window shows that a tap can reach, for tools that
// drive the kiosk (packaging/measure-taps): a button by its label, or by
// "key:" and its name on the keyboard, a tile by its title, a text field
// as "field:1", "field:2" in the order shown. Only what shows is listed:
// nothing hidden, nothing scrolled out of sight.
func (u *Shell) Targets() []tapframe.Target {
	keys := map[*Button]string{}
	for name, b := range u.keyboard.keys {
		keys[b] = "key:" + name
	}
	w := &targetWalk{scale: u.Win.Canvas().Scale(), keys: keys}
	size := u.Win.Canvas().Size()
	w.walk(u.Win.Content(), fyne.NewPos(0, 0), clip{0, 0, size.Width, size.Height})
	return w.found
}

// clip is the rectangle, in window units, where objects show.
type clip struct{ x0, y0, x1, y1 float32 }

func (c clip) within(x0, y0, x1, y1 float32) clip {
	return clip{max(c.x0, x0), max(c.y0, y0), min(c.x1, x1), min(c.y1, y1)}
}

type targetWalk struct {
	scale  float32
	keys   map[*Button]string
	fields int
	found  []tapframe.Target
}

func (w *targetWalk) walk(o fyne.CanvasObject, parent fyne.Position, c clip) {
	if !o.Visible() {
		return
	}
	pos := parent.Add(o.Position())
	switch v := o.(type) {
	case *fyne.Container:
		for _, child := range v.Objects {
			w.walk(child, pos, c)
		}
	case *container.Scroll:
		size := v.Size()
		w.walk(v.Content, pos, c.within(pos.X, pos.Y, pos.X+size.Width, pos.Y+size.Height))
	case *Button:
		name := v.Text
		if key, ok := w.keys[v]; ok {
			name = key
		}
		w.add(name, pos, v.Size(), c)
	case *Tile:
		w.add(v.Title, pos, v.Size(), c)
	case *Entry:
		w.fields++
		w.add(fmt.Sprintf("field:%d", w.fields), pos, v.Size(), c)
	}
}

// add lists a target by its centre, when the centre shows.
func (w *targetWalk) add(name string, pos fyne.Position, size fyne.Size, c clip) {
	x, y := pos.X+size.Width/2, pos.Y+size.Height/2
	if name == "" || x < c.x0 || x >= c.x1 || y < c.y0 || y >= c.y1 {
		return
	}
	w.found = append(w.found, tapframe.Target{Name: name, X: int(x * w.scale), Y: int(y * w.scale)})
}
