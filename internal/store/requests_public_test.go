package store_test

import (
	"reflect"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/store/testdb"
)

// What a citizen sees of a request is the same whether it was read whole or
// only as far as the public view needs: kind, office, number, emergency
// number, clocks, the history in order with its public notes, an annulment.
func TestPublicRequestByCodeGivesThePublicView(t *testing.T) {
	db := testdb.Open(t)
	c := testdb.LoadDemo(t, db)
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	today := kiosk.DateOf(at.AddDate(0, 0, 3))
	cal := hours.AdministrationCalendar(nil)
	var codes []string
	for i, kind := range []string{kiosk.KindSuggestion, requests.AccessKinds[0], kiosk.KindComplaint} {
		r := kiosk.Request{Code: "PUBLIC00000" + string(rune('A'+i)), Kind: kind, Office: "urp", Registered: at, TermDays: 30,
			Status: kiosk.StatusReceived, Deadline: kiosk.DateOf(at).AddDays(30), Name: "Maria Rossi", Email: "m@example.org", Text: "testo",
			History: []kiosk.StatusEvent{{Status: kiosk.StatusReceived, At: at}}}
		if i == 1 {
			r.Emergency, r.EmergencyAt = "EM-2026-0000004", at.Add(-time.Hour)
		}
		if err := db.CreateRequest(&r, kiosk.Registration{Subject: kind}, nil); err != nil {
			t.Fatal(err)
		}
		for day, s := range []kiosk.Status{kiosk.StatusAssigned, kiosk.StatusInProgress} {
			if err := db.UpdateRequest(r.Code, "mrossi", func(r *kiosk.Request) error {
				r.Status = s
				r.History = append(r.History, kiosk.StatusEvent{Status: s, PublicNote: "nota", InternalNote: "riservata", At: at.AddDate(0, 0, day+1)})
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		}
		if i == 2 {
			if _, err := db.Annul(kiosk.Annul{Protocol: r.Protocol, Who: "admin", Reason: "doppia", Act: "det. 1/2026", At: at.AddDate(0, 0, 2)}); err != nil {
				t.Fatal(err)
			}
		}
		codes = append(codes, r.Code)
	}
	for _, code := range codes {
		whole, err := db.RequestByCode(code)
		if err != nil {
			t.Fatal(err)
		}
		public, err := db.PublicRequestByCode(code)
		if err != nil {
			t.Fatal(err)
		}
		want := requests.WithClocks(requests.PublicView(whole, c.Content), whole, today, cal)
		got := requests.WithClocks(requests.PublicView(public, c.Content), public, today, cal)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: public read gives\n%+v\nwhole read gives\n%+v", code, got, want)
		}
		if public.Name != "" || public.Email != "" || public.Text != "" || public.History[1].InternalNote != "" {
			t.Errorf("%s: the public read holds personal data or internal notes: %+v", code, public)
		}
	}
	if _, err := db.PublicRequestByCode("NOSUCHCODE000"); kiosk.ErrorCode(err) != kiosk.NotFound {
		t.Errorf("unknown code: %v", err)
	}
}
