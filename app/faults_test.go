package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/testenv"
)

// toSummary walks the request flow of a suggestion up to its summary.
func toSummary(t *testing.T, u *UI, text string) *requestFlow {
	t.Helper()
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindSuggestion])
	test.Tap(f.offices[""])
	f.text.SetText(text)
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	test.Tap(f.next) // no contact
	if u.pageTitle.Text != "Controlli e confermi" {
		t.Fatalf("not at the summary: %q", u.pageTitle.Text)
	}
	return f
}

// A disk that is full when a request is filed: the citizen is sent to the
// desk, the draft stays as typed, and nothing half-written stays: once
// there is room, the same draft takes the next number, with no gap.
func TestADiskFullWhenARequestIsFiled(t *testing.T) {
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", dir).CombinedOutput()
	testenv.Need(t, err == nil, "cannot mount a small tmpfs here ("+strings.TrimSpace(string(out))+"): the full-disk case needs root")
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	u, _ := newTestUI(t)
	db, err := store.Open(filepath.Join(dir, "sportello.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if c, err := u.Content.Content(); err != nil || db.ReplaceContent(c, nil, kiosk.AuditEntry{Action: "content.import"}) != nil {
		t.Fatal(err)
	}
	u.Requests.Store = db
	first, err := u.Requests.Register(suggestionDraft())
	if err != nil {
		t.Fatal(err)
	}
	filler := filepath.Join(dir, "riempitivo")
	exec.Command("dd", "if=/dev/zero", "of="+filler, "bs=64k").Run() // until the disk is full
	f := toSummary(t, u, "Scritto con il disco pieno")
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "memoria piena") || f.draft.Text != "Scritto con il disco pieno" || f.done.Code != "" {
		t.Fatalf("with the disk full: %q, draft %q, done %q", f.problem.Text, f.draft.Text, f.done.Code)
	}
	os.Remove(filler)
	test.Tap(f.next)
	if f.done.Protocol.Number != first.Protocol.Number+1 {
		t.Errorf("after the disk was freed: %v, want number %d (%q)", f.done.Protocol, first.Protocol.Number+1, f.problem.Text)
	}
}

// blockingStore holds each registration until released, counting them.
type blockingStore struct {
	kiosk.RequestStore
	release chan struct{}
	calls   atomic.Int32
}

func (b *blockingStore) CreateRequest(r *kiosk.Request, g kiosk.Registration, doc kiosk.DocumentFunc) error {
	b.calls.Add(1)
	<-b.release
	return b.RequestStore.CreateRequest(r, g, doc)
}

// Two taps on Conferma 50 ms apart while the first is still registering:
// the screen answers the first, the second does nothing, one request.
func TestTwoTapsOnConfirm(t *testing.T) {
	u, _ := newTestUI(t)
	db := u.Requests.Store
	f := toSummary(t, u, "Due tocchi")
	blocking := &blockingStore{RequestStore: db, release: make(chan struct{})}
	u.Requests.Store = blocking
	u.Inline = false // registered in the background, as at the kiosk
	var wg sync.WaitGroup
	test.Tap(f.next)
	if !f.next.Disabled() || !strings.Contains(f.problem.Text, "Invio in corso") {
		t.Errorf("the first tap shows nothing: disabled %v, %q", f.next.Disabled(), f.problem.Text)
	}
	time.Sleep(50 * time.Millisecond)
	test.Tap(f.next)
	wg.Add(1)
	go func() { defer wg.Done(); close(blocking.release) }()
	wg.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if all, _ := db.Requests(); len(all) == 1 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // the second tap, had it counted, would be registered by now
	if n := blocking.calls.Load(); n != 1 {
		t.Errorf("%d registrations for two taps", n)
	}
	if all, _ := db.Requests(); len(all) != 1 {
		t.Errorf("%d requests stored", len(all))
	}
}
