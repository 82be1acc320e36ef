// Package firstframe tells when a window first painted, for
// packaging/measure-startup: with SPORTELLO_FIRST_FRAME=FILE in the
// environment, Watch adds to the window's content an invisible 1x1 raster
// that writes the time (Unix nanoseconds) into FILE the first time it is
// painted, which is in the first frame, after the content before it. Without
// the variable Watch does nothing.
package firstframe

import (
	"image"
	"os"
	"strconv"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// Variable names the file Watch writes into.
const Variable = "SPORTELLO_FIRST_FRAME"

// Watch adds the probe to w when the variable is set; call it after w has
// its content. The probe joins the content's container when it is one, since
// setting the content anew would lay the whole window out a second time and
// add that to the time measured.
func Watch(w fyne.Window) {
	name := os.Getenv(Variable)
	if name == "" {
		return
	}
	var once sync.Once
	probe := canvas.NewRaster(func(int, int) image.Image {
		once.Do(func() { os.WriteFile(name, []byte(strconv.FormatInt(time.Now().UnixNano(), 10)), 0o644) })
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	probe.Resize(fyne.NewSize(1, 1))
	holder := container.NewWithoutLayout(probe)
	if c, ok := w.Content().(*fyne.Container); ok {
		c.Add(holder)
		return
	}
	w.SetContent(container.NewStack(w.Content(), holder))
}
