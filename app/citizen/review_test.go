package citizen

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// A civic access refused: its status says what the citizen may do and by
// when, and offers the riesame, which is filed at the kiosk with the first
// request's contact, never shown.
func TestARefusedCivicAccessOffersItsRiesame(t *testing.T) {
	u, _ := newTestUI(t)
	first := refusedCivicAccess(t, u)
	test.Tap(u.home.tiles[sectionStatus])
	test.Type(u.status.code, first.Code)
	test.Tap(u.status.search)
	shown := kittest.VisibleText(u.status.result)
	// Refused on Wed 25 Nov 2026: the TAR within 30 days, Fri 25 Dec is
	// Christmas, Sat 26 Santo Stefano, Sun 27: Mon 28 Dec.
	if !strings.Contains(shown, "Può chiedere il riesame") || !strings.Contains(shown, "lunedì 28 dicembre 2026") || u.status.review == nil {
		t.Fatalf("the status of a refused civic access:\n%s", shown)
	}
	test.Tap(u.status.review)
	f := u.flow
	if u.PageTitle.Text != "Perché chiede il riesame?" || f.caption.Text != "Passo 1 di 3" {
		t.Fatalf("the riesame opens at %q, %q", u.PageTitle.Text, f.caption.Text)
	}
	f.text.SetText("Chiedo il riesame: i dati di terzi si possono oscurare")
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	summary := kittest.VisibleText(u.Body)
	if !strings.Contains(summary, "Richiesta di riesame") || !strings.Contains(summary, first.Protocol.String()) ||
		!strings.Contains(summary, "Gli stessi della richiesta iniziale") || strings.Contains(summary, "Anna") {
		t.Fatalf("the riesame's summary:\n%s", summary)
	}
	test.Tap(f.next)
	if f.done.Kind != kiosk.KindReview || f.done.ReviewOf != first.Code {
		t.Fatalf("not filed: %+v %q", f.done, f.problem.Text)
	}
	stored, _ := u.db.RequestByCode(f.done.Code)
	if stored.Name != "Anna Esempio" || stored.Deadline != (kiosk.Date{Year: 2026, Month: 12, Day: 15}) { // 25 Nov + 20 days
		t.Errorf("the riesame stored: name %q, deadline %v", stored.Name, stored.Deadline)
	}
	test.Tap(u.HomeBtn)
	test.Tap(u.home.tiles[sectionStatus])
	test.Type(u.status.code, first.Code)
	test.Tap(u.status.search)
	if u.status.review != nil || !strings.Contains(kittest.VisibleText(u.status.result), "Chiesto il riesame") {
		t.Errorf("after the riesame:\n%s", kittest.VisibleText(u.status.result))
	}
}
