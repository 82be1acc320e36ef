package charter

import (
	"testing"
	"time"

	"sportello/internal/kiosk"
)

// charterContent has a service with a standard in calendar days, one in
// working days, one with a standard and no request, and one with none.
func charterContent() kiosk.Content {
	std := func(days, threshold int, working bool) *kiosk.Standard {
		return &kiosk.Standard{Indicator: kiosk.T("Tempo di risposta", "Response time"), Target: kiosk.Term{Days: days, Working: working}, Threshold: threshold}
	}
	return kiosk.Content{
		Offices: []kiosk.Office{{ID: "viabilita", Name: kiosk.T("Viabilità", "Roads")}, {ID: "urp", Name: kiosk.T("URP", "URP")},
			{ID: "urp-andria", Name: kiosk.T("URP Andria", "URP Andria")}},
		Services: []kiosk.Service{
			{ID: "passo-carrabile", Title: kiosk.T("Passo carrabile", "Driveway"), Office: "viabilita", Standard: std(30, 80, false)},
			{ID: "informazioni", Title: kiosk.T("Informazioni", "Information"), Office: "urp"},
			{ID: "certificato", Title: kiosk.T("Certificato", "Certificate"), Office: "urp", Standard: std(5, 90, true)},
			{ID: "copie", Title: kiosk.T("Copie", "Copies"), Office: "urp", Standard: std(10, 95, false)},
		},
	}
}

// generated are the requests of the first half of 2026 whose figures the
// test computed by hand.
func generated() []kiosk.Request {
	var out []kiosk.Request
	add := func(service, office string, r kiosk.Request) {
		r.Service, r.Office = service, office
		out = append(out, r)
	}
	jan12 := at("2026-01-12", 9)
	// Passo carrabile at its office: 10 decided, calendar days
	// 10 12 15 20 25 28 35 40 45, and 40 with 10 suspended, so 30.
	for _, d := range []int{10, 12, 15, 20, 25, 28, 35, 40, 45} {
		add("passo-carrabile", "viabilita", decided(jan12, jan12.AddDate(0, 0, d).Add(3*time.Hour), 0))
	}
	add("passo-carrabile", "viabilita", decided(jan12, jan12.AddDate(0, 0, 40), 10))
	// Still open: never decided, and decided only after the period.
	undecided := decided(jan12, jan12, 0)
	undecided.History, undecided.Status = undecided.History[:1], kiosk.StatusReceived
	add("passo-carrabile", "viabilita", undecided)
	add("passo-carrabile", "viabilita", decided(at("2026-06-20", 9), at("2026-07-30", 9), 0))
	// Annulled: left out.
	annulled := decided(jan12, jan12.AddDate(0, 0, 1), 0)
	annulled.Registration = &kiosk.Registration{Annulment: &kiosk.Annulment{Reason: "doppia"}}
	add("passo-carrabile", "viabilita", annulled)
	// At another office, and with no office: the service's own.
	add("passo-carrabile", "urp-andria", decided(jan12, jan12.AddDate(0, 0, 5), 0))
	add("passo-carrabile", "", decided(jan12, jan12.AddDate(0, 0, 30), 0))
	// Certificato, 5 working days: 5 (across 2 June), 6 (Sunday 31 May
	// only off), 6 (3 suspended, 2 and 7 June off), 5 (Easter Sunday and
	// Monday off).
	add("certificato", "urp", decided(at("2026-05-29", 9), at("2026-06-05", 12), 0))
	add("certificato", "urp", decided(at("2026-05-25", 9), at("2026-06-01", 12), 0))
	add("certificato", "urp", decided(at("2026-06-01", 9), at("2026-06-12", 12), 3))
	add("certificato", "urp", decided(at("2026-04-01", 9), at("2026-04-08", 12), 0))
	// No standard, or no such service: not in the charter.
	add("informazioni", "urp", decided(jan12, jan12.AddDate(0, 0, 99), 0))
	add("", "urp", decided(jan12, jan12.AddDate(0, 0, 99), 0))
	return out
}

// The charter report of generated requests gives the figures computed by hand.
func TestBuildGivesTheFiguresComputedByHand(t *testing.T) {
	from, to := kiosk.Date{Year: 2026, Month: 1, Day: 1}, kiosk.Date{Year: 2026, Month: 6, Day: 30}
	rep := Build(charterContent(), from, to, generated())
	want := []Row{
		// 10 12 15 20 25 28 30 30 35 40 45 (with the one of no office):
		// median the 6th, 28; 90th percentile the 10th (ceil 9.9), 40;
		// mean 290/11; 8 of 11 within 30 days, 72.7% < 80%.
		{Service: "passo-carrabile", Office: "viabilita", Handled: 11, Open: 2, Median: 28, P90: 40, Mean: 290.0 / 11, Within: 800.0 / 11, Met: false},
		{Service: "passo-carrabile", Office: "urp-andria", Handled: 1, Median: 5, P90: 5, Mean: 5, Within: 100, Met: true},
		// 5 5 6 6: median 5.5, 90th percentile the 4th, 6; 2 of 4 within, 50% < 90%.
		{Service: "certificato", Office: "urp", Handled: 4, Median: 5.5, P90: 6, Mean: 5.5, Within: 50, Met: false},
		{Service: "copie", Office: "urp"},
	}
	if len(rep.Rows) != len(want) {
		t.Fatalf("%d rows: %+v", len(rep.Rows), rep.Rows)
	}
	for i, w := range want {
		g := rep.Rows[i]
		if g.Service != w.Service || g.Office != w.Office || g.Handled != w.Handled || g.Open != w.Open || g.Median != w.Median ||
			g.P90 != w.P90 || g.Mean != w.Mean || g.Within != w.Within || g.Met != w.Met {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
	if r := rep.Rows[0]; r.Place.It != "Viabilità" || r.ServiceTitle.It != "Passo carrabile" || r.Standard.Threshold != 80 {
		t.Errorf("the first row's names and standard: %+v", r)
	}
	if v := rep.Rows[3].Verdict(); v.It != "nessun caso" || rep.Rows[3].Figure(0, kiosk.Italian) != "—" {
		t.Errorf("a row with no case: %q", v.It)
	}
}
