package appointments_test

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"sportello/internal/appointments"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/mail"
	"sportello/internal/mail/mailtest"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
	"sportello/internal/ticket"
)

func TestTheMailsOfABooking(t *testing.T) {
	c := testdb.Demo(t).Content
	a := appointments.Appointment{Code: "ABCDEFGHJK", Service: "passo-carrabile", Office: "viabilita", Start: rome(3, 10, 20),
		Name: "Anna Esempio", Email: "anna@example.org", Lang: kiosk.Italian}
	english := a
	english.Lang = kiosk.English
	noMail := a
	noMail.Email = ""
	kinds := func(ms []mail.Queued) string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Kind+"@"+m.Due.In(rome(1, 0, 0).Location()).Format("2 15:04")+":"+m.Subject)
		}
		return strings.Join(out, " | ")
	}
	for _, c2 := range []struct {
		name string
		a    appointments.Appointment
		now  time.Time
		want string
	}{
		{"booked days ahead: the confirmation now, the reminder the day before at 9", a, rome(1, 11, 5),
			"conferma@1 11:05:Appuntamento confermato: Passo carrabile su strada provinciale, giovedì 3 dicembre 2026, 10:20 | " +
				"promemoria@2 09:00:Promemoria: domani l'appuntamento, 10:20"},
		{"booked the day before after 9: no reminder", a, rome(2, 9, 1),
			"conferma@2 09:01:Appuntamento confermato: Passo carrabile su strada provinciale, giovedì 3 dicembre 2026, 10:20"},
		{"in English", english, rome(2, 9, 1), "conferma@2 09:01:Appointment confirmed: Driveway onto a provincial road, Thursday 3 December 2026, 10:20"},
		{"no address: no mail", noMail, rome(1, 11, 5), ""},
	} {
		if got := kinds(appointments.MailsFor(c2.a, c, c2.now)); got != c2.want {
			t.Errorf("%s:\n got %s\nwant %s", c2.name, got, c2.want)
		}
	}
}

// A booking's confirmation and reminder reach a local SMTP server; a
// cancelled booking's reminder never goes; a server that does not answer
// leaves the booking standing, and its confirmation, tried again later and later,
// is shown to staff as failed.
func TestAppointmentMailsThroughALocalServer(t *testing.T) {
	s, _, clk := newServices(t)
	db := s.Store.(*store.DB)
	server := mailtest.Start(t)
	settings := kiosk.DefaultSettings()
	settings.Mail = kiosk.MailSettings{Host: server.Host, Port: server.Port, From: "urp@provincia.bt.it"}
	saved := func() (kiosk.Settings, bool, error) { return settings, true, nil }
	s.Mail, s.Settings = db, saved
	sender := mail.Sender{Queue: db, Settings: saved, Now: clk.Now, Log: slog.New(slog.DiscardHandler)}

	kept, err := s.Book(draft(rome(3, 10, 0)))
	if err != nil {
		t.Fatal(err)
	}
	cancelled, err := s.Book(draft(rome(3, 10, 20)))
	if err != nil {
		t.Fatal(err)
	}
	sender.Run()
	if _, err := s.Cancel(cancelled.Code); err != nil {
		t.Fatal(err)
	}
	clk.set(rome(2, 9, 0))
	sender.Run()
	got := server.Messages()
	if len(got) != 3 {
		t.Fatalf("%d messages, want 2 confirmations and 1 reminder", len(got))
	}
	reminder := got[2]
	if reminder.To != "anna@example.org" || reminder.From != "urp@provincia.bt.it" ||
		!strings.Contains(reminder.Body, "Gentile Anna Esempio") || !strings.Contains(reminder.Body, ticket.Format(kept.Code)) ||
		!strings.Contains(reminder.Header.Get("Subject"), "Promemoria") {
		t.Errorf("the reminder: %+v", reminder)
	}

	server.Stop()
	down, err := s.Book(draft(rome(3, 10, 40)))
	if err != nil {
		t.Fatalf("with the mail server down the booking fails: %v", err)
	}
	for range mail.MaxAttempts {
		sender.Run()
		clk.set(clk.Now().Add(5 * time.Hour))
	}
	failed, err := db.FailedMail()
	if err != nil || len(failed) != 1 || failed[0].Ref != down.Code || failed[0].Error == "" || failed[0].Attempts != mail.MaxAttempts {
		t.Fatalf("failed mail %+v (%v)", failed, err)
	}
	if a, err := s.ByCode(down.Code); err != nil || a.Status != appointments.Booked {
		t.Errorf("the booking: %+v (%v)", a, err)
	}
}

// Staff move an appointment: its old slot is free again, the new one taken,
// its reminder says the new time; a slot taken, the same slot or a
// cancelled appointment is refused with a clear message.
func TestStaffMoveAnAppointment(t *testing.T) {
	s, _, clk := newServices(t)
	db := s.Store.(*store.DB)
	settings := kiosk.DefaultSettings()
	settings.Mail = kiosk.MailSettings{Host: "127.0.0.1", Port: 1, From: "urp@provincia.bt.it"}
	s.Mail, s.Settings = db, func() (kiosk.Settings, bool, error) { return settings, true, nil }
	free, err := s.Free("passo-carrabile", kiosk.Date{Year: 2026, Month: 12, Day: 3})
	if err != nil || len(free) < 3 {
		t.Fatalf("%d slots (%v)", len(free), err)
	}
	a, err := s.Book(draft(free[0].Start))
	if err != nil {
		t.Fatal(err)
	}
	for range free[1].Free {
		if _, err := s.Book(draft(free[1].Start)); err != nil {
			t.Fatal(err)
		}
	}
	refusals := []struct {
		name string
		to   time.Time
	}{{"a slot full", free[1].Start}, {"the same slot", free[0].Start}, {"a slot not offered", free[2].Start.Add(7 * time.Minute)}}
	for _, r := range refusals {
		if _, err := s.Move(a.Code, r.to); err == nil || !strings.Contains(kiosk.ErrorMessage(err, kiosk.Italian), "un altro") {
			t.Errorf("moving to %s: %v", r.name, err)
		}
	}
	moved, err := s.Move(a.Code, free[2].Start)
	if err != nil || !moved.Start.Equal(free[2].Start) {
		t.Fatalf("moved: %+v (%v)", moved, err)
	}
	after, _ := s.Free("passo-carrabile", kiosk.Date{Year: 2026, Month: 12, Day: 3})
	left := map[time.Time]int{}
	for _, f := range after {
		left[f.Start] = f.Free
	}
	if left[free[0].Start] != free[0].Free || left[free[2].Start] != free[2].Free-1 {
		t.Errorf("places left: old slot %d of %d, new slot %d of %d", left[free[0].Start], free[0].Free, left[free[2].Start], free[2].Free)
	}
	clk.set(rome(2, 9, 0))
	due, _ := db.ClaimMail(clk.Now(), clk.Now().Add(time.Hour))
	var reminders []string
	for _, m := range due {
		if m.Ref == a.Code && m.Kind == mail.Reminder {
			reminders = append(reminders, m.Subject)
		}
	}
	if want := "Promemoria: domani l'appuntamento, " + i18n.Clock(free[2].Start.In(hours.Rome)); len(reminders) != 1 || reminders[0] != want {
		t.Errorf("the reminders after the move: %q, want one %q", reminders, want)
	}
	if _, err := s.Cancel(a.Code); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Move(a.Code, free[0].Start); err == nil || !strings.Contains(kiosk.ErrorMessage(err, kiosk.Italian), "annullato") {
		t.Errorf("moving a cancelled appointment: %v", err)
	}
}
