//go:build soak

package citizen

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"testing"
	"time"
	_ "unsafe" // for go:linkname

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/ratings"
	"sportello/internal/requests"
)

// TestSoak drives citizen sessions through the real screens: browse, search,
// rate, file a request, look up its status, and leave the kiosk to the idle
// wipe. It reports heap, goroutines and open files ten times, every 1,000
// sessions of the 10,000 it runs by default (make soak; SOAK_SESSIONS=N for
// another number; SOAK_HEAP_PROFILES=DIR writes a heap profile at each report).
//
// Each session takes about four minutes of the kiosk's clock but half a second
// of the machine's. Fyne forgets what it drew a minute after it was last
// shown, by the wall clock, and its caches are maps that keep the room their
// fullest moment needed: by the wall clock alone, a hundred sessions would
// share one minute, and how many did would follow the machine's speed. So
// Fyne's cache clock here follows the kiosk's clock too (fyneCacheNow), and
// the caches see citizens come and go as a lobby sees them.
func TestSoak(t *testing.T) {
	sessions := 10000
	if n, err := strconv.Atoi(os.Getenv("SOAK_SESSIONS")); err == nil && n >= 10 {
		sessions = n
	}
	u, w := newTestUI(t)
	clock := func() time.Time { return u.Now() } // every service follows the kiosk's clock
	u.Lookups.(*requests.Limiter).Now, u.Ratings.(*ratings.Service).Now, u.svc.Now = clock, clock, clock
	wall, kioskStart := time.Now(), u.Now()
	fyneCacheNow = func() time.Time { return wall.Add(time.Since(wall) + u.Now().Sub(kioskStart)) }
	t.Cleanup(func() { fyneCacheNow = time.Now })
	p := u.fake
	type sample struct {
		heap       uint64
		goroutines int
		files      int
	}
	var samples []sample
	start := time.Now()
	for i := 1; i <= sessions; i++ {
		session(t, u, i)
		// Paint, as the real driver does: painting ages Fyne's caches out. The fake printer
		// keeps every ticket it printed: empty it, as paper leaves a real one.
		w.Canvas().(test.WindowlessCanvas).Capture()
		p.Reset()
		if i%(sessions/10) == 0 {
			// Fyne keeps each font face it loaded until the theme is applied again (the idle
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
			if dir := os.Getenv("SOAK_HEAP_PROFILES"); dir != "" { // go tool pprof -base FIRST LAST shows what grew
				writeHeapProfile(t, filepath.Join(dir, fmt.Sprintf("heap-%05d.pprof", i)))
			}
		}
	}
	if len(samples) < 2 {
		return
	}
	first, last := samples[0], samples[len(samples)-1]
	growth := float64(last.heap)/float64(first.heap) - 1
	t.Logf("heap growth from the first sample: %.1f %%", growth*100)
	if growth > 0.05 {
		t.Errorf("heap grew %.1f %% from the first sample (goal < 5 %%)", growth*100)
	}
	if last.goroutines > first.goroutines+2 || last.files > first.files+2 {
		t.Errorf("leak: goroutines %d → %d, open files %d → %d", first.goroutines, last.goroutines, first.files, last.files)
	}
}

func writeHeapProfile(t *testing.T, name string) {
	f, err := os.Create(name)
	if err == nil {
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		t.Fatal(err)
	}
}

// fyneCacheNow is the clock Fyne's caches of renderers, canvases, images and
// text sizes read (v2.7.1): TestSoak sets it to follow the kiosk's clock.
//
//go:linkname fyneCacheNow fyne.io/fyne/v2/internal/cache.timeNow
var fyneCacheNow func() time.Time

// session is one citizen: a few minutes at the kiosk, then gone.
func session(t *testing.T, u *testKiosk, i int) {
	kittest.Advance(u.Shell, 2*time.Second)
	test.Tap(u.home.tiles[sectionServices])
	test.Tap(u.services.groups["trasporti"])
	test.Tap(kittest.FindRow(t, u.Shell, "Trasporti eccezionali"))
	test.Tap(u.BackBtn)
	test.Tap(u.HomeBtn)
	test.Tap(u.SearchBtn)
	test.Type(u.search.entry, "acceso atti")
	test.Tap(u.HomeBtn)
	test.Tap(u.home.tiles[sectionRate])
	test.Tap(u.rate.offices["urp-andria"])
	test.Tap(u.rate.faces[3])
	kittest.Advance(u.Shell, 6*time.Second) // thanks, then home
	f := suggestionToContact(u, fmt.Sprintf("Suggerimento %d", i))
	test.Tap(f.next)
	test.Tap(f.next)
	if f.done.ID == 0 {
		t.Fatalf("session %d: the request was not filed: %q", i, f.problem.Text)
	}
	code := f.done.Code
	test.Tap(u.HomeBtn)
	test.Tap(u.home.tiles[sectionStatus])
	u.status.code.SetText(code)
	test.Tap(u.status.search)
	if u.status.found == nil {
		t.Fatalf("session %d: status not found: %q", i, u.status.problem.Text)
	}
	kittest.Advance(u.Shell, 2*time.Minute) // walks away: the warning, then the wipe
	kittest.Advance(u.Shell, 30*time.Second)
	kittest.Advance(u.Shell, time.Minute) // the status lookups of the next minute are the next citizen's
}
