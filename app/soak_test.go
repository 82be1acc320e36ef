//go:build soak

package app

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/internal/kiosk"
)

// TestSoak drives citizen sessions through the real screens: browse, search,
// rate, file a request, look up its status, and leave the kiosk to the idle
// wipe. Every 1,000 sessions it reports heap, goroutines and open files.
// Run it with make soak (SOAK_SESSIONS sets how many; 10,000 by default).
//
// Fyne keeps what it drew for a minute of wall time (FYNE_CACHE); a kiosk
// sees a citizen every few minutes, but this test runs one every half
// second, so with the default a minute's worth of sessions, about a hundred,
// would sit in the caches and their number would swing with the machine's
// speed. make soak sets FYNE_CACHE=2s, and each sample waits for the caches
// to be cleaned, and reloads the font faces, so that the samples measure
// what the program keeps.
func TestSoak(t *testing.T) {
	if os.Getenv("FYNE_CACHE") == "" {
		t.Fatal("run with FYNE_CACHE=2s (make soak does)")
	}
	sessions := 10000
	if n, err := strconv.Atoi(os.Getenv("SOAK_SESSIONS")); err == nil {
		sessions = n
	}
	u, w := newTestUI(t)
	clock := func() time.Time { return u.Now() } // every service follows the kiosk's clock
	u.Lookups.Now, u.Ratings.Now, u.Requests.Now = clock, clock, clock
	p := u.Printer.(*fakePrinter)
	type sample struct {
		heap       uint64
		goroutines int
		files      int
	}
	var samples []sample
	start := time.Now()
	for i := 1; i <= sessions; i++ {
		session(t, u, i)
		if i%10 == 0 { // paint, as the real driver does: painting also ages Fyne's caches out
			w.Canvas().(test.WindowlessCanvas).Capture()
		}
		if i%100 == 0 { // the fake printer keeps what it printed: empty it as a real one would
			p.mu.Lock()
			p.printed = nil
			p.mu.Unlock()
		}
		if i%1000 == 0 {
			time.Sleep(11 * time.Second) // Fyne cleans its caches at most every 10 s, when a canvas paints
			// Fyne also keeps each font face it loaded until the theme is applied again (the idle
			// wipe does): apply it, so that every sample holds the faces of the home screen only.
			fyne.CurrentApp().Settings().SetTheme(fyne.CurrentApp().Settings().Theme())
			w.Canvas().(test.WindowlessCanvas).Capture()
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			fds, _ := os.ReadDir("/proc/self/fd")
			s := sample{m.HeapAlloc, runtime.NumGoroutine(), len(fds)}
			samples = append(samples, s)
			t.Logf("%6d sessions  heap %6.1f MB  goroutines %3d  open files %3d  (%v)", i, float64(s.heap)/1e6, s.goroutines, s.files, time.Since(start).Round(time.Second))
		}
	}
	if len(samples) < 2 {
		return
	}
	first, last := samples[0], samples[len(samples)-1]
	growth := float64(last.heap)/float64(first.heap) - 1
	t.Logf("heap growth from the 1,000th session: %.1f %%", growth*100)
	if growth > 0.05 {
		t.Errorf("heap grew %.1f %% from the 1,000th session (goal < 5 %%)", growth*100)
	}
	if last.goroutines > first.goroutines+2 || last.files > first.files+2 {
		t.Errorf("leak: goroutines %d → %d, open files %d → %d", first.goroutines, last.goroutines, first.files, last.files)
	}
}

// session is one citizen: a few minutes at the kiosk, then gone.
func session(t *testing.T, u *UI, i int) {
	advance(u, 2*time.Second)
	test.Tap(u.home.tiles[sectionServices])
	test.Tap(u.services.groups["trasporti"])
	test.Tap(findRow(t, u, "Trasporti eccezionali"))
	test.Tap(u.backBtn)
	test.Tap(u.homeBtn)
	test.Tap(u.searchBtn)
	test.Type(u.search.entry, "acceso atti")
	test.Tap(u.homeBtn)
	test.Tap(u.home.tiles[sectionRate])
	test.Tap(u.rate.offices["urp-andria"])
	test.Tap(u.rate.faces[3])
	advance(u, 6*time.Second) // thanks, then home
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindSuggestion])
	test.Tap(f.offices[""])
	test.Type(f.text, fmt.Sprintf("Suggerimento %d", i))
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	test.Tap(f.next)
	test.Tap(f.next)
	if f.done.ID == 0 {
		t.Fatalf("session %d: the request was not filed: %q", i, f.problem.Text)
	}
	code := f.done.Code
	test.Tap(u.homeBtn)
	test.Tap(u.home.tiles[sectionStatus])
	u.status.code.SetText(code)
	test.Tap(u.status.search)
	if u.status.found == nil {
		t.Fatalf("session %d: status not found: %q", i, u.status.problem.Text)
	}
	advance(u, 2*time.Minute) // walks away: the warning, then the wipe
	advance(u, 30*time.Second)
	advance(u, time.Minute) // the status lookups of the next minute are the next citizen's
}
