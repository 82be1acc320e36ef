package report

import (
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/ratings"
	"sportello/internal/store/testdb"
)

// Staff read the report of a period through the ratings service alone.
func TestReportOverTheRatingsService(t *testing.T) {
	db := testdb.Open(t)
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	c := kiosk.Content{Ratings: kiosk.DefaultRatingRules}
	svc := &ratings.Service{Store: db, Content: func() (kiosk.Content, error) { return c, nil }, Now: func() time.Time { return now }}
	for _, v := range []int{3, 1} {
		if _, _, err := svc.Rate(kiosk.Rating{Office: "urp", Scale: 3, Value: v}); err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Minute)
	}
	rep, err := Ratings(svc, LastDays(kiosk.DateOf(now), Periods[0]))
	if err != nil || rep.Total != 2 || rep.Satisfied != 50 {
		t.Errorf("report %+v %v", rep, err)
	}
	if _, err := Ratings(svc, kiosk.RatingQuery{From: kiosk.DateOf(now), To: kiosk.DateOf(now).AddDays(-1)}); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("a period that ends before it starts: %v", err)
	}
}
