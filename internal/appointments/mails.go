package appointments

import (
	"fmt"
	"strings"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/mail"
	"sportello/internal/ticket"
)

// Mails are the queue's parts the service uses.
type Mails interface {
	QueueMail(ms ...mail.Queued) error
	DropMail(ref string) error
	// SendAgain puts the messages given up back in the queue, due at now.
	SendAgain(now time.Time) (int, error)
}

// ReminderAt is the hour, the day before, the reminder goes out.
const ReminderAt = 9

// Summary is what a confirmation says of an appointment, printed or
// mailed: the office, the service, when and the code; no personal data.
func Summary(a Appointment, c kiosk.Content) ticket.Booking {
	lang := a.Lang
	b := ticket.Booking{Lang: lang, Organization: c.Organization.Name.In(lang), Code: a.Code, Link: ticket.Link(c.Organization.StatusURL, a.Code)}
	if o, ok := c.Office(a.Office); ok {
		b.Office = o.Name.In(lang)
		if o.Address != "" {
			b.Office += ", " + o.Address
		}
	}
	if s, ok := c.Service(a.Service); ok {
		b.Service = s.Title.In(lang)
	}
	start := a.Start.In(hours.Rome)
	b.When = i18n.LongDate(hours.Today(start), lang) + ", " + i18n.Clock(start)
	return b
}

var mailWords = map[string]kiosk.Text{
	"subject.conferma":   kiosk.T("Appuntamento confermato: %s, %s", "Appointment confirmed: %s, %s"),
	"subject.promemoria": kiosk.T("Promemoria: domani l'appuntamento, %s", "Reminder: your appointment tomorrow, %s"),
	"dear":               kiosk.T("Gentile %s,", "Dear %s,"),
	"conferma":           kiosk.T("il Suo appuntamento è prenotato.", "your appointment is booked."),
	"promemoria":         kiosk.T("Le ricordiamo l'appuntamento di domani.", "a reminder of your appointment tomorrow."),
	"service":            kiosk.T("Servizio", "Service"),
	"office":             kiosk.T("Ufficio", "Office"),
	"when":               kiosk.T("Quando", "When"),
	"code":               kiosk.T("Codice", "Code"),
	"how": kiosk.T("Il giorno dell'appuntamento, da 30 minuti prima, inquadri il codice QR della conferma al totem dell'ufficio, o scriva il codice in «Stato di una pratica»: sarà chiamato prima di chi non ha prenotato. Con lo stesso codice, al totem, può annullare l'appuntamento.",
		"On the day, from 30 minutes before, scan the confirmation's QR code at the office's kiosk, or type the code in «Status of a request»: you are called before those who did not book. The same code, at the kiosk, cancels the appointment."),
	"status": kiosk.T("Stato online: %s", "Status online: %s"),
	"auto":   kiosk.T("Questo messaggio è inviato automaticamente: non risponda a questo indirizzo.", "This message is sent automatically: please do not reply to it."),
}

// MailsFor are the e-mails an appointment booked at now sends when the
// citizen gave an address: the confirmation at once, and the reminder at
// ReminderAt the day before, unless that moment has passed.
func MailsFor(a Appointment, c kiosk.Content, now time.Time) []mail.Queued {
	if a.Email == "" {
		return nil
	}
	out := []mail.Queued{{Ref: a.Code, Kind: mail.Confirmation, Message: mailAbout(a, c, mail.Confirmation), Due: now}}
	day := hours.Today(a.Start.In(hours.Rome)).AddDays(-1).In(hours.Rome)
	if remind := day.Add(ReminderAt * time.Hour); now.Before(remind) {
		out = append(out, mail.Queued{Ref: a.Code, Kind: mail.Reminder, Message: mailAbout(a, c, mail.Reminder), Due: remind})
	}
	return out
}

// mailAbout writes the e-mail of kind about a, in its language.
func mailAbout(a Appointment, c kiosk.Content, kind string) mail.Message {
	b := Summary(a, c)
	w := func(k string) string { return mailWords[k].In(a.Lang) }
	var body strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&body, format+"\n", args...) }
	line(w("dear"), a.Name)
	line("")
	line("%s", w(kind))
	line("")
	line("%s: %s", w("service"), b.Service)
	line("%s: %s", w("office"), b.Office)
	line("%s: %s", w("when"), b.When)
	line("%s: %s", w("code"), ticket.Format(a.Code))
	line("")
	line("%s", w("how"))
	if c.Organization.StatusURL != "" {
		line(w("status"), b.Link)
	}
	line("")
	line("%s", b.Organization)
	line("%s", w("auto"))
	subject := fmt.Sprintf(w("subject."+kind), b.Service, b.When)
	if kind == mail.Reminder {
		subject = fmt.Sprintf(w("subject."+kind), i18n.Clock(a.Start.In(hours.Rome)))
	}
	return mail.Message{To: a.Email, Subject: subject, Body: body.String()}
}
