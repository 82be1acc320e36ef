package firstframe

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestWatchWritesTheTimeOfTheFirstPaint(t *testing.T) {
	test.NewTempApp(t)
	name := filepath.Join(t.TempDir(), "frame")
	w := test.NewWindow(widget.NewLabel("Sportello"))
	Watch(w) // the variable is not set: nothing changes
	if _, ok := w.Content().(*widget.Label); !ok {
		t.Fatal("Watch changed the window without the variable")
	}
	t.Setenv(Variable, name)
	before := time.Now()
	Watch(w)
	if _, err := os.Stat(name); err == nil {
		t.Fatal("written before any paint")
	}
	w.Canvas().Capture()
	box := container.NewVBox(widget.NewLabel("Bare"))
	bare := test.NewWindow(box)
	Watch(bare)
	if bare.Content() != box || len(box.Objects) != 2 {
		t.Error("the probe did not join the content's container")
	}
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	ns, _ := strconv.ParseInt(string(b), 10, 64)
	if at := time.Unix(0, ns); at.Before(before) || at.After(time.Now()) {
		t.Errorf("time written %v", at)
	}
}
