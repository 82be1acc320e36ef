// Package printer prints tickets through CUPS and keeps in a spool folder
// whatever could not be printed, to try again later: nothing is lost.
package printer

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"sportello/internal/kiosk"
)

// Printer prints a PDF document.
type Printer interface {
	Print(title string, pdf []byte) error
}

// CUPS prints with lp to Queue, or to the system default when Queue is empty,
// and waits until CUPS reports the job completed.
type CUPS struct {
	Queue   string
	Timeout time.Duration // how long a job may take; 30 s when zero
}

var jobID = regexp.MustCompile(`request id is (\S+)`)

// ErrNoPrinter is the answer when the ticket could not be printed.
var ErrNoPrinter = kiosk.NewError(kiosk.Unavailable,
	"La stampante non è disponibile: la ricevuta non è stata stampata.",
	"The printer is not available: the ticket was not printed.")

// Print sends the document and checks the job: accepted, then completed.
func (c CUPS) Print(title string, pdf []byte) error {
	timeout := c.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	f, err := os.CreateTemp("", "sportello-*.pdf")
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoPrinter, err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(pdf); err != nil {
		f.Close()
		return err
	}
	f.Close()
	args := []string{"-t", title}
	if c.Queue != "" {
		args = append(args, "-d", c.Queue)
	}
	out, err := cups(ctx, "lp", append(args, f.Name())...).CombinedOutput()
	if err != nil {
		return &kiosk.Error{Code: kiosk.Unavailable, Message: ErrNoPrinter.Message, Err: fmt.Errorf("lp: %v: %s", err, strings.TrimSpace(string(out)))}
	}
	m := jobID.FindStringSubmatch(string(out))
	if m == nil {
		return &kiosk.Error{Code: kiosk.Unavailable, Message: ErrNoPrinter.Message, Err: fmt.Errorf("lp said %q", out)}
	}
	return waitCompleted(ctx, m[1])
}

// cups prepares a CUPS command that answers in English whatever the kiosk's
// language: lp says "request id è Ticket-15" under LANG=it_IT.UTF-8, and the
// job id is read from its answer.
func cups(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "LANG=C")
	cmd.WaitDelay = time.Second // a child that keeps the pipes open does not hold the kiosk
	return cmd
}

// Status asks CUPS whether the queue (or the default one when queue is empty)
// is ready to print, and returns what CUPS said.
func Status(queue string) (detail string, ready bool) {
	if queue == "" {
		out, err := cups(context.Background(), "lpstat", "-d").Output()
		_, name, found := strings.Cut(string(out), ": ")
		if err != nil || !found {
			return "no default printer", false
		}
		queue = strings.TrimSpace(name)
	}
	out, err := cups(context.Background(), "lpstat", "-p", queue).CombinedOutput()
	text := strings.TrimSpace(string(out))
	if err != nil {
		return text, false
	}
	return text, (strings.Contains(text, "idle") || strings.Contains(text, "printing")) && !strings.Contains(text, "disabled")
}

// waitCompleted polls CUPS until job is among the completed ones.
func waitCompleted(ctx context.Context, job string) error {
	queue := job[:strings.LastIndexByte(job, '-')]
	for {
		out, _ := cups(ctx, "lpstat", "-W", "completed", "-o", queue).Output()
		for _, line := range strings.Split(string(out), "\n") {
			if f := strings.Fields(line); len(f) > 0 && f[0] == job {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			cups(context.Background(), "cancel", job).Run()
			return &kiosk.Error{Code: kiosk.Unavailable, Message: ErrNoPrinter.Message, Err: fmt.Errorf("job %s not completed in time", job)}
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// Spool keeps tickets in Dir until Printer has printed them. Print and
// Retry may be called from several goroutines: a ticket prints once, and
// each is locked alone, so a new ticket never waits for the backlog.
type Spool struct {
	Dir     string
	Printer Printer

	mu       sync.Mutex
	printing map[string]bool // the tickets being printed now, by file
}

// Print stores the ticket in the spool, then tries to print it; on success
// it leaves the spool. On failure it stays there for Retry, and the error says why.
func (s *Spool) Print(title string, pdf []byte) error {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return err
	}
	name := filepath.Join(s.Dir, fmt.Sprintf("%d-%s.pdf", time.Now().UnixNano(), safe(title)))
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, pdf, 0o600); err != nil {
		return err
	}
	s.claim(name) // before it is visible to Retry
	defer s.release(name)
	if err := os.Rename(tmp, name); err != nil {
		return err
	}
	return s.printFile(name)
}

// claim marks a ticket as being printed; false when it is already.
func (s *Spool) claim(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.printing == nil {
		s.printing = map[string]bool{}
	}
	if s.printing[name] {
		return false
	}
	s.printing[name] = true
	return true
}

func (s *Spool) release(name string) {
	s.mu.Lock()
	delete(s.printing, name)
	s.mu.Unlock()
}

func (s *Spool) printFile(name string) error {
	pdf, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	title := strings.TrimSuffix(filepath.Base(name), ".pdf")
	if _, rest, ok := strings.Cut(title, "-"); ok {
		title = rest
	}
	if err := s.Printer.Print(title, pdf); err != nil {
		return err
	}
	return os.Remove(name)
}

// Pending returns the tickets waiting in the spool, oldest first.
func (s *Spool) Pending() ([]string, error) {
	names, err := filepath.Glob(filepath.Join(s.Dir, "*.pdf"))
	return names, err
}

// Retry tries to print every pending ticket no one is printing now, oldest
// first, and stops at the first failure. It returns how many are still waiting.
func (s *Spool) Retry() (int, error) {
	names, err := s.Pending()
	if err != nil {
		return 0, err
	}
	for i, n := range names {
		if !s.claim(n) {
			continue
		}
		err := s.printFile(n)
		s.release(n)
		if errors.Is(err, fs.ErrNotExist) {
			continue // printed meanwhile by the Print that spooled it
		}
		if err != nil {
			return len(names) - i, err
		}
	}
	return 0, nil
}

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

func safe(s string) string { return unsafeChars.ReplaceAllString(s, "_") }

// Switchable prints through CUPS to a queue that may change while the kiosk
// runs (an admin's setting).
type Switchable struct {
	mu    sync.Mutex
	queue string
}

// NewSwitchable starts on queue ("" for the system default).
func NewSwitchable(queue string) *Switchable { return &Switchable{queue: queue} }

// SetQueue changes the queue for the next documents.
func (s *Switchable) SetQueue(queue string) {
	s.mu.Lock()
	s.queue = queue
	s.mu.Unlock()
}

// Ready reports whether CUPS says the current queue can print now.
func (s *Switchable) Ready() bool {
	s.mu.Lock()
	queue := s.queue
	s.mu.Unlock()
	_, ready := Status(queue)
	return ready
}

// Print prints to the current queue.
func (s *Switchable) Print(title string, pdf []byte) error {
	s.mu.Lock()
	queue := s.queue
	s.mu.Unlock()
	return CUPS{Queue: queue}.Print(title, pdf)
}
