package requests

import (
	"strings"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// rome is a time of day in Rome.
func rome(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, hours.Rome) }

func day(y int, m time.Month, d int) kiosk.Date { return kiosk.Date{Year: y, Month: m, Day: d} }

func accessDraft(kind string) Draft {
	return Draft{Kind: kind, Office: "urp-andria", Text: "Copia della delibera n. 12", Name: "Anna Esempio",
		Email: "anna@example.org", PrivacyAccepted: true}
}

// The clocks of access requests through their whole life, on a fixed clock,
// every date worked out by hand on the calendar (Sundays, national holidays,
// the demo's closure of 24 December).
func TestAccessClocksThroughTheirLife(t *testing.T) {
	svc, clk, _ := newService(t, rome(2026, 11, 16, 10))
	must := func(r kiosk.Request, err error) kiosk.Request {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	status := func(code string, on time.Time) Public {
		t.Helper()
		clk.t = on
		p, err := svc.Status(code)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}

	// A: access to records, Mon 16 Nov; 30 days: Wed 16 Dec.
	a := must(svc.Register(accessDraft(kiosk.KindAccessRecords)))
	checkDate(t, "A registered", a.Deadline, day(2026, 12, 16))
	// Counter-interested told Fri 20 Nov: the term stops 10 days (to Mon 30
	// Nov), 40 days in all: Sat 26 Dec is Santo Stefano, Sun 27: Mon 28 Dec.
	clk.t = rome(2026, 11, 20, 9)
	a = must(svc.NotifyCounterParties(a.Code, "mario"))
	checkDate(t, "A counter-interested", a.Deadline, day(2026, 12, 28))
	if p := status(a.Code, rome(2026, 11, 25, 9)); p.PauseUntil != day(2026, 11, 30) {
		t.Errorf("A paused until %v, want 2026-11-30", p.PauseUntil)
	}
	if p := status(a.Code, rome(2026, 12, 1, 9)); !p.PauseUntil.IsZero() {
		t.Errorf("A still paused on 1 Dec, until %v", p.PauseUntil)
	}
	if _, err := svc.NotifyCounterParties(a.Code, "mario"); err == nil {
		t.Error("the counter-interested were told twice")
	}
	// Granted Thu 3 Dec over an opposition: released 15 days on, Fri 18 Dec.
	clk.t = rome(2026, 12, 3, 11)
	must(svc.SetStatus(a.Code, "mario", kiosk.StatusConcluded, kiosk.OutcomeAccepted, "", ""))
	a = must(svc.GrantOverOpposition(a.Code, "mario"))
	checkDate(t, "A released", a.ReleaseAfter, day(2026, 12, 18))
	if p := status(a.Code, rome(2026, 12, 4, 9)); p.ReleaseAfter != day(2026, 12, 18) || p.Remedy.It != "" {
		t.Errorf("A's status: release %v, remedy %q", p.ReleaseAfter, p.Remedy.It)
	}

	// B: access to records, Tue 1 Dec; 30 days: Thu 31 Dec (reduced hours, open).
	clk.t = rome(2026, 12, 1, 10)
	b := must(svc.Register(accessDraft(kiosk.KindAccessRecords)))
	checkDate(t, "B registered", b.Deadline, day(2026, 12, 31))
	if p := status(b.Code, rome(2026, 12, 31, 17)); p.Remedy.It != "" {
		t.Errorf("B silent on its last day: %q", p.Remedy.It)
	}
	// Unanswered on Fri 1 Jan: refused by silence; TAR within 30 days of 31
	// Dec: Sat 30 Jan 2027 (Saturdays count).
	p := status(b.Code, rome(2027, 1, 1, 10))
	if !strings.Contains(p.Remedy.It, "si intende respinta") || !strings.Contains(p.Remedy.It, "sabato 30 gennaio 2027") || p.CanReview {
		t.Errorf("B's remedy: %q (review %v)", p.Remedy.It, p.CanReview)
	}

	// C: general civic access, Mon 2 Nov; 30 days: Wed 2 Dec.
	clk.t = rome(2026, 11, 2, 10)
	c := must(svc.Register(accessDraft(kiosk.KindCivicAccessGen)))
	checkDate(t, "C registered", c.Deadline, day(2026, 12, 2))
	// Suspended Thu 5 Nov to Thu 12 Nov, 7 days: 37 days, Wed 9 Dec.
	clk.t = rome(2026, 11, 5, 10)
	must(svc.SetStatus(c.Code, "mario", kiosk.StatusInProgress, "", "", ""))
	must(svc.SetStatus(c.Code, "mario", kiosk.StatusSuspended, "", "In attesa di chiarimenti", ""))
	clk.t = rome(2026, 11, 12, 10)
	c = must(svc.SetStatus(c.Code, "mario", kiosk.StatusInProgress, "", "", ""))
	checkDate(t, "C after its suspension", c.Deadline, day(2026, 12, 9))
	// Refused Mon 16 Nov: a riesame, or the TAR within 30 days: Wed 16 Dec.
	clk.t = rome(2026, 11, 16, 10)
	must(svc.SetStatus(c.Code, "mario", kiosk.StatusConcluded, kiosk.OutcomeRejected, "Dati personali di terzi", ""))
	p = status(c.Code, rome(2026, 11, 17, 10))
	if !p.CanReview || !strings.Contains(p.Remedy.It, "riesame") || !strings.Contains(p.Remedy.It, "mercoledì 16 dicembre 2026") {
		t.Errorf("C's remedy: %q (review %v)", p.Remedy.It, p.CanReview)
	}
	// The riesame, Wed 18 Nov: 20 days, Tue 8 Dec is the Immacolata: Wed 9 Dec.
	clk.t = rome(2026, 11, 18, 10)
	review := must(svc.RequestReview(c.Code, "", Draft{Text: "Chiedo il riesame", PrivacyAccepted: true, Lang: kiosk.Italian}))
	checkDate(t, "C's riesame", review.Deadline, day(2026, 12, 9))
	if review.ReviewOf != c.Code || review.Name != "Anna Esempio" || review.Kind != kiosk.KindReview {
		t.Errorf("the riesame: of %q, name %q, kind %q", review.ReviewOf, review.Name, review.Kind)
	}
	if p := status(c.Code, rome(2026, 11, 19, 10)); p.CanReview || p.History[len(p.History)-1].Clock != kiosk.ClockReview {
		t.Errorf("C after its riesame: review %v, history %+v", p.CanReview, p.History)
	}
	if _, err := svc.RequestReview(c.Code, "", Draft{Text: "Ancora", PrivacyAccepted: true}); err == nil {
		t.Error("a second riesame of the same request was filed")
	}
	// The riesame unanswered on Thu 10 Dec: TAR or difensore civico within
	// 30 days of 9 Dec: Fri 8 Jan 2027.
	p = status(review.Code, rome(2026, 12, 10, 10))
	if !strings.Contains(p.Remedy.It, "difensore civico") || !strings.Contains(p.Remedy.It, "venerdì 8 gennaio 2027") {
		t.Errorf("the riesame's remedy: %q", p.Remedy.It)
	}

	// D: simple civic access, Tue 1 Dec; 30 days: Thu 31 Dec. No
	// counter-interested parties; a riesame only once it is overdue.
	clk.t = rome(2026, 12, 1, 10)
	d := must(svc.Register(accessDraft(kiosk.KindCivicAccessSimple)))
	if _, err := svc.NotifyCounterParties(d.Code, "mario"); err == nil {
		t.Error("simple civic access took counter-interested parties")
	}
	if _, err := svc.RequestReview(d.Code, "", Draft{Text: "Riesame", PrivacyAccepted: true}); err == nil {
		t.Error("a riesame of a civic access within its term")
	}
	clk.t = rome(2027, 1, 1, 10)
	if _, err := svc.RequestReview(d.Code, "", Draft{Text: "Riesame", PrivacyAccepted: true}); err != nil {
		t.Errorf("a riesame of an unanswered civic access: %v", err)
	}
	// A complaint takes no riesame; a riesame needs its request.
	comp := must(svc.Register(Draft{Kind: kiosk.KindComplaint, Text: "Attesa", Name: "A", Email: "a@example.org", PrivacyAccepted: true}))
	if _, err := svc.RequestReview(comp.Code, "", Draft{Text: "Riesame", PrivacyAccepted: true}); err == nil || !strings.Contains(err.Error(), "accesso civico") {
		t.Errorf("a riesame of a complaint: %v", err)
	}
	if _, err := svc.Register(Draft{Kind: kiosk.KindReview, Text: "x", Name: "A", Email: "a@example.org", PrivacyAccepted: true}); err == nil {
		t.Error("a riesame registered without the request it reviews")
	}
}

func checkDate(t *testing.T, what string, got, want kiosk.Date) {
	t.Helper()
	if got != want {
		t.Errorf("%s: %v, want %v", what, got, want)
	}
}

func TestReviewAndRemedyRules(t *testing.T) {
	cal := hours.AdministrationCalendar(nil)
	decided := rome(2026, 11, 16, 10)
	req := func(kind string, status kiosk.Status, outcome kiosk.Outcome) kiosk.Request {
		r := kiosk.Request{Kind: kind, Status: status, Outcome: outcome, Deadline: day(2026, 12, 2),
			History: []kiosk.StatusEvent{{Status: kiosk.StatusReceived}}}
		if status.Closed() {
			r.History = append(r.History, kiosk.StatusEvent{Status: status, Outcome: outcome, At: decided})
		}
		return r
	}
	reviewed := req(kiosk.KindCivicAccessGen, kiosk.StatusConcluded, kiosk.OutcomeRejected)
	reviewed.History = append(reviewed.History, kiosk.StatusEvent{Clock: kiosk.ClockReview})
	within, after := day(2026, 12, 2), day(2026, 12, 3)
	cases := []struct {
		name      string
		r         kiosk.Request
		today     kiosk.Date
		review    bool       // CheckReview accepts it
		remedy    bool       // it has a remedy
		by        kiosk.Date // the remedy's last day
		canReview bool
	}{
		{"civic refused", req(kiosk.KindCivicAccessGen, kiosk.StatusConcluded, kiosk.OutcomeRejected), within, true, true, day(2026, 12, 16), true},
		{"civic partly granted", req(kiosk.KindCivicAccessSimple, kiosk.StatusConcluded, kiosk.OutcomePartial), within, true, true, day(2026, 12, 16), true},
		{"civic deferred", req(kiosk.KindCivicAccessGen, kiosk.StatusConcluded, kiosk.OutcomeDeferred), within, true, true, day(2026, 12, 16), true},
		{"civic granted", req(kiosk.KindCivicAccessGen, kiosk.StatusConcluded, kiosk.OutcomeAccepted), within, false, false, kiosk.Date{}, false},
		{"civic open on its last day", req(kiosk.KindCivicAccessGen, kiosk.StatusInProgress, ""), within, false, false, kiosk.Date{}, false},
		{"civic open the day after", req(kiosk.KindCivicAccessGen, kiosk.StatusInProgress, ""), after, true, true, day(2027, 1, 2), true},
		{"civic already reviewed", reviewed, within, false, true, day(2026, 12, 16), false},
		{"records refused", req(kiosk.KindAccessRecords, kiosk.StatusConcluded, kiosk.OutcomeRejected), within, false, true, day(2026, 12, 16), false},
		{"records silent", req(kiosk.KindAccessRecords, kiosk.StatusReceived, ""), after, false, true, day(2027, 1, 2), false},
		{"complaint overdue", req(kiosk.KindComplaint, kiosk.StatusReceived, ""), after, false, false, kiosk.Date{}, false},
		{"civic archived as a duplicate", req(kiosk.KindCivicAccessGen, kiosk.StatusArchived, kiosk.OutcomeDuplicate), after, false, false, kiosk.Date{}, false},
	}
	for _, c := range cases {
		if err := CheckReview(c.r, c.today); (err == nil) != c.review {
			t.Errorf("%s: CheckReview says %v", c.name, err)
		}
		m, ok := Remedies(c.r, c.today, cal)
		if ok != c.remedy || m.By != c.by || m.Review != c.canReview {
			t.Errorf("%s: remedy %v %+v, want %v by %v review %v", c.name, ok, m, c.remedy, c.by, c.canReview)
		}
	}
}
