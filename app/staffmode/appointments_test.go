package staffmode

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/appointments"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// An operator books an appointment on a citizen's behalf, prints its
// confirmation, moves it to another time and cancels it, from the day's
// list; each slot taken and given back as the citizens' bookings see it.
func TestStaffBookMoveAndCancelAnAppointment(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin")
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	test.Tap(u.staff.menu["appointments"])
	a := u.staff.appts
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "mercoledì 25 novembre 2026") || !strings.Contains(shown, "Nessun appuntamento") {
		t.Fatalf("today's list:\n%s", shown)
	}
	test.Tap(a.add)
	test.Tap(kittest.FindRow(t, u.Shell, "Passo carrabile su strada provinciale"))
	b := a.booking
	if len(b.days) == 0 {
		t.Fatalf("no days offered:\n%s", kittest.VisibleText(u.Body))
	}
	test.Tap(b.days["2026-11-26"])
	first := b.times["9:00"]
	if first == nil {
		t.Fatalf("the times of Thursday:\n%s", kittest.VisibleText(u.Body))
	}
	test.Tap(first)
	test.Type(b.fields["staff.appt.who"], "Anna Esempio")
	test.Type(b.fields["request.contact.email"], "anna@example")
	test.Tap(b.book)
	kittest.Eventually(t, func() bool { return strings.Contains(kittest.VisibleText(u.Body), "informativa") })
	test.Type(b.fields["request.contact.email"], ".org")
	test.Tap(kittest.FindButton(t, u.Shell, "Informativa sulla privacy data al cittadino"))
	test.Tap(b.book)
	kittest.Eventually(t, func() bool { return strings.Contains(kittest.VisibleText(u.Body), "Prenotato per Anna Esempio") })
	booked := onlyAppointment(t, a)
	if got := hours.Today(booked.Start).String() + " " + booked.Start.In(hours.Rome).Format("15:04"); got != "2026-11-26 09:00" || booked.Email != "anna@example.org" {
		t.Fatalf("booked %s for %q", got, booked.Email)
	}

	test.Tap(a.rows[booked.Code])
	test.Tap(a.print)
	kittest.Eventually(t, func() bool { return len(u.fake.Printed()) == 1 })
	test.Tap(a.move)
	test.Tap(a.booking.days["2026-11-26"])
	if a.booking.times["9:00"] != nil {
		t.Error("the appointment's own slot is offered as free: its one place is taken")
	}
	test.Tap(a.booking.times["9:20"])
	kittest.Eventually(t, func() bool { return strings.Contains(kittest.VisibleText(u.Body), "Appuntamento spostato") })
	if moved := onlyAppointment(t, a); moved.Start.In(hours.Rome).Format("15:04") != "09:20" {
		t.Errorf("moved to %v", moved.Start)
	}

	test.Tap(a.rows[booked.Code])
	test.Tap(a.cancel)
	test.Tap(kittest.FindButton(t, u.Shell, "Sì, annulla"))
	kittest.Eventually(t, func() bool { return strings.Contains(kittest.VisibleText(u.Body), "Appuntamento annullato") })
	if c := onlyAppointment(t, a); c.Status != appointments.Cancelled || !strings.Contains(a.rows[c.Code].Desc, "Annullato") {
		t.Errorf("after the cancellation: %s, row %q", c.Status, a.rows[c.Code].Desc)
	}
}

// onlyAppointment is the one appointment on the list shown.
func onlyAppointment(t *testing.T, a *appointmentsScreen) appointments.Appointment {
	t.Helper()
	if len(a.list) != 1 {
		t.Fatalf("%d appointments listed", len(a.list))
	}
	return a.list[0]
}
