package charter

import (
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

func TestFigures(t *testing.T) {
	for _, c := range []struct {
		name              string
		days              []int
		median, p90, mean float64
		within            float64 // of a 7-day target
	}{
		{"none", nil, 0, 0, 0, 0},
		{"one", []int{5}, 5, 5, 5, 100},
		{"odd, unsorted", []int{3, 1, 2}, 2, 3, 2, 100},
		{"even: the mean of the middle two", []int{10, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 5.5, 9, 5.5, 70},
		{"nearest rank: the 4th of 4", []int{40, 10, 30, 20}, 25, 40, 25, 0},
		{"the target is within", []int{7, 8}, 7.5, 8, 7.5, 50},
	} {
		t.Run(c.name, func(t *testing.T) {
			if m, p, a, w := Median(c.days), P90(c.days), Mean(c.days), ShareWithin(c.days, 7); m != c.median || p != c.p90 || a != c.mean || w != c.within {
				t.Errorf("median %v p90 %v mean %v within %v; want %v %v %v %v", m, p, a, w, c.median, c.p90, c.mean, c.within)
			}
		})
	}
	for _, c := range []struct {
		share     float64
		threshold int
		met       bool
	}{{95, 95, true}, {94.9, 95, false}, {100, 100, true}, {0, 1, false}} {
		if Met(c.share, c.threshold) != c.met {
			t.Errorf("Met(%v, %d) != %v", c.share, c.threshold, c.met)
		}
	}
}

// at is a time in Rome.
func at(date string, hour int) time.Time {
	d, err := kiosk.ParseDate(date)
	if err != nil {
		panic(err)
	}
	return d.In(hours.Rome).Add(time.Duration(hour) * time.Hour)
}

// decided is a request registered at from and concluded at to, its term
// stopped for suspended days.
func decided(from, to time.Time, suspended int) kiosk.Request {
	return kiosk.Request{Registered: from, SuspendedDays: suspended, Status: kiosk.StatusConcluded, History: []kiosk.StatusEvent{
		{Status: kiosk.StatusReceived, At: from},
		{Status: kiosk.StatusInProgress, At: from.Add(time.Hour)},
		{Status: kiosk.StatusConcluded, Outcome: kiosk.OutcomeAccepted, At: to},
		{Status: kiosk.StatusArchived, At: to.Add(240 * time.Hour)}, // the first close is the decision
	}}
}

func TestDays(t *testing.T) {
	calendar, working := kiosk.Term{Days: 30}, kiosk.Term{Days: 5, Working: true}
	cal := hours.AdministrationCalendar([]kiosk.Closure{{Date: kiosk.Date{Year: 2026, Month: 6, Day: 19}}})
	end := at("2026-06-30", 24)
	open := decided(at("2026-03-02", 9), at("2026-03-20", 9), 0)
	open.History, open.Status = open.History[:2], kiosk.StatusInProgress
	for _, c := range []struct {
		name string
		r    kiosk.Request
		term kiosk.Term
		days int
		ok   bool
	}{
		{"calendar days", decided(at("2026-03-02", 9), at("2026-03-20", 16), 0), calendar, 18, true},
		{"less the days suspended", decided(at("2026-03-02", 9), at("2026-04-01", 11), 10), calendar, 20, true},
		{"Rome's dates: 23:30 UTC is the next day", decided(at("2026-03-02", 24).Add(30*time.Minute), at("2026-03-10", 9), 0), calendar, 7, true},
		{"still open", open, calendar, 0, false},
		{"decided after the end", decided(at("2026-06-20", 9), at("2026-07-01", 9), 0), calendar, 0, false},
		// Fri 29 May to Fri 5 June: Saturday works; Sunday 31 and Tuesday 2 June (Festa della Repubblica) do not.
		{"working days across a holiday", decided(at("2026-05-29", 9), at("2026-06-05", 12), 0), working, 5, true},
		// Mon 1 June to Fri 12 June less 3 days suspended: up to Tue 9 June, 2 and 7 June not working.
		{"working days less the days suspended", decided(at("2026-06-01", 9), at("2026-06-12", 12), 3), working, 6, true},
		// Mon 15 to Mon 22 June, the content's closure on Friday 19 and Sunday 21 not working.
		{"working days: a closure", decided(at("2026-06-15", 9), at("2026-06-22", 12), 0), working, 5, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if days, ok := Days(c.r, c.term, cal, end); days != c.days || ok != c.ok {
				t.Errorf("Days = %d %v; want %d %v", days, ok, c.days, c.ok)
			}
		})
	}
}
