package kiosk

import (
	"fmt"
	"time"
)

// The kinds of request a citizen can file.
const (
	KindComplaint         = "reclamo"
	KindDisservice        = "disservizio"
	KindSuggestion        = "suggerimento"
	KindAccessRecords     = "accesso-atti"                 // L. 241/1990
	KindCivicAccessSimple = "accesso-civico-semplice"      // D.lgs 33/2013 art. 5 c. 1
	KindCivicAccessGen    = "accesso-civico-generalizzato" // D.lgs 33/2013 art. 5 c. 2
	KindReview            = "riesame"                      // D.lgs 33/2013 art. 5 c. 7: of a civic access refused or unanswered
)

// DefaultTermDays is the response term of a kind the content does not set.
const DefaultTermDays = 30

// RequestKind is a kind of request, its labels and its response term.
type RequestKind struct {
	ID          string         `yaml:"id"`
	Label       Text           `yaml:"label"`
	Description Text           `yaml:"description,omitempty"`
	TermDays    int            `yaml:"term_days"`
	Class       Classification `yaml:"class,omitempty"` // its class of the titolario; the register's when empty
}

// AnonymousAllowed reports whether a request of this kind may be filed without a name.
func (k RequestKind) AnonymousAllowed() bool {
	return k.ID == KindSuggestion || k.ID == KindDisservice
}

// ReviewKind is the kind of a riesame, which no content needs to list: its
// term is 20 days (art. 5 c. 7 D.lgs 33/2013).
var ReviewKind = RequestKind{ID: KindReview, Label: T("Richiesta di riesame", "Request for review"),
	Description: T("Riesame di un accesso civico negato o senza risposta (art. 5 c. 7 D.lgs 33/2013).",
		"Review of a civic access refused or unanswered (art. 5(7) Decree 33/2013)."), TermDays: 20}

// DefaultRequestKinds returns every kind with its default label and term, in the order offered.
func DefaultRequestKinds() []RequestKind {
	return []RequestKind{
		{ID: KindComplaint, Label: T("Reclamo", "Complaint"),
			Description: T("Segnalare un servizio che non ha funzionato come doveva.", "Tell us a service did not work as it should."), TermDays: DefaultTermDays},
		{ID: KindDisservice, Label: T("Segnalazione di disservizio", "Report of a disservice"),
			Description: T("Segnalare un problema: un guasto, un ritardo, un ostacolo.", "Report a problem: a fault, a delay, an obstacle."), TermDays: DefaultTermDays},
		{ID: KindSuggestion, Label: T("Suggerimento", "Suggestion"),
			Description: T("Proporre un miglioramento.", "Propose an improvement."), TermDays: DefaultTermDays},
		{ID: KindAccessRecords, Label: T("Accesso agli atti", "Access to records"),
			Description: T("Chiedere di vedere o avere copia di documenti che La riguardano (L. 241/1990).", "Ask to see or copy records that concern you (Law 241/1990)."), TermDays: DefaultTermDays},
		{ID: KindCivicAccessSimple, Label: T("Accesso civico semplice", "Simple civic access"),
			Description: T("Chiedere la pubblicazione di un dato che doveva essere pubblicato (D.lgs 33/2013).", "Ask for data that should have been published (Decree 33/2013)."), TermDays: DefaultTermDays},
		{ID: KindCivicAccessGen, Label: T("Accesso civico generalizzato", "General civic access"),
			Description: T("Chiedere dati o documenti dell'amministrazione, senza motivarlo (D.lgs 33/2013).", "Ask for any data or records of the administration, no reason needed (Decree 33/2013)."), TermDays: DefaultTermDays},
	}
}

// Status is where a request stands.
type Status string

// The statuses of a request.
const (
	StatusReceived   Status = "ricevuta"
	StatusAssigned   Status = "assegnata"
	StatusInProgress Status = "in-lavorazione"
	StatusSuspended  Status = "sospesa" // the clock stops
	StatusConcluded  Status = "conclusa"
	StatusArchived   Status = "archiviata"
)

// Request is what a citizen filed. Name, Email, Phone and Text are personal:
// only staff see them.
type Request struct {
	ID             int64
	Protocol       Protocol
	Code           string // the tracking code, canonical: 13 characters, no dashes
	Kind           string
	Office         string
	Service        string
	Text           string
	Name           string
	Email          string
	Phone          string
	Lang           Lang
	Registered     time.Time
	TermDays       int
	SuspendedDays  int        // days spent suspended so far, added to the term
	SuspendedSince *time.Time // set while suspended
	Deadline       Date
	Status         Status
	Outcome        Outcome
	History        []StatusEvent // oldest first
	Emergency      string        // the emergency-register number, when it was filed during an outage
	EmergencyAt    time.Time     // when the emergency register took it
	// The clocks of an access request (see internal/requests, clock.go).
	CounterNotified *time.Time // when the counter-interested parties were told; nil: never
	ReleaseAfter    Date       // granted over an opposition: the first day the documents may go out
	ReviewOf        string     // a riesame: the tracking code of the request it reviews
	// What the access register publishes beside the registration's subject:
	// staff's short public summary and why access was refused or deferred.
	AccessSummary, AccessReason string
	// Registration is what the protocol register holds of it; nil while it
	// waits in the emergency register for its ordinary number.
	Registration *Registration
}

