package queue_test

import (
	"strings"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

func TestMedianAndP90(t *testing.T) {
	m := time.Minute
	for _, c := range []struct {
		name        string
		d           []time.Duration
		median, p90 time.Duration
	}{
		{"none", nil, 0, 0},
		{"one", []time.Duration{5 * m}, 5 * m, 5 * m},
		{"two: the mean of both, the longer", []time.Duration{2 * m, m}, 90 * time.Second, 2 * m},
		{"ten: rank 9 of 10", []time.Duration{10 * m, 9 * m, 8 * m, 7 * m, 6 * m, 5 * m, 4 * m, 3 * m, 2 * m, m}, 330 * time.Second, 9 * m},
		{"eleven: rank 10 of 11", []time.Duration{m, m, m, m, m, m, m, m, m, 2 * m, 30 * m}, m, 2 * m},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := queue.Median(c.d); got != c.median {
				t.Errorf("median %v, want %v", got, c.median)
			}
			if got := queue.P90(c.d); got != c.p90 {
				t.Errorf("90th percentile %v, want %v", got, c.p90)
			}
		})
	}
}

// at is 24 November 2026 at hh:mm in Rome.
func at(hh, mm int) time.Time { return time.Date(2026, 11, 24, hh, mm, 0, 0, hours.Rome) }

// ticket is a ticket of line taken at taken (h, m), called by desk at
// called minutes past 9, finished at finished minutes past 9; 0: not yet.
func ticket(line string, taken [2]int, desk string, called, finished int, status queue.Status) queue.Ticket {
	t := queue.Ticket{Day: "2026-11-24", Line: line, Taken: at(taken[0], taken[1]), Desk: desk, Status: status}
	t.Queued = t.Taken
	if called > 0 {
		t.Called = at(9, called)
	}
	if finished > 0 {
		t.Finished = at(9, finished)
	}
	return t
}

var reportQueue = kiosk.Queue{
	Lines: []kiosk.QueueLine{{Letter: "A", Name: kiosk.T("Informazioni", "Information")}, {Letter: "P", Name: kiosk.T("Protocollo", "Registry")},
		{Letter: "R", Name: kiosk.T("Reclami", "Complaints")}},
	Desks: []kiosk.Desk{{ID: "sportello-1", Name: kiosk.T("Sportello 1", "Desk 1"), Lines: []string{"A", "R"}},
		{ID: "sportello-2", Name: kiosk.T("Sportello 2", "Desk 2"), Lines: []string{"A", "P"}}},
}

// worked is a morning worked out by hand (minutes: wait, service):
//
//	A001 9:00 called 9:04 by 1, served 9:10   4, 6
//	A002 9:10 called 9:20 by 2, served 9:22  10, 2
//	A003 9:30 called 9:31 by 1, no-show      1, —
//	A004 10:05 called 10:25 by 1, served 10:40  20, 15
//	A005 10:20 never called               —, —
//	P001 9:15 called 9:23 by 2, moved to R    8, —
//	R001 moved at 9:30 (queued 9:15), called 9:45 by 1, served 10:00  15 (not 30), 15
//	P002 10:00 called 10:03 by 2, served 10:15  3, 12
func worked() []queue.Ticket {
	moved := ticket("R", [2]int{9, 30}, "sportello-1", 45, 60, queue.Served)
	moved.Queued = at(9, 15)
	return []queue.Ticket{
		ticket("A", [2]int{9, 0}, "sportello-1", 4, 10, queue.Served),
		ticket("A", [2]int{9, 10}, "sportello-2", 20, 22, queue.Served),
		ticket("A", [2]int{9, 30}, "sportello-1", 31, 33, queue.NoShow),
		ticket("A", [2]int{10, 5}, "sportello-1", 85, 100, queue.Served),
		ticket("A", [2]int{10, 20}, "", 0, 0, queue.Waiting),
		ticket("P", [2]int{9, 15}, "sportello-2", 23, 30, queue.Transferred),
		moved,
		ticket("P", [2]int{10, 0}, "sportello-2", 63, 75, queue.Served),
	}
}

// figures are a group's wait and service as count, median and 90th
// percentile, in minutes.
type figures struct {
	tickets                   int
	waits                     int
	waitMedian, waitP90       float64
	served                    int
	serviceMedian, serviceP90 float64
}

