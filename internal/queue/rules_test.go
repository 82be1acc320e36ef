package queue

import (
	"testing"
	"time"
)

var nine = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)

func ticket(id int64, line string, priority bool, minutes int) Ticket {
	at := nine.Add(time.Duration(minutes) * time.Minute)
	return Ticket{ID: id, Line: line, Number: int(id), Priority: priority, Taken: at, Queued: at, Status: Waiting}
}

func TestWhoIsCalledNext(t *testing.T) {
	r := Rules{Aging: 20 * time.Minute}
	done := ticket(9, "A", false, -60)
	done.Status = Served
	cases := []struct {
		name    string
		tickets []Ticket
		lines   []string
		want    int64 // 0: none
	}{
		{"none waits", nil, []string{"A"}, 0},
		{"only served ones", []Ticket{done}, []string{"A"}, 0},
		{"first come first served", []Ticket{ticket(2, "A", false, 5), ticket(1, "A", false, 0)}, []string{"A"}, 1},
		{"priority goes first", []Ticket{ticket(1, "A", false, 0), ticket(2, "A", true, 10)}, []string{"A"}, 2},
		{"an ordinary ticket waited more than the head start", []Ticket{ticket(1, "A", false, 0), ticket(2, "A", true, 25)}, []string{"A"}, 1},
		{"exactly the head start: the older", []Ticket{ticket(1, "A", false, 0), ticket(2, "A", true, 20)}, []string{"A"}, 1},
		{"two priority: first come", []Ticket{ticket(2, "A", true, 5), ticket(1, "A", true, 3)}, []string{"A"}, 1},
		{"a desk serves its lines only", []Ticket{ticket(1, "P", false, 0), ticket(2, "A", false, 5)}, []string{"A"}, 2},
		{"a desk of two lines: across them", []Ticket{ticket(1, "P", false, 0), ticket(2, "A", false, 5)}, []string{"A", "P"}, 1},
		{"a moved ticket keeps its place", []Ticket{ticket(1, "A", false, 10), {ID: 2, Line: "A", Taken: nine.Add(30 * time.Minute), Queued: nine, Status: Waiting}}, []string{"A"}, 2},
	}
	for _, c := range cases {
		var got int64
		if list := r.Candidates(c.tickets, c.lines); len(list) > 0 {
			got = list[0].ID
		}
		if got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// However many priority tickets come, an ordinary one is called once it
// has waited the head start longer than they.
func TestNoTicketWaitsForEver(t *testing.T) {
	r := Rules{Aging: 20 * time.Minute}
	tickets := []Ticket{ticket(1, "A", false, 0)}
	for i := range 50 { // a priority ticket every 2 minutes
		tickets = append(tickets, ticket(int64(i+2), "A", true, 2*i))
	}
	order := r.Order(tickets)
	pos := 0
	for i, o := range order {
		if o.ID == 1 {
			pos = i
		}
	}
	if pos != 10 { // those taken at 0, 2, ... 18 minutes go first; the one of 20 minutes after it
		t.Errorf("the ordinary ticket is called %dth", pos+1)
	}
	if ahead := r.Ahead(tickets, tickets[0]); ahead != 10 {
		t.Errorf("ahead of it: %d", ahead)
	}
}

func TestTheLikelyWait(t *testing.T) {
	m := time.Minute
	cases := []struct {
		ahead, desks int
		durations    []time.Duration
		want         time.Duration
		known        bool
	}{
		{3, 1, nil, 0, false},
		{0, 1, []time.Duration{4 * m}, 0, true},
		{3, 1, []time.Duration{2 * m, 4 * m, 30 * m}, 12 * m, true},
		{3, 2, []time.Duration{2 * m, 4 * m, 6 * m, 30 * m}, 7*m + 30*time.Second, true},
	}
	for _, c := range cases {
		if got, known := Wait(c.ahead, c.durations, c.desks); got != c.want || known != c.known {
			t.Errorf("%d ahead, %d desks, %v: %v %v, want %v", c.ahead, c.desks, c.durations, got, known, c.want)
		}
	}
	if (Ticket{Line: "A", Number: 17}).Label() != "A017" {
		t.Error("the label")
	}
}