// Annulment is how its registration was annulled (art. 54); nil while it stands.
func (r Request) Annulment() *Annulment {
	if r.Registration == nil {
		return nil
	}
	return r.Registration.Annulment
}

// Open reports whether the request still waits for an answer: neither
// closed nor annulled in the register.
func (r Request) Open() bool { return !r.Status.Closed() && r.Annulment() == nil }

// Anonymous reports whether the request carries no name.
func (r Request) Anonymous() bool { return r.Name == "" }

// Protocol is a number in the yearly register: 2026/0000123, or
// URP-2026/0000123 in a registrazione particolare whose code is URP.
type Protocol struct {
	Prefix string // the register's code when it goes before the number
	Year   int
	Number int
}

// String writes the number with at least 7 digits (DPR 445/2000 art. 57).
func (p Protocol) String() string {
	s := fmt.Sprintf("%d/%07d", p.Year, p.Number)
	if p.Prefix != "" {
		s = p.Prefix + "-" + s
	}
	return s
}

// Provisional reports whether the request waits for its ordinary number: a
// kiosk registered it in its emergency register while the central database
// did not answer.
func (p Protocol) Provisional() bool { return p.Number == 0 }

// ProtocolLabel is the request's number as a citizen reads it: the ordinary
// number, with the emergency number it was first given, if any.
func (r Request) ProtocolLabel() Text {
	switch {
	case r.Protocol.Provisional() && r.Emergency != "":
		return T("Registro di emergenza n. "+r.Emergency, "Emergency register no. "+r.Emergency)
	case r.Protocol.Provisional():
		return T("in arrivo (il codice funziona già)", "to follow (the code works already)")
	case r.Emergency != "":
		return T(r.Protocol.String()+", registrata in emergenza come "+r.Emergency,
			r.Protocol.String()+", filed in the emergency register as "+r.Emergency)
	}
	return T(r.Protocol.String(), r.Protocol.String())
}

// StatusEvent is a change of status, with the note the citizen may read and
// the note only staff read.
type StatusEvent struct {
	Clock        ClockChange // "" for a plain change of status
	Status       Status
	Outcome      Outcome
	PublicNote   string
	InternalNote string
	At           time.Time
}

// ClockChange is a change to an access request's legal clock that an event
// records, with its public note, beside the changes of status.
type ClockChange string

// The clock changes.
const (
	ClockCounterNotified ClockChange = "controinteressati" // the term stops for 10 days
	ClockRelease         ClockChange = "rilascio"          // granted over an opposition: released from a date
	ClockReview          ClockChange = "riesame"           // a riesame of it was filed
)

// RequestStore keeps requests and the protocol register.
type RequestStore interface {
	// CreateRequest gives r the next protocol number and stores it with its
	// registration reg, whose document doc writes once the number is known,
	// atomically.
	CreateRequest(r *Request, reg Registration, doc DocumentFunc) error
	// RequestByCode returns the request with a canonical tracking code, with its history.
	RequestByCode(code string) (Request, error)
	// UpdateRequest applies change to the stored request in one transaction,
	// and records it in the audit log as done by who.
	UpdateRequest(code, who string, change func(*Request) error) error
	// Requests returns every request, newest first.
	Requests() ([]Request, error)
	// RequestsPage returns the page of the staff inbox q selects, in its order.
	RequestsPage(q InboxQuery) (InboxPage, error)
	// RequestsBetween returns the requests registered from from (included)
	// to to (excluded), oldest first, each with its history.
	RequestsBetween(from, to time.Time) ([]Request, error)
	// AddReply registers a reply as outgoing, with the registration and the
	// letter that registration returns for the request as stored, and the
	// status change, atomically.
	AddReply(code, who string, reply *Reply, change func(*Request) error, registration func(Request) (Registration, DocumentFunc)) error
	// ErasePersonal blanks the personal data of requests closed before cutoff.
	ErasePersonal(cutoff time.Time, who string) (int, error)
}

// Reply is a written answer to a request, registered as outgoing.
type Reply struct {
	Protocol Protocol
	Text     string
	At       time.Time
	Who      string
}
