package charter

import (
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

// desk files requests and moves them on a clock the test sets.
type desk struct {
	t   *testing.T
	svc *requests.Service
	now time.Time
}

// file registers a disservice about service at reg, suspends it for
// suspended days the day after, and concludes it at decision.
func (d *desk) file(service string, reg, decision time.Time, suspended int) {
	d.t.Helper()
	d.now = reg
	r, err := d.svc.Register(requests.Draft{Kind: kiosk.KindDisservice, Office: "viabilita", Service: service, Text: "Cantiere fermo", PrivacyAccepted: true})
	if err != nil {
		d.t.Fatal(err)
	}
	type step struct {
		at      time.Time
		to      kiosk.Status
		outcome kiosk.Outcome
	}
	steps := []step{{reg.Add(time.Hour), kiosk.StatusInProgress, ""}}
	if suspended > 0 {
		stop := reg.AddDate(0, 0, 1)
		steps = append(steps, step{stop, kiosk.StatusSuspended, ""}, step{stop.AddDate(0, 0, suspended), kiosk.StatusInProgress, ""})
	}
	for _, s := range append(steps, step{decision, kiosk.StatusConcluded, kiosk.OutcomeAccepted}) {
		d.now = s.at
		if _, err := d.svc.SetStatus(r.Code, "test", s.to, s.outcome, "", ""); err != nil {
			d.t.Fatal(err)
		}
	}
}

// withStandard is what the content of db gives, with a standard of 30 days
// in 90% of cases for the driveway permit alone.
func withStandard(db *store.DB) func() (kiosk.Content, error) {
	return func() (kiosk.Content, error) {
		c, err := db.Content()
		for i := range c.Services {
			c.Services[i].Standard = nil
			if c.Services[i].ID == "passo-carrabile" {
				c.Services[i].Standard = &kiosk.Standard{Indicator: kiosk.T("Tempo di risposta", "Response time"), Target: kiosk.Term{Days: 30}, Threshold: 90}
			}
		}
		return c, err
	}
}

// rate stores ratings of the driveway permit on scale 3: values at viabilita, and one at another office.
func rate(t *testing.T, db *store.DB, values ...int) {
	ratings := []kiosk.Rating{{Office: "urp-andria", Service: "passo-carrabile", Value: 1}}
	for _, v := range values {
		ratings = append(ratings, kiosk.Rating{Office: "viabilita", Service: "passo-carrabile", Value: v})
	}
	for _, r := range ratings {
		r.Scale, r.At = 3, at("2026-05-04", 10)
		if _, err := db.AddRating(&r); err != nil {
			t.Fatal(err)
		}
	}
}

// The service reads the period's requests and ratings from the store: the
// report and the citizen's line give the figures computed by hand.
func TestServiceOverTheStore(t *testing.T) {
	db := testdb.WithDemo(t)
	contentOf := withStandard(db)
	d := &desk{t: t}
	d.svc = &requests.Service{Store: db, Content: contentOf, Now: func() time.Time { return d.now }}
	d.file("passo-carrabile", at("2025-11-02", 9), at("2025-11-04", 9), 0) // more than 12 months before the end
	// 20 in 2026: 14 take 10 days, 4 take 20, one 40, one 45 of which 15 suspended (30).
	reg := at("2026-03-02", 9)
	for i := range 20 {
		days, suspended := 10, 0
		switch {
		case i >= 14 && i < 18:
			days = 20
		case i == 18:
			days = 40
		case i == 19:
			days, suspended = 45, 15
		}
		d.file("passo-carrabile", reg.AddDate(0, 0, i), reg.AddDate(0, 0, i+days), suspended)
	}
	rate(t, db, 3, 3, 2, 1)
	s := &Service{Requests: db, Ratings: db, Content: contentOf, Now: func() time.Time { return at("2026-11-25", 10) }}
	rep, err := s.Report(kiosk.Date{Year: 2026, Month: 1, Day: 1}, kiosk.Date{Year: 2026, Month: 11, Day: 25})
	if err != nil || len(rep.Rows) != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
	// Sorted: 10 ×14, 20 ×4, 30, 40: median 10, 90th percentile the 18th, 20;
	// 19 of 20 within 30 days, 95% ≥ 90%; score (100+100+50+0)/4.
	if r := rep.Rows[0]; r.Handled != 20 || r.Open != 0 || r.Median != 10 || r.P90 != 20 || r.Mean != 14.5 || r.Within != 95 || !r.Met ||
		r.Ratings != 4 || r.Score != 62.5 {
		t.Errorf("row %+v", r)
	}
	m, err := s.Measure("passo-carrabile")
	if err != nil || !m.Meaningful() || m.Handled != 20 || m.Mean != 14.5 || m.Within != 95 || m.Standard.Target.Days != 30 {
		t.Errorf("measure %+v %v", m, err)
	}
	if m, err := s.Measure("accesso-atti"); err != nil || m.Standard != nil || m.Meaningful() {
		t.Errorf("a service with no standard: %+v %v", m, err)
	}
	s.Now = func() time.Time { return at("2027-03-12", 10) } // the last 12 months now start on 13 March 2026: 9 remain
	if m, err := s.Measure("passo-carrabile"); err != nil || m.Meaningful() || m.Handled != 9 {
		t.Errorf("fewer than %d cases: %+v %v", MinCases, m, err)
	}
	if _, err := s.Report(kiosk.Date{Year: 2026, Month: 2, Day: 1}, kiosk.Date{Year: 2026, Month: 1, Day: 1}); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("a period that ends before it starts: %v", err)
	}
}
