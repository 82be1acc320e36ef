package citizen

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/hours"
	"sportello/internal/ticket"
)

// A citizen books an appointment from a service's page: day, time, reason
// and privacy, name and contact, summary, confirmation with the code; on the
// day, the code at the status screen registers the arrival and gives a
// number ahead of walk-ins.
func TestBookingAnAppointmentAndCheckingIn(t *testing.T) {
	u, _ := newTestUI(t)
	u.Show(u.servicePage("passo-carrabile"))
	test.Tap(kittest.FindButton(t, u.Shell, "Prenoti un appuntamento"))
	f := u.booking
	if f.days["2026-12-08"] != nil || f.days["2026-11-29"] != nil {
		t.Error("the Immacolata or a Sunday is offered") // the office is closed: no time to book
	}
	day := f.days["2026-11-26"] // Thursday
	if day == nil {
		t.Fatalf("no Thursday 26 November among %d days", len(f.days))
	}
	test.Tap(day)
	if len(f.times) == 0 {
		t.Fatalf("no time free on Thursday: %q", f.problem.Text)
	}
	var first string
	for label := range f.times {
		if first == "" || label < first {
			first = label
		}
	}
	test.Tap(f.times[first])
	f.reason.SetText("Rinnovo del passo carrabile")
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "informativa") {
		t.Errorf("going on without the privacy notice: %q", f.problem.Text)
	}
	test.Tap(f.accept)
	test.Tap(f.next)
	f.name.SetText("Anna Esempio")
	f.email.SetText("anna@example.org")
	test.Tap(f.next)
	test.Tap(f.next) // confirm
	a := f.done
	if a.Code == "" || !strings.Contains(kittest.VisibleText(u.Body), ticket.Format(a.Code)) {
		t.Fatalf("not booked: %q\n%s", f.problem.Text, kittest.VisibleText(u.Body))
	}
	if len(u.fake.Printed()) != 1 {
		t.Errorf("%d confirmations printed", len(u.fake.Printed()))
	}

	// The day before, the arrival is refused in words; on the day it is registered.
	test.Tap(u.HomeBtn)
	lookUp := func() {
		test.Tap(u.home.tiles[sectionStatus])
		test.Type(u.status.code, a.Code)
		test.Tap(u.status.search)
	}
	lookUp()
	if shown := kittest.VisibleText(u.status.result); !strings.Contains(shown, "Prenotato") || u.status.checkIn == nil {
		t.Fatalf("the appointment looked up:\n%s", shown)
	}
	test.Tap(u.status.checkIn)
	if !strings.Contains(kittest.VisibleText(u.status.result), "quel giorno") {
		t.Errorf("an arrival the day before:\n%s", kittest.VisibleText(u.status.result))
	}
	kittest.Advance(u.Shell, a.Start.Add(-10*time.Minute).Sub(u.Now()))
	if hours.Today(u.Now()) != hours.Today(a.Start) {
		t.Fatalf("the clock is at %v", u.Now())
	}
	test.Tap(u.HomeBtn)
	lookUp()
	test.Tap(u.status.checkIn)
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "P001") {
		t.Errorf("after the arrival:\n%s", shown)
	}
}
