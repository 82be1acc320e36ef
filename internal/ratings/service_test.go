package ratings

import (
	"sync"
	"testing"

	"sportello/internal/kiosk"
)

// Staff read and acknowledge alerts, and read the counts of a report,
// through the service alone.
func TestAlertsAndCountsThroughTheService(t *testing.T) {
	s, db, now := newService(t)
	db.AddAlert(&kiosk.Alert{Office: "urp", At: *now, Negative: 7, Window: 20})
	alerts, err := s.Alerts()
	if err != nil || len(alerts) != 1 || alerts[0].Acknowledged != nil {
		t.Fatalf("alerts %+v %v", alerts, err)
	}
	if err := s.Acknowledge(alerts[0].ID, "mario"); err != nil {
		t.Fatal(err)
	}
	if err := s.Acknowledge(alerts[0].ID, "mario"); kiosk.ErrorCode(err) != kiosk.NotFound {
		t.Errorf("acknowledging twice: %v", err)
	}
	if alerts, _ = s.Alerts(); alerts[0].By != "mario" || !alerts[0].Acknowledged.Equal(*now) {
		t.Errorf("acknowledged %+v", alerts[0])
	}
	s.Rate(kiosk.Rating{Office: "urp", Scale: 3, Value: 3})
	day := kiosk.DateOf(*now)
	counts, err := s.RatingCounts(kiosk.RatingQuery{From: day, To: day})
	if err != nil || len(counts) != 1 || counts[0].Count != 1 {
		t.Errorf("counts %+v %v", counts, err)
	}
}

// The kiosk's name may change (an admin's setting) while ratings are filed.
func TestKioskRenamedWhileRating(t *testing.T) {
	s, _, _ := newService(t)
	var wg sync.WaitGroup
	wg.Go(func() {
		for range 20 {
			s.Rate(kiosk.Rating{Office: "urp", Scale: 3, Value: 3})
		}
	})
	s.SetKiosk("ingresso")
	wg.Wait()
	if s.KioskName() != "ingresso" {
		t.Errorf("kiosk %q", s.KioskName())
	}
	r, _, err := s.Rate(kiosk.Rating{Office: "urp", Scale: 3, Value: 3})
	if err != nil || r.Kiosk != "ingresso" {
		t.Errorf("rated at %q: %v", r.Kiosk, err)
	}
}
