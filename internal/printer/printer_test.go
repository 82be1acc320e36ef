package printer

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/testenv"
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
	testenv.Need(t, queue != "", "no test print queue: set SPORTELLO_TEST_PRINTER (see .ci/run)")
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

// slowPrinter takes its time with each document, as a printer out of paper
// that CUPS keeps trying.
type slowPrinter struct {
	delay time.Duration
	mu    sync.Mutex
	done  int
}

func (p *slowPrinter) Print(string, []byte) error {
	time.Sleep(p.delay)
	p.mu.Lock()
	p.done++
	p.mu.Unlock()
	return nil
}

// A new ticket does not wait for the backlog: each is locked alone.
func TestANewTicketDoesNotWaitForTheBacklog(t *testing.T) {
	slow := &slowPrinter{delay: 400 * time.Millisecond}
	s := &Spool{Dir: t.TempDir(), Printer: failing{}}
	for i := range 4 {
		s.Print("arretrato-"+strconv.Itoa(i), []byte("%PDF"))
	}
	s.Printer = slow
	go s.Retry() // 4 × 400 ms
	time.Sleep(50 * time.Millisecond)
	started := time.Now()
	if err := s.Print("nuova", []byte("%PDF")); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(started); took > time.Second {
		t.Errorf("the new ticket waited %v behind the backlog", took)
	}
}

type failing struct{}

func (failing) Print(string, []byte) error { return ErrNoPrinter }

// An lp that hangs, one that fails, a scheduler that is not running: the
// call ends within its time limit and says the printer is not available.
func TestCUPSFaults(t *testing.T) {
	for _, c := range []struct {
		name, lp string
	}{
		{"lp hangs", "#!/bin/sh\nexec sleep 600\n"},
		{"lp fails", "#!/bin/sh\necho 'lp: Error - The printer or class does not exist.' >&2\nexit 1\n"},
		{"CUPS stopped", "#!/bin/sh\necho 'lp: Error - scheduler not responding.' >&2\nexit 1\n"},
		{"job never completes", "#!/bin/sh\necho 'request id is Ticket-7 (1 file(s))'\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fake := t.TempDir()
			os.WriteFile(filepath.Join(fake, "lp"), []byte(c.lp), 0o755)
			os.WriteFile(filepath.Join(fake, "lpstat"), []byte("#!/bin/sh\nexit 0\n"), 0o755)
			os.WriteFile(filepath.Join(fake, "cancel"), []byte("#!/bin/sh\nexit 0\n"), 0o755)
			t.Setenv("PATH", fake+":"+os.Getenv("PATH"))
			started := time.Now()
			err := CUPS{Queue: "Ticket", Timeout: 700 * time.Millisecond}.Print("t", []byte("%PDF"))
			if kiosk.ErrorCode(err) != kiosk.Unavailable || kiosk.ErrorMessage(err, kiosk.Italian) != ErrNoPrinter.Message.It {
				t.Errorf("%v", err)
			}
			if took := time.Since(started); took > 3*time.Second {
				t.Errorf("the call took %v", took)
			}
		})
	}
}
