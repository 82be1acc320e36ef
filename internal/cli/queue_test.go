package cli

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sportello/internal/store"
)

// sportelloWith runs the command line in a language, with a display that
// records how it was started.
func sportelloWith(t *testing.T, lang, data string, args ...string) (int, string, string, *DisplayOptions) {
	t.Helper()
	var out, errOut bytes.Buffer
	var started *DisplayOptions
	code := Run(append([]string{"--data", data}, args...), Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv:       func(k string) string { return map[string]string{"LANG": lang}[k] },
		StartKiosk:   func(*store.DB, KioskOptions) error { return nil },
		StartDisplay: func(_ *store.DB, o DisplayOptions) error { started = &o; return nil },
	})
	return code, out.String(), errOut.String(), started
}

func TestQueueTakeCallStatus(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	code, out, stderr := sportello(t, data, "queue", "take", "--line", "A")
	if code != 0 || !regexp.MustCompile(`^Number: A001\nAhead:  0\nToken:  [A-Z2-7]{16}\n$`).MatchString(out) {
		t.Fatalf("take: %d %q %s", code, out, stderr)
	}
	if code, out, stderr = sportello(t, data, "queue", "take", "--line", "A", "--lang", "en", "--priority"); code != 0 || !strings.HasPrefix(out, "Number: A002\nAhead:  0\n") {
		t.Errorf("a priority ticket goes first: %d %q %s", code, out, stderr)
	}
	if code, out, _ = sportello(t, data, "queue", "take", "--line", "A"); code != 0 || !strings.HasPrefix(out, "Number: A003\nAhead:  2\n") {
		t.Errorf("a third ticket: %d %q", code, out)
	}
	if code, _, stderr = sportello(t, data, "queue", "take", "--line", "Z"); code != 1 || !strings.Contains(stderr, "Please choose what the ticket is for.") {
		t.Errorf("an unknown line: %d %q", code, stderr)
	}
	if code, out, stderr = sportello(t, data, "queue", "call", "--desk", "sportello-2"); code != 0 || out != "A002\n" {
		t.Errorf("call: %d %q %s", code, out, stderr)
	}
	code, out, _ = sportello(t, data, "queue", "status")
	for _, want := range []string{"Line", "Waiting", "Information and guidance", "Last calls:", "A002", "Desk 2", "called"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("status lacks %q: %d\n%s", want, code, out)
		}
	}
	if !regexp.MustCompile(`(?m)^A\s+2\s+0 min\s+Information`).MatchString(out) || !regexp.MustCompile(`(?m)^P\s+0\s+-\s+`).MatchString(out) {
		t.Errorf("the lines:\n%s", out)
	}
	sportello(t, data, "queue", "call", "--desk", "sportello-1")
	sportello(t, data, "queue", "call", "--desk", "sportello-1")
	if code, out, stderr = sportello(t, data, "queue", "call", "--desk", "sportello-1"); code != 1 || out != "" || strings.TrimSpace(stderr) != "No one is waiting for this desk." {
		t.Errorf("a call with no one waiting: %d %q %q", code, out, stderr)
	}
	if code, _, stderr, _ := sportelloWith(t, "it_IT.UTF-8", data, "queue", "call", "--desk", "sportello-2"); code != 1 || strings.TrimSpace(stderr) != "Nessuno in attesa per questo sportello." {
		t.Errorf("in Italian: %d %q", code, stderr)
	}
	if code, _, stderr = sportello(t, data, "queue", "call", "--desk", "sportello-9"); code != 1 || !strings.Contains(stderr, "sportello-9") {
		t.Errorf("an unknown desk: %d %q", code, stderr)
	}
	if code, _, stderr = sportello(t, data, "queue", "take"); code != 2 || !strings.Contains(stderr, "usage: sportello queue take") {
		t.Errorf("take with no line: %d %q", code, stderr)
	}
}

func TestDisplayStarts(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, _, stderr, o := sportelloWith(t, "en_GB.UTF-8", data, "display", "--windowed"); code != 0 || o == nil || !o.Windowed {
		t.Errorf("display --windowed: %d %v %s", code, o, stderr)
	}
	if code, _, _, o := sportelloWith(t, "en_GB.UTF-8", data, "display"); code != 0 || o == nil || o.Windowed {
		t.Errorf("display: %d %v", code, o)
	}
	if code, _, stderr, o := sportelloWith(t, "en_GB.UTF-8", data, "display", "extra"); code != 2 || o != nil || !strings.Contains(stderr, "usage: sportello display") {
		t.Errorf("display extra: %d %s", code, stderr)
	}
}
