package store_test

import (
	"fmt"
	"testing"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/report"
	"sportello/internal/store"
	"sportello/internal/store/storebench"
)

// atSizes runs bench over a database of each of storebench.Sizes requests
// and ratings, as sub-benchmarks named requests=N.
func atSizes(b *testing.B, bench func(b *testing.B, db *store.DB, n int)) {
	for _, n := range storebench.Sizes {
		b.Run(fmt.Sprintf("requests=%d", n), func(b *testing.B) {
			db, err := store.Open(storebench.SQLite(b, n))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			b.ResetTimer()
			bench(b, db, n)
		})
	}
}

// BenchmarkInboxFirstPage reads the staff inbox's first page of 50 open requests.
func BenchmarkInboxFirstPage(b *testing.B) {
	atSizes(b, func(b *testing.B, db *store.DB, _ int) {
		for b.Loop() {
			page, err := db.RequestsPage(kiosk.InboxQuery{Limit: 50})
			if err != nil || len(page.Requests) != 50 || !page.More {
				b.Fatalf("%d requests, more %v: %v", len(page.Requests), page.More, err)
			}
		}
	})
}

// BenchmarkInboxCode finds a request in the inbox by the tracking code typed.
func BenchmarkInboxCode(b *testing.B) {
	atSizes(b, func(b *testing.B, db *store.DB, n int) {
		codes := sampleCodes(b, db)
		i := 0
		for b.Loop() {
			page, err := db.RequestsPage(kiosk.InboxQuery{Status: kiosk.StatusConcluded, Code: codes[i%len(codes)], Limit: 50})
			if err != nil || len(page.Requests) > 1 {
				b.Fatalf("%d requests: %v", len(page.Requests), err)
			}
			i++
		}
	})
}

// BenchmarkInboxNumber looks for part of a protocol number among the
// concluded requests: a search within text, which reads them all.
func BenchmarkInboxNumber(b *testing.B) {
	atSizes(b, func(b *testing.B, db *store.DB, _ int) {
		for b.Loop() {
			if _, err := db.RequestsPage(kiosk.InboxQuery{Status: kiosk.StatusConcluded, Number: "2026/0000123", Limit: 50}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkStatusLookupAtSize looks a request and its history up by code.
func BenchmarkStatusLookupAtSize(b *testing.B) {
	atSizes(b, func(b *testing.B, db *store.DB, _ int) {
		codes := sampleCodes(b, db)
		i := 0
		for b.Loop() {
			if _, err := db.RequestByCode(codes[i%len(codes)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkRegisterDay reads what the daily register of the day before
// the newest holds: 274 registrations.
func BenchmarkRegisterDay(b *testing.B) {
	day := hours.Today(storebench.End).AddDays(-1)
	atSizes(b, func(b *testing.B, db *store.DB, n int) {
		for b.Loop() {
			made, _, err := db.RegisterDay(day)
			if err != nil || len(made) < min(n, 200) {
				b.Fatalf("%d registrations: %v", len(made), err)
			}
		}
	})
}

// BenchmarkYearReport builds the satisfaction report of the last 365 days.
func BenchmarkYearReport(b *testing.B) {
	to := hours.Today(storebench.End)
	q := kiosk.RatingQuery{From: to.AddDays(-364), To: to}
	atSizes(b, func(b *testing.B, db *store.DB, n int) {
		for b.Loop() {
			rep, err := report.Ratings(db, q)
			if err != nil || rep.Total < min(n, 100_000)*9/10 {
				b.Fatalf("report of %d ratings: %v", rep.Total, err)
			}
		}
	})
}

// sampleCodes are the codes of the thousand concluded requests first in
// the inbox's order: the oldest.
func sampleCodes(b *testing.B, db *store.DB) []string {
	b.Helper()
	var codes []string
	for _, r := range mustPage(b, db) {
		codes = append(codes, r.Code)
	}
	return codes
}

// mustPage reads a page of a thousand concluded requests.
func mustPage(b *testing.B, db *store.DB) []kiosk.Request {
	page, err := db.RequestsPage(kiosk.InboxQuery{Status: kiosk.StatusConcluded, Limit: 1000})
	if err != nil || len(page.Requests) == 0 {
		b.Fatalf("sample: %v", err)
	}
	return page.Requests
}
