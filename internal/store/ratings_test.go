package store_test

import (
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/store/testdb"
)

func TestRatingCountsFollowRatings(t *testing.T) {
	db := testdb.Open(t)
	at := time.Date(2026, 11, 24, 23, 30, 0, 0, time.UTC) // already 25 November in Rome
	for _, r := range []kiosk.Rating{
		{Office: "a", Scale: 3, Value: 3, At: at},
		{Office: "a", Scale: 3, Value: 3, At: at},
		{Office: "a", Scale: 3, Value: 1, Reason: "attesa", At: at},
		{Office: "b", Scale: 3, Value: 1, At: at, Misuse: true},
	} {
		if _, err := db.AddRating(&r); err != nil {
			t.Fatal(err)
		}
	}
	day := hours.Today(at)
	counts, err := db.RatingCounts(kiosk.RatingQuery{From: day, To: day})
	if err != nil || len(counts) != 2 || counts[0].Day.String() != "2026-11-25" {
		t.Fatalf("counts %+v %v", counts, err)
	}
	withMisuse, _ := db.RatingCounts(kiosk.RatingQuery{From: day, To: day, IncludeMisuse: true})
	officeB, _ := db.RatingCounts(kiosk.RatingQuery{From: day, To: day, Office: "b", IncludeMisuse: true})
	if len(withMisuse) != 3 || len(officeB) != 1 || officeB[0].Count != 1 {
		t.Errorf("with misuse %+v, office b %+v", withMisuse, officeB)
	}
}
