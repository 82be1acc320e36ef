package kiosk

import (
	"fmt"
	"strings"
	"time"
)

// Content is everything a citizen can read at the kiosk. It is loaded from one
// content file and replaced as a whole.
type Content struct {
	Organization Organization  `yaml:"organization"`
	Ratings      RatingRules   `yaml:"ratings"`
	RequestKinds []RequestKind `yaml:"request_kinds,omitempty"`
	Departments  []Department  `yaml:"departments,omitempty"`
	Offices      []Office      `yaml:"offices,omitempty"`
	Closures     []Closure     `yaml:"closures,omitempty"` // for every office
	Categories   []Category    `yaml:"categories,omitempty"`
	Services     []Service     `yaml:"services,omitempty"`
	Forms        []Form        `yaml:"forms,omitempty"`
	Documents    []Document    `yaml:"documents,omitempty"`
	Notices      []Notice      `yaml:"notices,omitempty"`
	Queue        Queue         `yaml:"queue,omitempty"`
}

// Organization is the administration that runs the kiosk and the office it stands for.
type Organization struct {
	Name      Text     `yaml:"name"`            // "Provincia di Barletta-Andria-Trani"
	Office    Text     `yaml:"office"`          // "Ufficio Relazioni con il Pubblico"
	Phone     string   `yaml:"phone,omitempty"` // printed on tickets
	Email     string   `yaml:"email,omitempty"`
	StatusURL string   `yaml:"status_url,omitempty"` // public page a ticket's QR opens; empty: the QR holds the code
	Logo      string   `yaml:"logo,omitempty"`       // coat of arms, a PNG beside the content file
	Demo      bool     `yaml:"demo,omitempty"`       // the content is demonstration data
	Privacy   Privacy  `yaml:"privacy"`
	Register  Register `yaml:"register"` // the protocol register the kiosk keeps
}

// Privacy is the notice (GDPR art. 13) shown before any personal data is taken.
type Privacy struct {
	Short Text `yaml:"short"`
	Full  Text `yaml:"full"`
}

// Department is a part of the administration.
type Department struct {
	ID      string `yaml:"id"`
	Name    Text   `yaml:"name"`
	Head    string `yaml:"head,omitempty"`
	Purpose Text   `yaml:"purpose,omitempty"`
}

// Office is a place where citizens are received.
type Office struct {
	ID         string    `yaml:"id"`
	Department string    `yaml:"department,omitempty"`
	Name       Text      `yaml:"name"`
	Address    string    `yaml:"address"`
	Floor      Text      `yaml:"floor,omitempty"`
	Room       string    `yaml:"room,omitempty"`
	Phones     []string  `yaml:"phones,omitempty"`
	Email      string    `yaml:"email,omitempty"`
	PEC        string    `yaml:"pec,omitempty"`
	Officer    string    `yaml:"officer,omitempty"`
	Directions Text      `yaml:"directions,omitempty"`
	Patron     *Patron   `yaml:"patron,omitempty"`
	Hours      Week      `yaml:"hours"`
	Closures   []Closure `yaml:"closures,omitempty"`
}

// Patron is the feast of the patron saint of an office's town, a local holiday.
type Patron struct {
	Day  MonthDay `yaml:"day"`
	Name Text     `yaml:"name"`
}

// Week is the usual opening hours, several slots a day.
type Week struct {
	Mon []Slot `yaml:"mon,omitempty,flow"`
	Tue []Slot `yaml:"tue,omitempty,flow"`
	Wed []Slot `yaml:"wed,omitempty,flow"`
	Thu []Slot `yaml:"thu,omitempty,flow"`
	Fri []Slot `yaml:"fri,omitempty,flow"`
	Sat []Slot `yaml:"sat,omitempty,flow"`
	Sun []Slot `yaml:"sun,omitempty,flow"`
}

// Day returns the slots of a day of the week.
func (w Week) Day(d time.Weekday) []Slot {
	return [...][]Slot{w.Sun, w.Mon, w.Tue, w.Wed, w.Thu, w.Fri, w.Sat}[d]
}

// Closure is an exception to the usual hours on one day: closed all day when
// Hours is empty, else open only in Hours.
type Closure struct {
	Date   Date   `yaml:"date"`
	Reason Text   `yaml:"reason"`
	Hours  []Slot `yaml:"hours,omitempty,flow"`
}

// Category groups services for browsing.
type Category struct {
	ID   string `yaml:"id"`
	Name Text   `yaml:"name"`
}

// Service is something the administration does for citizens.
type Service struct {
	ID           string   `yaml:"id"`
	Title        Text     `yaml:"title"`
	Summary      Text     `yaml:"summary"`
	Body         Text     `yaml:"body,omitempty"`
	Office       string   `yaml:"office"`
	Category     string   `yaml:"category"`
	Eligible     Text     `yaml:"eligible,omitempty"` // who can ask
	Documents    []Text   `yaml:"documents,omitempty"`
	Fees         Text     `yaml:"fees,omitempty"`
	ResponseDays int      `yaml:"response_days,omitempty"`
	Forms        []string `yaml:"forms,omitempty,flow"`
	// Standard is what the service charter promises of it; nil: nothing.
	Standard *Standard `yaml:"standard,omitempty"`
	// Booking is how it takes appointments; nil: it takes none.
	Booking *Booking `yaml:"appointments,omitempty"`
}