func (f figures) of(key string) queue.Group {
	mins := func(x float64) time.Duration { return time.Duration(x * float64(time.Minute)) }
	return queue.Group{Key: key, Tickets: f.tickets, Wait: queue.Figures{f.waits, mins(f.waitMedian), mins(f.waitP90)},
		Service: queue.Figures{f.served, mins(f.serviceMedian), mins(f.serviceP90)}}
}

func TestBuildReportByHand(t *testing.T) {
	day := kiosk.Date{Year: 2026, Month: time.November, Day: 24}
	rep := queue.BuildReport(reportQueue, day, day, worked())
	if rep.Taken != 7 || rep.Called != 7 || rep.Served != 5 || rep.NoShow != 1 || rep.Transferred != 1 || rep.Uncalled != 1 {
		t.Errorf("totals %+v", rep)
	}
	check := func(what string, got queue.Group, want queue.Group) {
		t.Helper()
		got.Name = kiosk.Text{}
		if got != want {
			t.Errorf("%s: %+v, want %+v", what, got, want)
		}
	}
	// waits 1 3 4 8 10 15 20: median 8, rank 7 of 7; served 2 6 12 15 15: median 12, rank 5 of 5
	check("all", rep.All, figures{8, 7, 8, 20, 5, 12, 15}.of(""))
	want := map[string]queue.Group{
		"A":           figures{5, 4, 7, 20, 3, 6, 15}.of("A"),              // waits 1 4 10 20; served 2 6 15
		"P":           figures{2, 2, 5.5, 8, 1, 12, 12}.of("P"),            // waits 3 8; served 12
		"R":           figures{1, 1, 15, 15, 1, 15, 15}.of("R"),            // the moved ticket waits from its transfer
		"sportello-1": figures{4, 4, 9.5, 20, 3, 15, 15}.of("sportello-1"), // waits 1 4 15 20; served 6 15 15
		"sportello-2": figures{3, 3, 8, 10, 2, 7, 12}.of("sportello-2"),    // waits 3 8 10; served 2 12
		"09":          figures{5, 5, 8, 15, 3, 6, 15}.of("09"),             // waits 1 4 8 10 15, rank 5 of 5; served 2 6 15
		"10":          figures{3, 2, 11.5, 20, 2, 13.5, 15}.of("10"),       // waits 3 20; served 12 15
	}
	for _, g := range [][]queue.Group{rep.Lines, rep.Desks, rep.Hours} {
		for _, got := range g {
			check(got.Key, got, want[got.Key])
			delete(want, got.Key)
		}
	}
	if len(want) > 0 {
		t.Errorf("no group for %v", want)
	}
	if rep.Lines[0].Name.It != "A Informazioni" || rep.Desks[1].Name.En != "Desk 2" || rep.Hours[0].Name.It != "9:00–10:00" {
		t.Errorf("names %q %q %q", rep.Lines[0].Name, rep.Desks[1].Name, rep.Hours[0].Name)
	}
}

func TestBuildReportEdges(t *testing.T) {
	day := kiosk.Date{Year: 2026, Month: time.November, Day: 24}
	for _, c := range []struct {
		name    string
		tickets []queue.Ticket
		check   func(queue.Report) bool
	}{
		{"no ticket: every line and desk of the content, nothing measured, no hour", nil, func(r queue.Report) bool {
			return len(r.Lines) == 3 && len(r.Desks) == 2 && len(r.Hours) == 0 && r.Lines[2].Wait.Count == 0 && r.All.Tickets == 0
		}},
		{"still at the desk: its wait, not its service", []queue.Ticket{ticket("A", [2]int{9, 0}, "sportello-2", 12, 0, queue.Called)}, func(r queue.Report) bool {
			return r.All.Wait == queue.Figures{1, 12 * time.Minute, 12 * time.Minute} && r.All.Service.Count == 0 && r.Called == 1
		}},
		{"a booked ticket waits from when it was taken, not from its turn", []queue.Ticket{func() queue.Ticket {
			t := ticket("A", [2]int{9, 0}, "sportello-1", 5, 0, queue.Called)
			t.Queued = t.Taken.Add(-12 * time.Hour)
			return t
		}()}, func(r queue.Report) bool {
			return r.All.Wait.Median == 5*time.Minute && r.Taken == 1
		}},
		{"another day is left out", []queue.Ticket{func() queue.Ticket {
			t := ticket("A", [2]int{9, 0}, "", 0, 0, queue.Waiting)
			t.Day = "2026-11-25"
			return t
		}()}, func(r queue.Report) bool {
			return r.All.Tickets == 0 && r.Taken == 0
		}},
		{"a line and a desk gone from the content keep their rows, after the others", []queue.Ticket{
			ticket("Z", [2]int{9, 0}, "vecchio", 5, 6, queue.Served), ticket("B", [2]int{9, 0}, "altro", 5, 6, queue.Served)}, func(r queue.Report) bool {
			return len(r.Lines) == 5 && r.Lines[3].Key == "B" && r.Lines[4].Key == "Z" && r.Lines[4].Name.It == "Z" &&
				len(r.Desks) == 4 && r.Desks[2].Key == "altro" && r.Desks[3].Service.Median == time.Minute
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if r := queue.BuildReport(reportQueue, day, day, c.tickets); !c.check(r) {
				t.Errorf("%+v", r)
			}
		})
	}
}

