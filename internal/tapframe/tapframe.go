// Package tapframe tells how long a tap takes to show: with
// SPORTELLO_FRAME_LOG=FILE in the environment, Watch adds to the window an
// invisible 1x1 raster, and after each tap's handler Shown asks it to be
// painted again; when it is, in the first frame after the tap, a line goes
// into FILE: the screen the tap left, the screen it shows, and the
// milliseconds from the tap to that frame. Without the variable nothing
// is added and Shown does nothing.
package tapframe

import (
	"fmt"
	"image"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// Variable names the file the log goes into.
const Variable = "SPORTELLO_FRAME_LOG"

// Log measures taps to the frame that shows them.
type Log struct {
	file  *os.File
	probe *canvas.Raster

	mu      sync.Mutex
	pending []tap
}

type tap struct {
	from, to string
	at       time.Time
}

// Watch adds the probe to w when the variable is set, and returns the log;
// nil (which does nothing) otherwise.
func Watch(w fyne.Window) *Log {
	name := os.Getenv(Variable)
	if name == "" {
		return nil
	}
	f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		fyne.LogError("tap frame log", err)
		return nil
	}
	l := &Log{file: f}
	l.probe = canvas.NewRaster(func(int, int) image.Image {
		l.painted(time.Now())
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	l.probe.Resize(fyne.NewSize(1, 1))
	holder := container.NewWithoutLayout(l.probe)
	if c, ok := w.Content().(*fyne.Container); ok {
		c.Add(holder)
	} else {
		w.SetContent(container.NewStack(w.Content(), holder))
	}
	return l
}

// Shown records a tap that began at at, left screen from and shows screen
// to, and asks for the frame that will show it.
func (l *Log) Shown(from, to string, at time.Time) {
	if l == nil {
		return
	}
	l.mu.Lock()
	l.pending = append(l.pending, tap{from, to, at})
	l.mu.Unlock()
	l.probe.Refresh()
}

func (l *Log) painted(now time.Time) {
	l.mu.Lock()
	done := l.pending
	l.pending = nil
	l.mu.Unlock()
	for _, t := range done {
		fmt.Fprintf(l.file, "%s\t%s\t%.1f\n", t.from, t.to, float64(now.Sub(t.at).Microseconds())/1000)
	}
}
