package report

import (
	"strings"
	"testing"

	"sportello/internal/kiosk"
)

func TestLastDays(t *testing.T) {
	today := day("2026-03-01")
	cases := []struct {
		days     int
		from, to string
	}{
		{1, "2026-03-01", "2026-03-01"},
		{30, "2026-01-31", "2026-03-01"},
		{90, "2025-12-02", "2026-03-01"},
		{365, "2025-03-02", "2026-03-01"},
	}
	for _, c := range cases {
		q := LastDays(today, c.days)
		if q != (kiosk.RatingQuery{From: day(c.from), To: day(c.to)}) {
			t.Errorf("LastDays(%d) = %s – %s, want %s – %s", c.days, q.From, q.To, c.from, c.to)
		}
	}
	for _, n := range Periods {
		if _, err := Ratings(countsOf(nil), LastDays(today, n)); err != nil {
			t.Errorf("the period of %d days is refused: %v", n, err)
		}
	}
}

// countsOf is a Counter that answers counts whatever the query.
type countsOf []kiosk.RatingCount

func (c countsOf) RatingCounts(kiosk.RatingQuery) ([]kiosk.RatingCount, error) { return c, nil }

func TestEncodeAndFileName(t *testing.T) {
	r := Build(LastDays(day("2026-11-30"), 30), nil)
	for _, c := range []struct{ format, start, name string }{
		{"csv", "sezione;", "valutazioni-2026-11-01-2026-11-30.csv"},
		{"pdf", "%PDF", "valutazioni-2026-11-01-2026-11-30.pdf"},
	} {
		b, err := Encode(r, "URP", c.format)
		if err != nil || !strings.HasPrefix(string(b), c.start) {
			t.Errorf("%s: %.20q %v", c.format, b, err)
		}
		if got := FileName(r, c.format); got != c.name {
			t.Errorf("FileName = %s, want %s", got, c.name)
		}
	}
}
