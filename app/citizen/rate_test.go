package citizen

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

func TestRateAnOfficeNegativelyWithAReason(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionRate])
	f := u.rate
	test.Tap(f.offices["urp-trani"])
	if len(f.faces) != 3 || f.faces[3].Title != "Positivo" || f.faces[1].Title != "Negativo" {
		t.Fatalf("faces %v", f.faces)
	}
	test.Tap(f.faces[1])
	if u.PageTitle.Text != "Ci dice perché?" {
		t.Fatalf("no follow-up after a negative rating: %q", u.PageTitle.Text)
	}
	test.Tap(f.reasons["attesa"])
	test.Type(f.comment, "Un'ora di fila")
	test.Tap(f.send)
	if f.thanked.IsZero() || u.Depth() != 2 {
		t.Fatalf("no thanks: %q", f.problem.Text)
	}
	counts, err := u.db.RatingCounts(kiosk.RatingQuery{From: kiosk.Date{Year: 2026, Month: 11, Day: 1}, To: kiosk.Date{Year: 2026, Month: 11, Day: 30}, Office: "urp-trani"})
	if err != nil || len(counts) != 1 || counts[0].Value != 1 || counts[0].Reason != "attesa" {
		t.Fatalf("stored %+v %v", counts, err)
	}
	kittest.Advance(u.Shell, 4*time.Second)
	if u.Depth() != 2 {
		t.Fatal("left the thanks before 5 s")
	}
	kittest.Advance(u.Shell, time.Second)
	if u.Depth() != 1 || u.home == nil {
		t.Error("not home 5 s after the thanks")
	}
}

func TestRateAServicePositivelyAndMisuse(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionServices])
	test.Tap(u.services.groups["trasporti"])
	test.Tap(kittest.FindRow(t, u.Shell, "Trasporti eccezionali"))
	test.Tap(kittest.FindButton(t, u.Shell, "Valuti questo servizio"))
	test.Tap(u.rate.faces[3])
	kittest.Advance(u.Shell, 6*time.Second) // home again
	test.Tap(u.home.tiles[sectionServices])
	test.Tap(u.services.groups["trasporti"])
	test.Tap(kittest.FindRow(t, u.Shell, "Trasporti eccezionali"))
	test.Tap(kittest.FindButton(t, u.Shell, "Valuti questo servizio"))
	test.Tap(u.rate.faces[2])
	q := kiosk.RatingQuery{From: kiosk.Date{Year: 2026, Month: 11, Day: 1}, To: kiosk.Date{Year: 2026, Month: 11, Day: 30}, Service: "trasporti-eccezionali"}
	counts, _ := u.db.RatingCounts(q)
	if len(counts) != 1 || counts[0].Value != 3 {
		t.Errorf("a rating 6 s after the last must be misuse and left out: %+v", counts)
	}
	q.IncludeMisuse = true
	if counts, _ := u.db.RatingCounts(q); len(counts) != 2 {
		t.Errorf("with misuse: %+v", counts)
	}
}
