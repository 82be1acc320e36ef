package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/events"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

func TestEventsCommandLine(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	if code, _, stderr := sportello(t, data, "events", "list"); code != 0 {
		t.Fatalf("list: %s", stderr)
	}
	db, err := store.Open(filepath.Join(data, "sportello.db"))
	if err != nil {
		t.Fatal(err)
	}
	s := &events.Service{Store: db, Content: db.Content, Now: func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, hours.Rome) }}
	if _, err := s.SignUp(events.Draft{Notice: "seminario-urp", Name: "Anna Esempio", Email: "anna@example.org", Lang: kiosk.Italian, PrivacyAccepted: true}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if code, out, _ := sportello(t, data, "events", "list"); code != 0 || !strings.Contains(out, "seminario-urp") || !strings.Contains(out, "1/30") {
		t.Errorf("list: %d %s", code, out)
	}
	file := filepath.Join(tmp, "iscritti.csv")
	if code, _, stderr := sportello(t, data, "events", "signups", "seminario-urp", "-o", file); code != 0 {
		t.Fatalf("signups: %s", stderr)
	}
	if b, _ := os.ReadFile(file); !strings.Contains(string(b), "iscritto;1;Anna Esempio;anna@example.org") {
		t.Errorf("the list:\n%s", b)
	}
	if code, _, stderr := sportello(t, data, "events", "signups", "concerto"); code != 1 || !strings.Contains(stderr, "No event") {
		t.Errorf("an event that is not: %d %s", code, stderr)
	}
}
