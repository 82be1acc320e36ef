package kiosk

import (
	"fmt"
	"regexp"
	"strconv"
)

// Standard is what the service charter (carta dei servizi) promises of a
// service: an indicator, the term it should keep and the share of cases
// that must keep it, "risposta entro 30 giorni nel 95% dei casi". The
// registrations measure it as the days from registration to a decision.
type Standard struct {
	Indicator Text `yaml:"indicator"` // "Tempo di risposta"
	Target    Term `yaml:"target"`    // "30 giorni", "5 giorni lavorativi"
	Threshold int  `yaml:"threshold"` // percent of the cases within the target, 1-100
}

// Term is a number of days, calendar or working ("lavorativi": neither a
// Sunday nor a holiday nor a closure).
type Term struct {
	Days    int
	Working bool
}

var termPattern = regexp.MustCompile(`^\s*(\d+)\s+giorn[oi](\s+lavorativ[oi])?\s*$`)

// UnmarshalText reads a term as the content writes it: "30 giorni",
// "5 giorni lavorativi", "1 giorno".
func (t *Term) UnmarshalText(b []byte) error {
	m := termPattern.FindSubmatch(b)
	if m == nil {
		return Errorf(Invalid, "«%s» non è un termine: scriva per esempio «30 giorni» o «5 giorni lavorativi»",
			"«%s» is not a term: write for example «30 giorni» or «5 giorni lavorativi»", b)
	}
	days, err := strconv.Atoi(string(m[1]))
	if err != nil {
		return Errorf(Invalid, "«%s» ha troppe cifre", "«%s» has too many digits", b)
	}
	*t = Term{Days: days, Working: len(m[2]) > 0}
	return nil
}

// MarshalText writes the term as UnmarshalText reads it.
func (t Term) MarshalText() ([]byte, error) { return []byte(t.Label().It), nil }

// IsZero reports whether no term is set.
func (t Term) IsZero() bool { return t == Term{} }

// Label is the term in words: "30 giorni", "5 working days", "1 giorno".
func (t Term) Label() Text {
	it, en := "giorni", "days"
	if t.Days == 1 {
		it, en = "giorno", "day"
	}
	if t.Working {
		it, en = it+" lavorativi", "working "+en
		if t.Days == 1 {
			it = "giorno lavorativo"
		}
	}
	return T(fmt.Sprintf("%d %s", t.Days, it), fmt.Sprintf("%d %s", t.Days, en))
}

// Label is the standard in words: "30 giorni nel 95% dei casi".
func (s Standard) Label() Text {
	t := s.Target.Label()
	return T(fmt.Sprintf("%s nel %d%% dei casi", t.It, s.Threshold), fmt.Sprintf("%s in %d%% of cases", t.En, s.Threshold))
}
