package ratings

import (
	"math"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

func TestScaleRules(t *testing.T) {
	cases := []struct {
		scale, value int
		negative     bool
		score        float64
	}{
		{3, 1, true, 0}, {3, 2, false, 50}, {3, 3, false, 100},
		{4, 1, true, 0}, {4, 2, true, 100.0 / 3}, {4, 3, false, 200.0 / 3}, {4, 4, false, 100},
		{5, 1, true, 0}, {5, 2, true, 25}, {5, 3, false, 50}, {5, 5, false, 100},
	}
	for _, c := range cases {
		if Negative(c.scale, c.value) != c.negative || math.Abs(Score(c.scale, c.value)-c.score) > 1e-9 {
			t.Errorf("%d of %d: negative %v score %v", c.value, c.scale, Negative(c.scale, c.value), Score(c.scale, c.value))
		}
	}
}

func TestCheck(t *testing.T) {
	cases := []struct {
		name string
		r    kiosk.Rating
		ok   bool
	}{
		{"positive", kiosk.Rating{Scale: 3, Value: 3}, true},
		{"negative with reason and comment", kiosk.Rating{Scale: 3, Value: 1, Reason: "attesa", Comment: "Un'ora di fila"}, true},
		{"500 characters", kiosk.Rating{Scale: 5, Value: 2, Comment: strings.Repeat("à", 500)}, true},
		{"501 characters", kiosk.Rating{Scale: 5, Value: 2, Comment: strings.Repeat("à", 501)}, false},
		{"reason after a positive", kiosk.Rating{Scale: 3, Value: 3, Reason: "attesa"}, false},
		{"unknown reason", kiosk.Rating{Scale: 3, Value: 1, Reason: "meteo"}, false},
		{"value off the scale", kiosk.Rating{Scale: 4, Value: 5}, false},
		{"scale of 2", kiosk.Rating{Scale: 2, Value: 1}, false},
	}
	for _, c := range cases {
		if err := Check(c.r); (err == nil) != c.ok {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func newService(t *testing.T) (*Service, *store.DB, *time.Time) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	c := kiosk.Content{Ratings: kiosk.DefaultRatingRules}
	return &Service{Store: db, Content: func() (kiosk.Content, error) { return c, nil },
		Now: func() time.Time { return now }, Kiosk: "atrio"}, db, &now
}

func TestMisuseWithinTenSeconds(t *testing.T) {
	s, _, now := newService(t)
	rate := func(after time.Duration) kiosk.Rating {
		*now = now.Add(after)
		r, _, err := s.Rate(kiosk.Rating{Office: "urp", Scale: 3, Value: 3})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if rate(0).Misuse {
		t.Error("the first rating is misuse")
	}
	if !rate(9 * time.Second).Misuse {
		t.Error("a rating 9 s later is not misuse")
	}
	if rate(10 * time.Second).Misuse {
		t.Error("a rating 10 s after the last is misuse")
	}
}

func TestAlertOverTheLastTwenty(t *testing.T) {
	s, db, now := newService(t)
	rate := func(value int) *kiosk.Alert {
		*now = now.Add(time.Minute)
		_, a, err := s.Rate(kiosk.Rating{Office: "urp", Scale: 3, Value: value})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for range 14 {
		rate(3)
	}
	for range 6 { // 6 of 20 is 30 %: not past it
		if a := rate(1); a != nil {
			t.Fatalf("alert at %d negative of %d", a.Negative, a.Window)
		}
	}
	a := rate(1) // 7 of the last 20: 35 %
	if a == nil || a.Negative != 7 || a.Window != 20 {
		t.Fatalf("no alert at 7 of 20: %+v", a)
	}
	if rate(1) != nil {
		t.Error("a second alert while the first is open")
	}
	if err := db.AcknowledgeAlert(a.ID, "mario", *now); err != nil {
		t.Fatal(err)
	}
	if err := db.AcknowledgeAlert(a.ID, "mario", *now); kiosk.ErrorCode(err) != kiosk.NotFound {
		t.Errorf("acknowledging twice: %v", err)
	}
	if rate(1) == nil {
		t.Error("no new alert after the first was acknowledged")
	}
	alerts, _ := db.Alerts()
	if len(alerts) != 2 || alerts[1].Acknowledged == nil || alerts[1].By != "mario" {
		t.Errorf("alerts %+v", alerts)
	}
}
