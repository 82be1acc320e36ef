package requests

import (
	"testing"
	"time"

	"sportello/internal/ticket"
)

// BenchmarkTicketIssue measures what the kiosk does on confirm: the
// registration transaction with its code, then the QR and the PDF ticket.
func BenchmarkTicketIssue(b *testing.B) {
	s, _, _ := newService(b, time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC))
	c, _ := s.Content()
	d := suggestion("Più sedie nella sala d'attesa")
	b.ResetTimer()
	for b.Loop() {
		r, err := s.Register(d)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ticket.PDF(TicketFor(r, c)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStatusLookup measures a status lookup by code among 10,000 requests.
func BenchmarkStatusLookup(b *testing.B) {
	s, _, _ := newService(b, time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC))
	var codes []string
	for range 10000 {
		r, err := s.Register(suggestion("x"))
		if err != nil {
			b.Fatal(err)
		}
		codes = append(codes, ticket.Format(r.Code))
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := s.Status(codes[i%len(codes)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
