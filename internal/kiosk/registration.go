package kiosk

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Register says which protocol register the kiosk keeps (DPR 445/2000 art. 53).
type Register struct {
	IPA   string         `yaml:"ipa"`  // the administration's IPA code
	AOO   string         `yaml:"aoo"`  // the AOO's IPA code
	Code  string         `yaml:"code"` // CodiceRegistro
	Mode  string         `yaml:"mode"` // RegisterGeneral or RegisterParticular
	Class Classification `yaml:"class,omitempty"`
}

// The modes of a register: the AOO's general protocol register, or a
// registrazione particolare (art. 53 c.5) whose code goes before every number.
const (
	RegisterGeneral    = "general"
	RegisterParticular = "particular"
)

var registerCode = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,16}$`)

// CheckRegisterCode accepts a CodiceRegistro as AgID's schema does.
func CheckRegisterCode(code string) error {
	if !registerCode.MatchString(code) {
		return Errorf(Invalid, "il codice del registro «%s» deve avere da 1 a 16 tra lettere, cifre, _ . -",
			"the register code «%s» must have 1 to 16 letters, digits, _ . -", code)
	}
	return nil
}

// Prefix is what goes before every number: the register's code for a
// registrazione particolare, nothing for the general register.
func (r Register) Prefix() string {
	if r.Mode == RegisterParticular {
		return r.Code
	}
	return ""
}

// Classification is a class of the administration's titolario.
type Classification struct {
	Code string `yaml:"code"` // "1.8"
	Name string `yaml:"name"` // "Relazioni con il pubblico"
}

// Direction says whether a registration is a document received or sent.
type Direction string

// The directions of a registration.
const (
	Incoming Direction = "in"
	Outgoing Direction = "out"
)

// Anonymous is the sender of a request filed without a name.
const Anonymous = "anonimo"

// Registration is one entry of the protocol register: written once, never
// changed (art. 53); only annulled (art. 54).
type Registration struct {
	Register  Register
	Protocol  Protocol
	Direction Direction
	At        time.Time
	Sender    string
	Recipient string
	Subject   string // oggetto
	Class     Classification
	Document  string // the file name of the document registered
	SHA256    string // its fingerprint, hex
	Emergency string // the emergency-register number it was first given, if any
	// EmergencyAt is when the emergency register took it; zero otherwise.
	EmergencyAt time.Time
	Annulment   *Annulment
}

// Annulment is how and why a registration was annulled (art. 54).
type Annulment struct {
	At     time.Time
	Who    string
	Reason string
	Act    string // the authorising act: "disposizione del responsabile n. 12 del 03/12/2026"
}

// Annulled reports whether the registration was annulled.
func (r Registration) Annulled() bool { return r.Annulment != nil }

// Segnatura is the stamp of art. 55: administration, AOO, register, number
// and date, e.g. "p_demo · AOO_URP · PG · 2026/0000123 del 01/12/2026".
func (r Registration) Segnatura(rome *time.Location) string {
	return fmt.Sprintf("%s · %s · %s · %s del %s", r.Register.IPA, r.Register.AOO, r.Register.Code,
		r.Protocol, r.At.In(rome).Format("02/01/2006"))
}

// DocumentFunc writes the document a registration registers, once its
// number and time are known: the request itself, or the reply letter. It
// returns the document's file name and content.
type DocumentFunc func(Registration) (name string, data []byte, err error)

// Annul is an admin's request to annul a registration.
type Annul struct {
	Protocol Protocol
	Who      string
	Reason   string
	Act      string
	At       time.Time
}

// CheckAnnul accepts an annulment that gives a reason and the authorising act.
func CheckAnnul(a Annul) error {
	switch {
	case a.Protocol.Number < 1:
		return NewError(Invalid, "Indichi il numero di protocollo da annullare (AAAA/NNNNNNN).", "Give the registry number to annul (YYYY/NNNNNNN).")
	case trimmed(a.Reason) == "":
		return NewError(Invalid, "Scriva il motivo dell'annullamento.", "Please write why the registration is annulled.")
	case trimmed(a.Act) == "":
		return NewError(Invalid, "Indichi l'atto che autorizza l'annullamento (es. disposizione del responsabile n. 12 del 03/12/2026).",
			"Give the act that authorises the annulment (e.g. disposizione del responsabile n. 12 del 03/12/2026).")
	}
	return nil
}

// ParseProtocol reads a number written YYYY/NNNNNNN (a register prefix and
// a dash before it are allowed).
func ParseProtocol(s string) (Protocol, error) {
	m := protocolPattern.FindStringSubmatch(s)
	if m == nil {
		return Protocol{}, Errorf(Invalid, "«%s» non è un numero di protocollo: lo scriva AAAA/NNNNNNN, es. 2026/0000123",
			"«%s» is not a registry number: write it YYYY/NNNNNNN, e.g. 2026/0000123", s)
	}
	var p Protocol
	fmt.Sscanf(m[2], "%d", &p.Year)
	fmt.Sscanf(m[3], "%d", &p.Number)
	p.Prefix = m[1]
	if p.Number < 1 {
		return Protocol{}, Errorf(Invalid, "«%s» non è un numero di protocollo", "«%s» is not a registry number", s)
	}
	return p, nil
}

var protocolPattern = regexp.MustCompile(`^\s*(?:([A-Za-z0-9_.-]{1,16})-)?(\d{4})/(\d{1,9})\s*$`)

func trimmed(s string) string { return strings.TrimSpace(s) }

// DailyRegister is one day's register as delivered to conservation.
type DailyRegister struct {
	Register string // IPA-AOO-CODE
	Day      Date
	File     string // the PDF's file name
	Folder   string // the conservation folder it was written into
	SHA256   string
	First    int // the first and last number registered that day; 0 when none
	Last     int
	Count    int
	Made     time.Time
	MadeBy   string // the machine that made it
}

// Outage is a time the central database did not answer and the kiosk kept
// its emergency register (art. 63): when it began and ended, why, and how
// many registrations it made each day of it.
type Outage struct {
	ID     int64
	Began  time.Time
	Ended  *time.Time // nil while it lasts
	Cause  string
	PerDay map[Date]int
}

// EmergencyAuthorisationAfter is how long an outage may last before the
// responsible officer must authorise the emergency register (art. 63 c.2).
const EmergencyAuthorisationAfter = 24 * time.Hour

// NeedsAuthorisation reports whether the outage has lasted, by now, beyond
// what the law allows without the responsible officer's authorisation.
func (o Outage) NeedsAuthorisation(now time.Time) bool {
	end := now
	if o.Ended != nil {
		end = *o.Ended
	}
	return end.Sub(o.Began) > EmergencyAuthorisationAfter
}

// EmergencyNumber is the number of a kiosk's emergency register, unique in
// the AOO as long as kiosk names are: RE-KIOSKNAME-2026-0000001. The name is
// written in capitals, anything but letters and digits as a dash.
func EmergencyNumber(kiosk string, year, seq int) string {
	name := strings.Trim(nameChars.ReplaceAllString(strings.ToUpper(kiosk), "-"), "-")
	if name == "" {
		name = "CHIOSCO"
	}
	return fmt.Sprintf("RE-%s-%d-%07d", name, year, seq)
}

var nameChars = regexp.MustCompile(`[^A-Z0-9]+`)

// DeliverFunc writes a day's register from the registrations made and
// annulled that day, reading each document through document.
type DeliverFunc func(made, annulled []Registration, document func(Protocol) ([]byte, bool, error)) (DailyRegister, error)
