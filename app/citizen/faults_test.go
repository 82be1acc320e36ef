package citizen

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/testenv"
)

// toContact walks the request flow of kind, with no office, up to its contact step.
func toContact(t *testing.T, u *testKiosk, kind, text string) *requestFlow {
	t.Helper()
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kind])
	test.Tap(f.offices[""])
	f.text.SetText(text)
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	return f
}

// toSummary walks the request flow of a suggestion up to its summary.
func toSummary(t *testing.T, u *testKiosk, text string) *requestFlow {
	t.Helper()
	f := toContact(t, u, kiosk.KindSuggestion, text)
	test.Tap(f.next) // no contact
	if u.PageTitle.Text != "Controlli e confermi" {
		t.Fatalf("not at the summary: %q", u.PageTitle.Text)
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
	if c, err := u.ContentStore.Content(); err != nil || db.ReplaceContent(c, nil, kiosk.AuditEntry{Action: "content.import"}) != nil {
		t.Fatal(err)
	}
	u.svc.Store = db
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

// secondTap is a store that, while it registers, lets the citizen tap
// Conferma again, as the UI goroutine does while the registration runs in
// the background.
type secondTap struct {
	kiosk.RequestStore
	tap   func()
	calls int
}

func (s *secondTap) CreateRequest(r *kiosk.Request, g kiosk.Registration, doc kiosk.DocumentFunc) error {
	s.calls++
	if s.calls == 1 {
		s.tap()
	}
	return s.RequestStore.CreateRequest(r, g, doc)
}

// Two taps on Conferma, the second while the first is still registering:
// the screen answers the first at once, the second does nothing, one
// request. (The tap guard is off, so the flow itself must ignore it.)
func TestTwoTapsOnConfirm(t *testing.T) {
	u, _ := newTestUI(t)
	u.TapGuard = 0
	db := u.svc.Store
	f := toSummary(t, u, "Due tocchi")
	var during string
	store := &secondTap{RequestStore: db}
	store.tap = func() {
		during = f.problem.Text
		if !f.next.Disabled() {
			t.Error("Conferma is not disabled while the request is registered")
		}
		test.Tap(f.next)
	}
	u.svc.Store = store
	test.Tap(f.next)
	if !strings.Contains(during, "Invio in corso") {
		t.Errorf("while registering the screen said %q", during)
	}
	if all, _ := db.Requests(); store.calls != 1 || len(all) != 1 {
		t.Errorf("%d registrations, %d requests for two taps", store.calls, len(all))
	}
}

// A ticket printer that is down is told at the first step of a request.
func TestAPrinterDownIsToldUpFront(t *testing.T) {
	u, _ := newTestUI(t)
	u.requests.PrinterReady = func() bool { return false }
	test.Tap(u.home.tiles[sectionRequests])
	if !strings.Contains(kittest.VisibleText(u.Body), "La stampante delle ricevute ora non funziona") {
		t.Errorf("the first step does not say the printer is down:\n%s", kittest.VisibleText(u.Body))
	}
	u.GoHome()
	u.flow = nil
	u.Show(u.servicePage("accesso-atti")) // the flow starts at the text: the warning comes there
	test.Tap(kittest.FindButton(t, u.Shell, "Faccia una richiesta"))
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "La stampante delle ricevute ora non funziona") || u.PageTitle.Text != "Scriva la Sua richiesta" {
		t.Errorf("from a service page, the first step does not say the printer is down:\n%s", shown)
	}
	u.GoHome()
	u.flow = nil
	u.requests.PrinterReady = func() bool { return true }
	test.Tap(u.home.tiles[sectionRequests])
	if strings.Contains(kittest.VisibleText(u.Body), "non funziona") {
		t.Error("a ready printer is said to be down")
	}
}
