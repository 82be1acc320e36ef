package store

import (
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/report"
)

// BenchmarkReportOverAMillionRatings builds a year's report over 1,000,000
// ratings from 6 offices, 12 services and 3 kiosks.
func BenchmarkReportOverAMillionRatings(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	tx, err := db.pool.Begin()
	if err != nil {
		b.Fatal(err)
	}
	ins, _ := tx.Prepare(`INSERT INTO ratings (at, day, office_id, service_id, scale, value, reason, comment, kiosk, misuse) VALUES (?,?,?,?,?,?,?,?,?,?)`)
	days, _ := tx.Prepare(`INSERT INTO rating_days (day, office_id, service_id, scale, value, reason, misuse, count) VALUES (?,?,?,?,?,?,?,1) ON CONFLICT DO UPDATE SET count = count + 1`)
	r := rand.New(rand.NewPCG(7, 7))
	start := time.Date(2025, 1, 1, 8, 0, 0, 0, hours.Rome)
	offices := []string{"urp-andria", "urp-barletta", "urp-trani", "viabilita", "ambiente", "scuole"}
	for i := range 1_000_000 {
		at := start.Add(time.Duration(i) * 31 * time.Second) // a year, 8 a.m. to past 5 p.m. and beyond
		office := offices[r.IntN(len(offices))]
		service := office + "-" + string(rune('a'+r.IntN(2)))
		value := 1 + r.IntN(3)
		reason := ""
		if value == 1 {
			reason = kiosk.RatingReasons[r.IntN(len(kiosk.RatingReasons))]
		}
		misuse := r.IntN(50) == 0
		day := hours.Today(at).String()
		ins.Exec(formatTime(at), day, office, service, 3, value, reason, "", "k", misuse)
		if _, err := days.Exec(day, office, service, 3, value, reason, misuse); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	q := kiosk.RatingQuery{From: kiosk.Date{Year: 2025, Month: 1, Day: 1}, To: kiosk.Date{Year: 2025, Month: 12, Day: 31}}
	b.ResetTimer()
	for b.Loop() {
		rep, err := report.Ratings(db, q)
		if err != nil || rep.Total < 900_000 {
			b.Fatalf("report of %d ratings: %v", rep.Total, err)
		}
	}
}