func TestEncodeReport(t *testing.T) {
	day := kiosk.Date{Year: 2026, Month: time.November, Day: 24}
	rep := queue.BuildReport(reportQueue, day, day, worked())
	b, err := queue.EncodeReport(rep, "Provincia", "csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"periodo;2026-11-24 / 2026-11-24\n", "numeri presi;7\n", "mai chiamati;1\n",
		"totale;Tutte le linee;8;7;8,0;20,0;5;12,0;15,0\n", "linea;P Protocollo;2;2;5,5;8,0;1;12,0;12,0\n",
		"sportello;Sportello 1;4;4;9,5;20,0;3;15,0;15,0\n", "ora di arrivo;10:00–11:00;3;2;11,5;20,0;2;13,5;15,0\n"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the CSV lacks %q:\n%s", want, b)
		}
	}
	empty := queue.BuildReport(reportQueue, day, day, nil)
	if b, _ := queue.EncodeReport(empty, "Provincia", "csv"); !strings.Contains(string(b), "linea;R Reclami;0;0;—;—;0;—;—\n") {
		t.Errorf("a line with nothing measured:\n%s", b)
	}
	p, err := queue.EncodeReport(rep, "Provincia", "pdf")
	if err != nil || !strings.HasPrefix(string(p), "%PDF") {
		t.Errorf("the PDF: %v", err)
	}
	if n := queue.ReportFileName(rep, "pdf"); n != "coda-2026-11-24-2026-11-24.pdf" {
		t.Errorf("file name %q", n)
	}
}

// dayByDay is a store that keeps no period: the report reads it a day at a time.
type dayByDay struct{ queue.Store }

// The service reports the tickets of the period from the store: served,
// no-show, another day left out; at once or a day at a time.
func TestServiceReport(t *testing.T) {
	s, clk := newService(t) // 2 December 2026, 9:00
	take := func(line string) queue.Place {
		t.Helper()
		clk.add(time.Minute) // past the misuse time
		p, err := s.Take(line, false, kiosk.Italian)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	take("A")
	take("P")
	clk.add(5 * time.Minute)
	a, err := s.CallNext("sportello-1") // A001, taken at 9:01, called at 9:07
	if err != nil {
		t.Fatal(err)
	}
	clk.add(3 * time.Minute)
	s.Served(a.ID)
	p, _ := s.CallNext("sportello-2") // P001, taken at 9:02, called at 9:10
	s.NoShow(p.ID)
	clk.add(24 * time.Hour) // the next day: left out
	take("A")
	day := kiosk.Date{Year: 2026, Month: time.December, Day: 2}
	for name, svc := range map[string]*queue.Service{"at once": s, "day by day": {Store: dayByDay{s.Store}, Content: s.Content, Now: s.Now}} {
		rep, err := svc.Report(day.AddDays(-1), day)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Taken != 2 || rep.Served != 1 || rep.NoShow != 1 || rep.All.Wait != (queue.Figures{2, 7 * time.Minute, 8 * time.Minute}) ||
			rep.All.Service != (queue.Figures{1, 3 * time.Minute, 3 * time.Minute}) || rep.Lines[0].Wait.Median != 6*time.Minute {
			t.Errorf("%s: %+v", name, rep)
		}
	}
	if _, err := s.Report(day, day.AddDays(-1)); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("a period that ends before it begins: %v", err)
	}
}
