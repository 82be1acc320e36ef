package cli

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"sportello/internal/datadir"
	"sportello/internal/store"
	"sportello/internal/ticket"
)

// TestMain lets the test binary stand in for sportello in child processes.
func TestMain(m *testing.M) {
	if os.Getenv("SPORTELLO_CLI_CHILD") == "1" {
		os.Exit(Run(os.Args[1:], Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}))
	}
	os.Exit(m.Run())
}

func TestRequestsCommandLine(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	code, out, stderr := sportello(t, data, "requests", "add", "--kind", "reclamo", "--text", "Attesa di due ore",
		"--name", "Anna Esempio", "--email", "anna@example.org", "--office", "urp-andria", "--json")
	if code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	var added struct{ Protocol, Code, Deadline, Status string }
	if err := json.Unmarshal([]byte(out), &added); err != nil || added.Protocol == "" || added.Status != "ricevuta" {
		t.Fatalf("add --json: %q %v", out, err)
	}
	if _, err := ticket.Parse(added.Code); err != nil {
		t.Errorf("printed code %s does not parse", added.Code)
	}
	code, out, _ = sportello(t, data, "requests", "status", strings.ToLower(strings.ReplaceAll(added.Code, "-", "")), "--json")
	if code != 0 || !strings.Contains(out, `"protocol": "`+added.Protocol) || !strings.Contains(out, `"open311": "open"`) {
		t.Errorf("status: %d %s", code, out)
	}
	for _, personal := range []string{"Anna", "anna@example.org", "Attesa"} {
		if strings.Contains(out, personal) {
			t.Errorf("status shows personal data %q:\n%s", personal, out)
		}
	}
	if code, _, stderr := sportello(t, data, "requests", "set", added.Code, "sospesa"); code != 1 || !strings.Contains(stderr, "cannot become sospesa") {
		t.Errorf("forbidden move: %d %s", code, stderr)
	}
	if code, out, stderr := sportello(t, data, "requests", "set", added.Code, "assegnata", "--note", "Affidata all'ufficio"); code != 0 {
		t.Errorf("set: %s %s", out, stderr)
	}
	_, out, _ = sportello(t, data, "requests", "status", added.Code)
	if !strings.Contains(out, "Assigned to the office") || !strings.Contains(out, "Affidata all'ufficio") {
		t.Errorf("status text:\n%s", out)
	}
	_, out, _ = sportello(t, data, "requests", "list", "--json")
	if !strings.Contains(out, "anna@example.org") || !strings.Contains(out, added.Protocol) {
		t.Errorf("list for staff lacks the request:\n%s", out)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"requests", "status", "K7QM-2XHD-9RTA"}, 1, "Invalid code"},
		{[]string{"requests", "status", "0000-0000-0000-0"}, 1, "No request with this code"},
		{[]string{"requests", "add", "--kind", "reclamo", "--text", "x", "--name", "A", "--email", "nope"}, 1, "not a valid e-mail"},
		{[]string{"requests", "add", "--kind", "boh", "--text", "x"}, 1, "choose the kind"},
		{[]string{"deadline", "--from", "2026-11-25", "--kind", "reclamo"}, 0, "2026-12-28"},
		{[]string{"deadline", "--from", "2026-12-02", "--days", "30"}, 0, "2027-01-02"},
		{[]string{"deadline", "--from", "2026-11-31", "--days", "30"}, 1, "not a real day"},
		{[]string{"deadline", "--from", "2026-11-25"}, 2, "usage: sportello deadline"},
		{[]string{"holidays", "2026"}, 0, "2026-10-04 Saint Francis of Assisi\n2026-11-01 All Saints' Day\n2026-12-08 Immaculate Conception\n2026-12-24 Offices closed on Christmas Eve\n2026-12-25"},
		{[]string{"holidays", "2026", "--office", "urp-barletta"}, 0, "2026-12-26 Saint Stephen's Day\n2026-12-30 Patron saint (example date)\n"},
		{[]string{"holidays", "2027", "--office", "nowhere"}, 1, "unknown office"},
		{[]string{"holidays", "next"}, 2, "usage: sportello holidays"},
	} {
		code, out, stderr := sportello(t, data, c.args...)
		if code != c.code || !strings.Contains(out+stderr, c.want) {
			t.Errorf("%v: exit %d, %q %q; want %d and %q", c.args, code, out, stderr, c.code, c.want)
		}
	}
}

// TestConcurrentRegistrationsHaveNoGap starts 200 registrations in separate
// processes at once, kills some of them with SIGKILL at random moments, and
// checks the register: numbers 1..N with no gap and no duplicate, and every
// code a process printed resolves.
func TestConcurrentRegistrationsHaveNoGap(t *testing.T) {
	if testing.Short() {
		t.Skip("200 processes")
	}
	data := filepath.Join(t.TempDir(), "data")
	if code, _, stderr := sportello(t, data, "content", "export"); code != 0 { // creates the database
		t.Fatal(stderr)
	}
	const n = 200
	var (
		mu      sync.Mutex
		printed []string
		killed  int
		wg      sync.WaitGroup
	)
	for i := range n {
		cmd := exec.Command(os.Args[0], "--data", data, "requests", "add", "--kind", "suggerimento",
			"--text", fmt.Sprintf("suggerimento %d", i), "--json")
		cmd.Env = append(os.Environ(), "SPORTELLO_CLI_CHILD=1", "LANG=C.UTF-8")
		var out strings.Builder
		cmd.Stdout = &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		kill := i%3 == 0
		wg.Add(1)
		go func() {
			defer wg.Done()
			if kill {
				time.AfterFunc(time.Duration(rand.IntN(1200))*time.Millisecond, func() { cmd.Process.Signal(syscall.SIGKILL) })
			}
			err := cmd.Wait()
			mu.Lock()
			defer mu.Unlock()
			var res struct{ Code string }
			if err == nil && json.Unmarshal([]byte(out.String()), &res) == nil {
				printed = append(printed, res.Code)
			} else if kill {
				killed++
			} else {
				t.Errorf("registration %d failed: %v", i, err)
			}
		}()
	}
	wg.Wait()
	db, err := store.Open(datadir.Database(data))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, err := db.Requests()
	if err != nil {
		t.Fatal(err)
	}
	numbers := make([]int, len(all))
	for i, r := range all {
		numbers[i] = r.Protocol.Number
	}
	sort.Ints(numbers)
	for i, num := range numbers {
		if num != i+1 {
			t.Fatalf("protocol numbers are not 1..%d: %v", len(numbers), numbers)
		}
	}
	for _, c := range printed {
		code, _ := ticket.Parse(c)
		if _, err := db.RequestByCode(code); err != nil {
			t.Errorf("printed code %s does not resolve: %v", c, err)
		}
	}
	t.Logf("%d processes: %d printed a code, %d killed before printing, %d committed", n, len(printed), killed, len(all))
	if len(printed) < n/2 || killed == 0 {
		t.Errorf("the test did not exercise what it should: %d printed, %d killed", len(printed), killed)
	}
}
