// Package tapframe tells how long a tap takes to show: with
// SPORTELLO_FRAME_LOG=FILE in the environment, Watch adds to the window an
// invisible 1x1 raster, and after each tap's handler Shown asks it to be
// painted again; once it is, at the end of the first frame after the tap
// (its buffers swapped, so software rendering's work counts), a line goes
// into FILE: the screen the tap left, the screen it shows, and the
// milliseconds from the tap's handler to the end of that frame. After each
// such frame, and after a screen changed without a tap (Changed),
// FILE.targets lists what can be tapped on the screen and where, so that
// packaging/measure-taps finds its way at any screen size. Without the variable nothing is added and
// Shown does nothing.
package tapframe

import (
	"bytes"
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

// Target is something a tap can reach: its name (a button's label, a
// tile's title) and its centre, in the window's pixels.
type Target struct {
	Name string
	X, Y int
}

// Log measures taps to the frame that shows them.
type Log struct {
	file    *os.File
	name    string
	probe   *canvas.Raster
	targets func() []Target

	mu      sync.Mutex
	pending []tap
}

type tap struct {
	from, to string
	at       time.Time
}

// Watch adds the probe to w when the variable is set, and returns the log;
// nil (which does nothing) otherwise. targets lists what the screen shown
// offers to tap; nil writes no list.
func Watch(w fyne.Window, targets func() []Target) *Log {
	name := os.Getenv(Variable)
	if name == "" {
		return nil
	}
	f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		fyne.LogError("tap frame log", err)
		return nil
	}
	l := &Log{file: f, name: name, targets: targets}
	l.probe = canvas.NewRaster(func(int, int) image.Image {
		l.painted()
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

// Changed tells that the screen changed without a tap (an answer that
// arrived, the keyboard docked): the targets are listed again once it is
// painted.
func (l *Log) Changed() {
	if l != nil {
		l.probe.Refresh()
	}
}

// painted runs while the probe is painted, in the frame after the taps
// pending; the frame ends once its buffers are swapped, and the function
// queued here runs just after that, on the same goroutine.
func (l *Log) painted() {
	l.mu.Lock()
	done := l.pending
	l.pending = nil
	l.mu.Unlock()
	fyne.Do(func() {
		now := time.Now()
		for _, t := range done {
			fmt.Fprintf(l.file, "%s\t%s\t%.1f\n", t.from, t.to, float64(now.Sub(t.at).Microseconds())/1000)
		}
		if l.targets != nil {
			l.writeTargets()
		}
	})
}

// writeTargets replaces FILE.targets at once, so that a reader never sees
// half a list.
func (l *Log) writeTargets() {
	var b bytes.Buffer
	for _, t := range l.targets() {
		fmt.Fprintf(&b, "%s\t%d\t%d\n", t.Name, t.X, t.Y)
	}
	tmp := l.name + ".targets.new"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err == nil {
		os.Rename(tmp, l.name+".targets")
	}
}
