package ticket

import (
	"net/url"
	"path"
	"strconv"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// Queue is what a printed queue ticket says, in the citizen's language: no
// personal data.
type Queue struct {
	Lang         kiosk.Lang
	Organization string
	Office       string
	Label        string // A017
	Line         string // what it is for
	Priority     bool
	Ahead        int
	Wait         string // "circa 12 minuti"; "" when not known
	Taken        time.Time
	Link         string // what the QR holds: see QueueLink
}

var queueWords = map[string]kiosk.Text{
	"number":   kiosk.T("Il Suo numero", "Your number"),
	"priority": kiosk.T("con precedenza", "with priority"),
	"ahead":    kiosk.T("Persone prima di Lei:", "People before you:"),
	"wait":     kiosk.T("Attesa stimata:", "Estimated wait:"),
	"taken":    kiosk.T("Preso il", "Taken on"),
	"how": kiosk.T("Il numero compare sullo schermo con lo sportello che La chiama. Con il telefono, inquadri il codice QR per vedere quante persone ha davanti; dopo lo sportello, lo inquadri al totem per valutare il servizio.",
		"The number shows on the screen with the desk that calls you. Scan the QR code with your phone to see how many people are before you; after the desk, scan it at the kiosk to rate the service."),
}

// QueueLink is what a queue ticket's QR holds: the queue page beside the
// status page when a base URL is configured (https://host/stato →
// https://host/coda/TOKEN), otherwise the token alone.
func QueueLink(statusURL, token string) string {
	u, err := url.Parse(statusURL)
	if statusURL == "" || err != nil {
		return token
	}
	u.Path, u.RawQuery = path.Join(path.Dir(u.Path), "coda", token), ""
	return u.String()
}

// QueuePDF renders the 80 mm queue ticket: the number large, what it is
// for, those ahead and the wait, the QR.
func QueuePDF(t Queue) ([]byte, error) {
	return roll(t.Link, func(l *liner) float64 { return queueLayout(l, t) })
}

func queueLayout(l *liner, t Queue) float64 {
	w := func(k string) string { return queueWords[k].In(t.Lang) }
	line := l.line
	line(11, true, 5, t.Organization)
	line(9, false, 4.5, t.Office)
	l.y += 3
	line(10, false, 5, w("number"))
	line(48, true, 20, t.Label)
	line(13, true, 6, t.Line)
	if t.Priority {
		line(10, true, 5, w("priority"))
	}
	l.y += 2
	line(11, false, 5.5, w("ahead")+" "+strconv.Itoa(t.Ahead))
	if t.Wait != "" {
		line(11, false, 5.5, w("wait")+" "+t.Wait)
	}
	taken := t.Taken.In(hours.Rome)
	line(9, false, 4.5, w("taken")+" "+i18n.ShortDate(hours.Today(taken))+" "+i18n.Clock(taken))
	l.qr(qrSize*0.75, 2)
	line(8.5, false, 4, w("how"))
	return l.y
}
