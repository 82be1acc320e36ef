// Package screen tells the size of the screen a full-screen window will fill,
// before the window is shown: a window given that size before its content is
// laid out once, at the size it is shown at, instead of once at the size of
// its content and again when it fills the screen.
package screen

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// Size returns the size of the primary monitor's current mode, in the units
// of canvas c, and false when it cannot tell. Fyne's desktop driver starts
// GLFW when an app makes its first window: call Size after that, on the main
// goroutine, as Fyne's own calls are.
func Size(c fyne.Canvas) (size fyne.Size, ok bool) {
	defer func() {
		if recover() != nil { // GLFW did not start: no display
			ok = false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	mode := m.GetVideoMode()
	if mode == nil || mode.Width <= 0 || mode.Height <= 0 {
		return fyne.Size{}, false
	}
	scale := c.Scale()
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(float32(mode.Width)/scale, float32(mode.Height)/scale), true
}
