// Package kittest builds the kiosk's interface on Fyne's test driver for the
// tests of the screens: a real database with the demo content, the
// catalogue, a fixed clock, a printer that records, and helpers that find
// what a screen shows.
package kittest

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

// Fixture is what a screen test builds on.
type Fixture struct {
	DB      *store.DB
	Catalog *i18n.Catalog
	Win     fyne.Window
	Printer *Printer
	Now     func() time.Time
}

// New opens a database with the demo content and a 1080x1920 test window,
// at a fixed time: Wednesday 25 November 2026, 10:30 in Rome.
func New(t *testing.T) *Fixture {
	t.Helper()
	test.NewTempApp(t)
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1080, 1920))
	now := func() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }
	return &Fixture{DB: testdb.WithDemo(t), Catalog: cat, Win: w, Printer: &Printer{}, Now: now}
}

// Shell builds the shell over the fixture, with the default settings.
func (f *Fixture) Shell() *kit.Shell {
	return kit.New(f.Win, kit.Config{ContentStore: f.DB, Catalog: f.Catalog, Now: f.Now, Inline: true}, kiosk.DefaultSettings())
}

// Printer records what it prints, or fails while Down is set.
type Printer struct {
	mu      sync.Mutex
	Down    bool
	printed [][]byte
	Queues  []string // the queues a PrinterFor was asked for
}

// Print records pdf, or fails with printer.ErrNoPrinter while Down.
func (p *Printer) Print(_ string, pdf []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.Down {
		return printer.ErrNoPrinter
	}
	p.printed = append(p.printed, pdf)
	return nil
}

// Printed is what was printed so far.
func (p *Printer) Printed() [][]byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([][]byte{}, p.printed...)
}

// Reset forgets what was printed, as paper leaves a real printer.
func (p *Printer) Reset() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.printed = nil
}

// For is a PrinterFor that records the queue and prints here.
func (p *Printer) For(queue string) printer.Printer {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.Queues = append(p.Queues, queue)
	return p
}

// Speaker records what would be spoken.
type Speaker struct {
	mu      sync.Mutex
	Said    []string
	Volumes []int
	Stops   int
}

// Say records text and volume.
func (s *Speaker) Say(text string, _ kiosk.Lang, volume int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Said, s.Volumes = append(s.Said, text), append(s.Volumes, volume)
	return nil
}

// Stop counts a stop.
func (s *Speaker) Stop() { s.mu.Lock(); s.Stops++; s.mu.Unlock() }

// Last is the last text said, "" for none.
func (s *Speaker) Last() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.Said) == 0 {
		return ""
	}
	return s.Said[len(s.Said)-1]
}

// Advance moves the shell's clock on and runs the each-second work.
func Advance(u *kit.Shell, d time.Duration) {
	now := u.Now().Add(d)
	u.Now = func() time.Time { return now }
	u.Tick()
}

// Eventually waits for cond, which a printing goroutine makes true.
func Eventually(t *testing.T, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition not met within 5 s")
}

// FindRow returns the first row under the current screen with this title.
func FindRow(t *testing.T, u *kit.Shell, title string) *kit.Tile {
	t.Helper()
	var found *kit.Tile
	Walk(u.Body, func(o fyne.CanvasObject) {
		if r, ok := o.(*kit.Tile); ok && r.Title == title && found == nil {
			found = r
		}
	})
	if found == nil {
		t.Fatalf("no row %q on screen %q", title, u.PageTitle.Text)
	}
	return found
}

// FindButton returns the first button under the current screen with this text.
func FindButton(t *testing.T, u *kit.Shell, text string) *kit.Button {
	t.Helper()
	var found *kit.Button
	Walk(u.Body, func(o fyne.CanvasObject) {
		if b, ok := o.(*kit.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// Walk visits o and every object inside it, widgets included.
func Walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			Walk(c, visit)
		}
	case *container.Scroll:
		Walk(w.Content, visit)
	case fyne.Widget:
		if _, isTile := w.(*kit.Tile); isTile {
			return
		}
		for _, c := range test.WidgetRenderer(w).Objects() {
			Walk(c, visit)
		}
	}
}

// VisibleText gathers the text of the labels, texts and tiles under o.
func VisibleText(o fyne.CanvasObject) string {
	var b strings.Builder
	Walk(o, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *kit.Tile:
			b.WriteString(w.Title + "\n" + w.Desc + "\n")
		case *fyne.Container: // a text of the screen's own, not one inside a widget
			for _, c := range w.Objects {
				if t, ok := c.(*canvas.Text); ok {
					b.WriteString(t.Text + "\n")
				}
			}
		}
	})
	return b.String()
}

// KioskSizes are the screens Sportello runs on, in Fyne units: a 2160x3840
// totem at scale 2 lays out as 1080x1920.
var KioskSizes = []fyne.Size{
	{Width: 1024, Height: 768}, {Width: 1280, Height: 720}, {Width: 1366, Height: 768}, {Width: 1280, Height: 1024},
	{Width: 1920, Height: 1080}, {Width: 768, Height: 1366}, {Width: 1080, Height: 1920},
}

// Cut lists what of o does not show whole: a text squeezed below the room
// it needs, or an object out of the window, or out of its scroller's content.
func Cut(o fyne.CanvasObject, window fyne.Size) []string {
	var out []string
	var visit func(o fyne.CanvasObject, scroll *container.Scroll)
	visit = func(o fyne.CanvasObject, scroll *container.Scroll) {
		if !o.Visible() {
			return
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		size := o.Size()
		name := fmt.Sprintf("%T", o)
		switch w := o.(type) {
		case *widget.Label:
			name = fmt.Sprintf("label %q", w.Text)
		case *kit.Button:
			name = fmt.Sprintf("button %q", w.Text)
		case *kit.Tile:
			name = fmt.Sprintf("tile %q", w.Title)
		}
		if scroll == nil && (pos.X < -1 || pos.Y < -1 || pos.X+size.Width > window.Width+1 || pos.Y+size.Height > window.Height+1) {
			out = append(out, fmt.Sprintf("%s at %v %v lies outside the window", name, pos, size))
		}
		switch w := o.(type) {
		case *widget.Label, *kit.Button:
			if l, ok := w.(*widget.Label); ok && l.Text == "" {
				return // nothing to cut: an error line with nothing to say folds away
			}
			if m := o.MinSize(); size.Height+1 < m.Height || size.Width+1 < m.Width {
				out = append(out, fmt.Sprintf("%s is %v, needs %v", name, size, m))
			}
			return
		case *kit.Tile:
			if w.TextMinSize().Height > w.TextSize().Height+1 {
				out = append(out, fmt.Sprintf("%s text needs %v, has %v", name, w.TextMinSize(), w.TextSize()))
			}
			return
		case *fyne.Container:
			for _, c := range w.Objects {
				visit(c, scroll)
			}
		case *container.Scroll:
			visit(w.Content, w)
		}
	}
	visit(o, nil)
	return out
}
