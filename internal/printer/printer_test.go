package printer

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// fake is a printer that fails while down is set, and records what it printed.
type fake struct {
	down    bool
	printed []string
}

func (f *fake) Print(title string, pdf []byte) error {
	if f.down {
		return ErrNoPrinter
	}
	f.printed = append(f.printed, title+":"+string(pdf))
	return nil
}

func TestSpoolKeepsWhatFailsAndRetries(t *testing.T) {
	p := &fake{down: true}
	s := &Spool{Dir: filepath.Join(t.TempDir(), "spool"), Printer: p}
	if err := s.Print("2026-0000001", []byte("%PDF-1")); !errors.Is(err, ErrNoPrinter) {
		t.Fatalf("print with the printer down: %v", err)
	}
	s.Print("2026-0000002", []byte("%PDF-2"))
	if n, _ := s.Pending(); len(n) != 2 {
		t.Fatalf("pending = %d, want 2", len(n))
	}
	if left, err := s.Retry(); left != 2 || err == nil {
		t.Errorf("retry while down: %d left, %v", left, err)
	}
	p.down = false
	if left, err := s.Retry(); left != 0 || err != nil {
		t.Fatalf("retry once up: %d left, %v", left, err)
	}
	if strings.Join(p.printed, " ") != "2026-0000001:%PDF-1 2026-0000002:%PDF-2" {
		t.Errorf("printed %v, want both in order", p.printed)
	}
	if err := s.Print("2026-0000003", []byte("%PDF-3")); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Pending(); len(n) != 0 {
		t.Errorf("a printed ticket stayed in the spool")
	}
}

// TestCUPSPrintsToARealQueue prints a ticket through a CUPS queue backed by
// cups-pdf and finds the PDF it wrote. .ci/run sets the queue up
// (SPORTELLO_TEST_PRINTER, SPORTELLO_TEST_PRINTER_DIR). The kiosk runs in
// Italian, and so does the test: CUPS then answers in Italian unless told not to.
func TestCUPSPrintsToARealQueue(t *testing.T) {
	t.Setenv("LANG", "it_IT.UTF-8")
	t.Setenv("LC_ALL", "it_IT.UTF-8")
	queue, dir := os.Getenv("SPORTELLO_TEST_PRINTER"), os.Getenv("SPORTELLO_TEST_PRINTER_DIR")
	if queue == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI must set SPORTELLO_TEST_PRINTER to a cups-pdf queue")
		}
		t.Skip("no test print queue: set SPORTELLO_TEST_PRINTER (see .ci/run)")
	}
	if detail, ready := Status(queue); !ready {
		t.Fatalf("CUPS says the queue is not ready: %s", detail)
	}
	code, _ := ticket.NewCode(nil)
	pdf, err := ticket.PDF(ticket.Ticket{Lang: kiosk.Italian, Organization: "Provincia di Barletta-Andria-Trani",
		Office: "Ufficio Relazioni con il Pubblico", Kind: "Reclamo", Protocol: kiosk.Protocol{Year: 2026, Number: 1},
		Registered: time.Now(), Deadline: kiosk.DateOf(time.Now().AddDate(0, 0, 30)), Code: code, Link: ticket.Link("", code)})
	if err != nil {
		t.Fatal(err)
	}
	title := "sportello-test-" + time.Now().Format("150405.000")
	start := time.Now()
	if err := (CUPS{Queue: queue}).Print(title, pdf); err != nil {
		t.Fatalf("print: %v", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		matches, _ := filepath.Glob(filepath.Join(dir, title+"*.pdf"))
		for _, m := range matches {
			if b, err := os.ReadFile(m); err == nil && strings.HasPrefix(string(b), "%PDF") {
				t.Logf("printed in %v: %s", time.Since(start).Round(time.Millisecond), m)
				png := filepath.Join(t.TempDir(), "printed")
				if err := exec.Command("pdftoppm", "-r", "200", "-png", "-singlefile", m, png).Run(); err != nil {
					t.Fatalf("pdftoppm on the printed file: %v", err)
				}
				out, err := exec.Command("zbarimg", "--raw", "-q", png+".png").Output()
				if got := strings.TrimSpace(string(out)); err != nil || got != ticket.Format(code) {
					t.Errorf("the printed ticket's QR holds %q (%v), want %s", got, err, ticket.Format(code))
				}
				return
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	entries, _ := os.ReadDir(dir)
	t.Fatalf("no PDF for %s in %s (%d files there)", title, dir, len(entries))
}

func TestCUPSWithoutQueueFails(t *testing.T) {
	if detail, ready := Status("no-such-queue"); ready {
		t.Errorf("a missing queue is ready: %s", detail)
	}
	err := (CUPS{Queue: "no-such-queue-" + time.Now().Format("150405"), Timeout: 5 * time.Second}).Print("x", []byte("%PDF-1"))
	if kiosk.ErrorCode(err) != kiosk.Unavailable || kiosk.ErrorMessage(err, kiosk.Italian) != ErrNoPrinter.Message.It {
		t.Fatalf("printing to a missing queue: %v", err)
	}
}
