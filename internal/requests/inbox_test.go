package requests

import (
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

func date(y int, m time.Month, d int) kiosk.Date { return kiosk.Date{Year: y, Month: m, Day: d} }

func annulled(r kiosk.Request) kiosk.Request {
	r.Registration = &kiosk.Registration{Annulment: &kiosk.Annulment{Reason: "errore"}}
	return r
}

func TestOverdueAndDueSoon(t *testing.T) {
	today := date(2026, 11, 25)
	open := func(deadline kiosk.Date) kiosk.Request {
		return kiosk.Request{Status: kiosk.StatusInProgress, Deadline: deadline}
	}
	cases := []struct {
		name             string
		r                kiosk.Request
		overdue, dueSoon bool
	}{
		{"due yesterday", open(date(2026, 11, 24)), true, true},
		{"due today", open(today), false, true},
		{"due in five days", open(date(2026, 11, 30)), false, true},
		{"due in six days", open(date(2026, 12, 1)), false, false},
		{"due next month", open(date(2026, 12, 25)), false, false},
		{"concluded after its deadline", kiosk.Request{Status: kiosk.StatusConcluded, Deadline: date(2026, 11, 1)}, false, false},
		{"annulled after its deadline", annulled(open(date(2026, 11, 1))), false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Overdue(c.r, today); got != c.overdue {
				t.Errorf("Overdue = %v, want %v", got, c.overdue)
			}
			if got := DueSoon(c.r, today); got != c.dueSoon {
				t.Errorf("DueSoon = %v, want %v", got, c.dueSoon)
			}
		})
	}
}

// Days left count calendar days to the deadline, as terms run; a suspended
// request keeps the days it had when its clock stopped.
func TestDaysLeft(t *testing.T) {
	today := date(2026, 11, 25)
	rome := func(d kiosk.Date, hour int) *time.Time {
		t := time.Date(d.Year, d.Month, d.Day, hour, 0, 0, 0, time.FixedZone("CET", 3600))
		return &t
	}
	cases := []struct {
		name           string
		r              kiosk.Request
		left           int
		overdue, early bool // Overdue, DueSoon
	}{
		{"twelve days", kiosk.Request{Status: kiosk.StatusReceived, Deadline: date(2026, 12, 7)}, 12, false, false},
		{"six days", kiosk.Request{Status: kiosk.StatusAssigned, Deadline: date(2026, 12, 1)}, 6, false, false},
		{"five days", kiosk.Request{Status: kiosk.StatusAssigned, Deadline: date(2026, 11, 30)}, 5, false, true},
		{"tomorrow", kiosk.Request{Status: kiosk.StatusInProgress, Deadline: date(2026, 11, 26)}, 1, false, true},
		{"today", kiosk.Request{Status: kiosk.StatusInProgress, Deadline: today}, 0, false, true},
		{"yesterday", kiosk.Request{Status: kiosk.StatusInProgress, Deadline: date(2026, 11, 24)}, -1, true, true},
		{"across the new year", kiosk.Request{Status: kiosk.StatusReceived, Deadline: date(2027, 1, 4)}, 40, false, false},
		{"across a month, late", kiosk.Request{Status: kiosk.StatusReceived, Deadline: date(2026, 10, 26)}, -30, true, true},
		{"suspended ten days ago with three left: still three", kiosk.Request{Status: kiosk.StatusSuspended,
			Deadline: date(2026, 11, 18), SuspendedSince: rome(date(2026, 11, 15), 9)}, 3, false, true},
		{"suspended past midnight in Rome", kiosk.Request{Status: kiosk.StatusSuspended,
			Deadline: date(2026, 11, 20), SuspendedSince: rome(date(2026, 11, 15), 0)}, 5, false, true},
		{"suspended after its deadline", kiosk.Request{Status: kiosk.StatusSuspended,
			Deadline: date(2026, 11, 10), SuspendedSince: rome(date(2026, 11, 12), 9)}, -2, true, true},
		{"concluded: counted, never overdue", kiosk.Request{Status: kiosk.StatusConcluded, Deadline: date(2026, 11, 20)}, -5, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := DaysLeft(c.r, today); got != c.left {
				t.Errorf("DaysLeft = %d, want %d", got, c.left)
			}
			if got := Overdue(c.r, today); got != c.overdue {
				t.Errorf("Overdue = %v, want %v", got, c.overdue)
			}
			if got := DueSoon(c.r, today); got != c.early {
				t.Errorf("DueSoon = %v, want %v", got, c.early)
			}
		})
	}
}

func TestDueOrder(t *testing.T) {
	rs := []kiosk.Request{
		{Code: "closed", Status: kiosk.StatusConcluded, Deadline: date(2026, 11, 1)},
		{Code: "later", Status: kiosk.StatusReceived, Deadline: date(2026, 12, 20)},
		annulled(kiosk.Request{Code: "annulled", Status: kiosk.StatusReceived, Deadline: date(2026, 10, 1)}),
		{Code: "late", Status: kiosk.StatusInProgress, Deadline: date(2026, 11, 20)},
		{Code: "soon-a", Status: kiosk.StatusReceived, Deadline: date(2026, 11, 28)},
		{Code: "soon-b", Status: kiosk.StatusAssigned, Deadline: date(2026, 11, 28)},
	}
	DueOrder(rs)
	var got []string
	for _, r := range rs {
		got = append(got, r.Code)
	}
	if want := "late soon-a soon-b later annulled closed"; strings.Join(got, " ") != want {
		t.Errorf("order %v, want %s", got, want)
	}
}

func TestMatches(t *testing.T) {
	code, err := ticket.NewCode(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := kiosk.Request{Code: code, Protocol: kiosk.Protocol{Year: 2026, Number: 123}}
	cases := []struct {
		query string
		want  bool
	}{
		{"2026/0000123", true},
		{" 0000123 ", true},
		{"123", true},
		{"2025", false},
		{ticket.Format(code), true},
		{strings.ToLower(code), true},
		{"K7QM-2XHD-9RTA", false},
	}
	for _, c := range cases {
		if got := Matches(r, c.query); got != c.want {
			t.Errorf("Matches(%q) = %v, want %v", c.query, got, c.want)
		}
	}
}

func TestInboxIsInDueOrder(t *testing.T) {
	s, clk, _ := newService(t, time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC))
	first, _ := s.Register(suggestion("prima"))
	clk.t = clk.t.Add(72 * time.Hour)
	second, _ := s.Register(suggestion("seconda"))
	s.SetStatus(first.Code, "mrossi", kiosk.StatusConcluded, kiosk.OutcomeAccepted, "", "")
	page, err := s.InboxPage(kiosk.InboxQuery{Limit: 10}, "")
	if all := page.Requests; err != nil || len(all) != 1 || all[0].Code != second.Code {
		t.Fatalf("the open requests: %v %v", all, err)
	}
	page, err = s.InboxPage(kiosk.InboxQuery{Status: kiosk.StatusConcluded, Limit: 10}, "")
	if all := page.Requests; err != nil || len(all) != 1 || all[0].Code != first.Code {
		t.Fatalf("the concluded: %v %v", all, err)
	}
	got, err := s.Request(first.Code)
	if err != nil || got.Status != kiosk.StatusConcluded || len(got.History) != 2 {
		t.Errorf("request %+v %v", got, err)
	}
	if _, err := s.Request("0000000000000"); kiosk.ErrorCode(err) != kiosk.NotFound {
		t.Errorf("an unknown code: %v", err)
	}
}