// Form is a form (modulo) a citizen fills in.
type Form struct {
	ID       string `yaml:"id"`
	Title    Text   `yaml:"title"`
	Language Lang   `yaml:"language"`
	File     string `yaml:"file,omitempty"` // a PDF beside the content file
	URL      string `yaml:"url,omitempty"`
}

// DocumentKinds are the kinds of public acts a citizen may consult.
var DocumentKinds = []string{"statuto", "regolamento", "bilancio", "delibera", "determina", "carta-servizi", "altro"}

// Document is a public act a citizen may consult or ask a copy of.
type Document struct {
	ID    string `yaml:"id"`
	Kind  string `yaml:"kind"`
	Title Text   `yaml:"title"`
	Date  Date   `yaml:"date"`
	File  string `yaml:"file,omitempty"`
	URL   string `yaml:"url,omitempty"`
}

// NoticeKinds are the kinds of notices.
var NoticeKinds = []string{"bando", "concorso", "asta", "evento", "avviso"}

// Notice is a call for tenders, a competition, an auction, an event or a notice.
type Notice struct {
	ID    string `yaml:"id"`
	Kind  string `yaml:"kind"`
	Title Text   `yaml:"title"`
	Body  Text   `yaml:"body,omitempty"`
	From  Date   `yaml:"from"`
	To    Date   `yaml:"to,omitempty"`
	URL   string `yaml:"url,omitempty"`
	// Office is the id of the office the notice comes from, "" for none.
	Office string `yaml:"office,omitempty"`
	// Signups is how an event (kind evento) takes sign-ups; nil: none.
	Signups *Signups `yaml:"signups,omitempty"`
}

// Signups is how an event takes sign-ups: its seats, the last day to sign
// up, and who may come.
type Signups struct {
	Seats    int  `yaml:"seats"`
	Deadline Date `yaml:"deadline"`
	Who      Text `yaml:"who,omitempty"` // "aperto a tutti", "per i dipendenti pubblici"
}

// Expired reports whether the notice's last day is before today: it is no
// longer shown, nor found by search.
func (n Notice) Expired(today Date) bool { return !n.To.IsZero() && n.To.Before(today) }

// Upcoming reports whether the notice starts after today.
func (n Notice) Upcoming(today Date) bool { return today.Before(n.From) }

// Office returns the office with id.
func (c *Content) Office(id string) (Office, bool) {
	for _, o := range c.Offices {
		if o.ID == id {
			return o, true
		}
	}
	return Office{}, false
}

// Service returns the service with id.
func (c *Content) Service(id string) (Service, bool) {
	for _, s := range c.Services {
		if s.ID == id {
			return s, true
		}
	}
	return Service{}, false
}

// Kind returns the request kind with id, with the content's term and labels.
func (c *Content) Kind(id string) (RequestKind, bool) {
	for _, k := range c.RequestKinds {
		if k.ID == id {
			return k, true
		}
	}
	if id == KindReview { // every administration takes a riesame, listed or not
		return ReviewKind, true
	}
	return RequestKind{}, false
}

// KindLabel names a kind of request as the content does; a kind the content
// no longer has is named by its id, never left blank.
func (c *Content) KindLabel(id string) Text {
	if k, ok := c.Kind(id); ok {
		return k.Label
	}
	return T(id, id)
}

// ContentStore keeps the content. ReplaceContent swaps it all at once, with
// the files (PDFs, logo) it names keyed by their path in the content, and
// writes change into the audit log in the same transaction.
type ContentStore interface {
	Content() (Content, error)
	ReplaceContent(c Content, files map[string][]byte, change AuditEntry) error
	File(path string) ([]byte, error)
	Files() (map[string][]byte, error)
	HasContent() (bool, error)
}

// RetentionPlaceholder is what a privacy notice writes where the retention
// period goes: the kiosk puts the settings' months there, so the notice a
// citizen accepts and the erasure that runs say the same.
const RetentionPlaceholder = "{conservazione}"

// WithRetention is the notice with the retention period written in, in
// each language: "24 mesi", "2 anni"; "1 anno", "18 months".
func (p Privacy) WithRetention(months int) Privacy {
	it, en := fmt.Sprintf("%d mesi", months), fmt.Sprintf("%d months", months)
	switch {
	case months == 12:
		it, en = "1 anno", "1 year"
	case months%12 == 0:
		it, en = fmt.Sprintf("%d anni", months/12), fmt.Sprintf("%d years", months/12)
	case months == 1:
		it, en = "1 mese", "1 month"
	}
	put := func(t Text) Text {
		return Text{It: strings.ReplaceAll(t.It, RetentionPlaceholder, it), En: strings.ReplaceAll(t.En, RetentionPlaceholder, en)}
	}
	return Privacy{Short: put(p.Short), Full: put(p.Full)}
}
