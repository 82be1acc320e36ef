package content

import (
	"fmt"
	"regexp"
)

var letterPattern = regexp.MustCompile(`^[A-Z]$`)

// queue checks the desk queue: each line a capital letter of its own and a
// name, each desk an id, a name and lines that exist; and the services'
// appointments: a length and a line that exists.
func (k *checker) queue(offices map[string]bool) {
	q := k.c.Queue
	letters := map[string]bool{}
	for i, l := range q.Lines {
		p := fmt.Sprintf("queue.lines[%d]", i)
		switch {
		case !letterPattern.MatchString(l.Letter):
			k.add(p+".letter", "la lettera di una coda è una sola maiuscola, per esempio «A»: non «%s»", "a line's letter is one capital, for example «A»: not «%s»", l.Letter)
		case letters[l.Letter]:
			k.add(p+".letter", "la lettera «%s» è già usata da un'altra coda", "the letter «%s» is already used by another line", l.Letter)
		default:
			letters[l.Letter] = true
		}
		k.requiredText(p+".name", l.Name)
		k.ref(p+".office", l.Office, "offices", offices)
	}
	k.ids("queue.desks", len(q.Desks), func(i int) string { return q.Desks[i].ID })
	for i, d := range q.Desks {
		p := fmt.Sprintf("queue.desks[%d]", i)
		k.requiredText(p+".name", d.Name)
		k.ref(p+".office", d.Office, "offices", offices)
		if len(d.Lines) == 0 {
			k.missing(p + ".lines")
		}
		for j, l := range d.Lines {
			k.ref(fmt.Sprintf("%s.lines[%d]", p, j), l, "queue.lines", letters)
		}
	}
	for i, sv := range k.c.Services {
		if b := sv.Booking; b != nil {
			p := fmt.Sprintf("services[%d].appointments", i)
			if b.Minutes < 5 || b.Minutes > 480 {
				k.add(p+".minutes", "un appuntamento dura da 5 a 480 minuti: non %d", "an appointment lasts 5 to 480 minutes: not %d", b.Minutes)
			}
			if b.Places < 0 || b.Days < 0 {
				k.add(p, "posti e giorni non possono essere negativi", "places and days cannot be negative")
			}
			k.ref(p+".line", b.Line, "queue.lines", letters)
		}
	}
	for i, n := range k.c.Notices {
		if su := n.Signups; su != nil {
			p := fmt.Sprintf("notices[%d].signups", i)
			switch {
			case n.Kind != "evento":
				k.add(p, "solo un avviso di tipo «evento» prende iscrizioni", "only a notice of kind «evento» takes sign-ups")
			case su.Seats < 1:
				k.add(p+".seats", "un evento con iscrizioni ha almeno un posto", "an event with sign-ups has at least one seat")
			case su.Deadline.IsZero():
				k.missing(p + ".deadline")
			case !n.To.IsZero() && n.To.Before(su.Deadline):
				k.add(p+".deadline", "le iscrizioni chiudono dopo la fine dell'evento", "sign-ups close after the event ends")
			}
		}
	}
	if q.AgingMinutes < 0 || q.MisuseSeconds < 0 {
		k.add("queue", "i minuti e i secondi della coda non possono essere negativi", "the queue's minutes and seconds cannot be negative")
	}
}
