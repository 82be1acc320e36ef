package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sportello/internal/hours"
)

func TestAppointmentsCommandLine(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	// The next Thursday at 10:00 that is no holiday and not the demo's
	// closure of 24 December: the demo's roads office is open then.
	day := time.Now().In(hours.Rome).AddDate(0, 0, 1)
	closed := func(t time.Time) bool {
		d := hours.Today(t)
		_, holiday := hours.Calendar{}.Holiday(d)
		return holiday || d.Month == time.December && d.Day == 24
	}
	for day.Weekday() != time.Thursday || closed(day) {
		day = day.AddDate(0, 0, 1)
	}
	at := day.Format("2006-01-02") + " 10:00"
	code, out, stderr := sportello(t, data, "appointments", "book", "--service", "passo-carrabile", "--at", at, "--name", "Anna Esempio", "--email", "anna@example.org")
	if code != 0 || !strings.Contains(out, "Booked:") {
		t.Fatalf("book: %d %s %s", code, out, stderr)
	}
	booked := regexp.MustCompile(`code (\S+)`).FindStringSubmatch(out)[1]
	if code, _, stderr := sportello(t, data, "appointments", "book", "--service", "passo-carrabile", "--at", at, "--name", "Bruno", "--phone", "333 1234567"); code != 1 || !strings.Contains(stderr, "cannot be booked") {
		t.Errorf("the same slot again: %d %s", code, stderr)
	}
	if code, out, _ := sportello(t, data, "appointments", "list", "--date", day.Format("2006-01-02")); code != 0 || !strings.Contains(out, "10:00") || !strings.Contains(out, "Anna Esempio") {
		t.Errorf("list: %d %s", code, out)
	}
	if code, _, stderr := sportello(t, data, "appointments", "checkin", booked); code != 1 || !strings.Contains(stderr, "on that day") {
		t.Errorf("a check-in before the day: %d %s", code, stderr)
	}
	later := day.Format("2006-01-02") + " 10:20"
	if code, out, stderr := sportello(t, data, "appointments", "move", booked, "--at", later); code != 0 || !strings.Contains(out, "Moved:") || !strings.Contains(out, "10:20") {
		t.Errorf("move: %d %s %s", code, out, stderr)
	}
	if code, _, stderr := sportello(t, data, "appointments", "book", "--service", "passo-carrabile", "--at", at, "--name", "Bruno", "--phone", "333 1234567"); code != 0 {
		t.Errorf("the slot the move gave back: %d %s", code, stderr)
	}
	if code, out, stderr := sportello(t, data, "appointments", "cancel", booked); code != 0 || !strings.Contains(out, "free again") {
		t.Errorf("cancel: %d %s %s", code, out, stderr)
	}
	if code, _, stderr := sportello(t, data, "appointments", "book", "--service", "passo-carrabile", "--at", "domani", "--name", "A", "--email", "a@example.org"); code != 1 || !strings.Contains(stderr, "not a date and time") {
		t.Errorf("a time not written as one: %d %s", code, stderr)
	}
}
