package ticket

import (
	"sportello/internal/kiosk"
)

// Booking is what a printed appointment confirmation says: no personal data.
type Booking struct {
	Lang         kiosk.Lang
	Organization string
	Office       string // where
	Service      string
	When         string // "giovedì 3 dicembre 2026, 10:20"
	Code         string // canonical
	Link         string // what the QR holds: see Link
}

var bookingWords = map[string]kiosk.Text{
	"title": kiosk.T("Appuntamento prenotato", "Appointment booked"),
	"code":  kiosk.T("Codice dell'appuntamento", "Appointment code"),
	"how": kiosk.T("Il giorno dell'appuntamento, da 30 minuti prima, inquadri il codice QR allo sportello per registrare l'arrivo: sarà chiamato prima di chi non ha prenotato. Con lo stesso codice può annullarlo.",
		"On the day, from 30 minutes before, scan the QR code at the kiosk to register your arrival: you are called before those who did not book. The same code cancels it."),
}

var signupWords = map[string]kiosk.Text{
	"title": kiosk.T("Iscrizione all'evento", "Event sign-up"),
	"code":  kiosk.T("Codice dell'iscrizione", "Sign-up code"),
	"how": kiosk.T("Con questo codice, allo sportello, vede se ha il posto e può annullare l'iscrizione: il posto passa al primo in lista d'attesa.",
		"With this code, at the kiosk, you see whether you have a seat and can cancel: the seat goes to the first on the waiting list."),
}

// BookingPDF renders the 80 mm confirmation of an appointment.
func BookingPDF(b Booking) ([]byte, error) { return confirmation(b, bookingWords) }

// SignupPDF renders the 80 mm confirmation of a sign-up for an event:
// Service is the event, When whether it has a seat.
func SignupPDF(b Booking) ([]byte, error) { return confirmation(b, signupWords) }

// confirmation renders a confirmation in the words given.
func confirmation(b Booking, words map[string]kiosk.Text) ([]byte, error) {
	return roll(b.Link, func(l *liner) float64 { return confirmationLayout(l, b, words) })
}

func confirmationLayout(l *liner, b Booking, words map[string]kiosk.Text) float64 {
	inner := Width - 2*margin
	f, line := l.f, l.line
	w := func(k string) string { return words[k].In(b.Lang) }
	line(11, true, 5, b.Organization)
	l.y += 2
	line(13, true, 6, w("title"))
	line(11, true, 5.5, b.Service)
	line(11, false, 5.5, b.When)
	if b.Office != "" {
		line(10, false, 5, b.Office)
	}
	l.y += 2
	line(9, false, 4.5, w("code"))
	line(fitted(f, Format(b.Code), inner, 20), true, 10, Format(b.Code))
	l.qr(qrSize, 1)
	line(8.5, false, 4, w("how"))
	return l.y
}
