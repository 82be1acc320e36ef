// Package staff holds the rules of staff accounts: secrets, roles, sign-in
// with lockout.
package staff

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"sportello/internal/kiosk"
)

// Lockout rules: after MaxFailures failed attempts an account is locked for
// FirstLock, then twice as long each time it is locked again.
const (
	MaxFailures = 5
	FirstLock   = 5 * time.Minute
)

// CheckSecret accepts a PIN of at least 6 digits or a password of at least 10 characters.
func CheckSecret(s string) error {
	if s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		if len(s) < 6 {
			return kiosk.NewError(kiosk.Invalid, "Il PIN deve avere almeno 6 cifre.", "The PIN must have at least 6 digits.")
		}
		return nil
	}
	if utf8.RuneCountInString(s) < 10 {
		return kiosk.NewError(kiosk.Invalid, "La password deve avere almeno 10 caratteri.", "The password must have at least 10 characters.")
	}
	return nil
}

// ParseRole reads a role name.
func ParseRole(s string) (kiosk.Role, error) {
	switch r := kiosk.Role(s); r {
	case kiosk.RoleOperator, kiosk.RoleEditor, kiosk.RoleAdmin:
		return r, nil
	}
	return "", kiosk.Errorf(kiosk.Invalid, "ruolo sconosciuto «%s»: operator, editor o admin", "unknown role «%s»: operator, editor or admin", s)
}

// Service adds accounts and signs staff in.
type Service struct {
	Store kiosk.StaffStore
	Now   func() time.Time
	Cost  int // bcrypt cost; bcrypt.DefaultCost when 0

	decoyOnce sync.Once
	decoyHash []byte
}

func (s *Service) cost() int {
	if s.Cost == 0 {
		return bcrypt.DefaultCost
	}
	return s.Cost
}

// Add creates an account with a secret that passes CheckSecret; by names who
// creates it, for the audit log.
func (s *Service) Add(username string, role kiosk.Role, secret, by string) error {
	if strings.TrimSpace(username) == "" || strings.ContainsAny(username, " \t\n") {
		return kiosk.NewError(kiosk.Invalid, "Il nome utente non può essere vuoto né contenere spazi.", "The user name cannot be empty or hold spaces.")
	}
	if err := CheckSecret(secret); err != nil {
		return err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(secret), s.cost())
	if err != nil {
		return kiosk.Wrap(err)
	}
	return s.Store.AddAccount(kiosk.Account{Username: username, Role: role, Hash: string(hash)}, by, s.Now())
}

var errWrong = kiosk.NewError(kiosk.Denied, "Nome utente o password errati.", "Wrong user name or password.")

// SignIn checks a secret. Every attempt is logged; five failures lock the
// account for 5 minutes, then 10, 20...
func (s *Service) SignIn(username, secret string) (kiosk.Account, error) {
	now := s.Now()
	decoy := s.decoy() // made at the first sign-in, whoever signs in: no first unknown user pays for it
	a, err := s.Store.Account(username)
	if kiosk.ErrorCode(err) == kiosk.NotFound {
		// As long as a wrong password takes: the time does not tell which names exist.
		bcrypt.CompareHashAndPassword(decoy, []byte(secret))
		if err := s.Store.LogStaff(username, "failure: unknown user", now); err != nil {
			return kiosk.Account{}, kiosk.Wrap(err)
		}
		return kiosk.Account{}, errWrong
	}
	if err != nil {
		return kiosk.Account{}, kiosk.Wrap(err)
	}
	if now.Before(a.LockedUntil) {
		if err := s.Store.LogStaff(username, "refused: locked", now); err != nil {
			return kiosk.Account{}, kiosk.Wrap(err)
		}
		mins := int(a.LockedUntil.Sub(now).Minutes()) + 1
		return kiosk.Account{}, kiosk.Errorf(kiosk.TooMany, "Troppi tentativi: account bloccato per %d minuti.",
			"Too many attempts: the account is locked for %d minutes.", mins)
	}
	if bcrypt.CompareHashAndPassword([]byte(a.Hash), []byte(secret)) != nil {
		a.Failures++
		event := "failure"
		if a.Failures >= MaxFailures {
			a.LockedUntil = now.Add(FirstLock << a.Lockouts)
			a.Lockouts++
			a.Failures = 0
			event = "failure: locked until " + a.LockedUntil.UTC().Format(time.RFC3339)
		}
		if err := s.Store.UpdateAccount(a); err != nil {
			return kiosk.Account{}, kiosk.Wrap(err)
		}
		if err := s.Store.LogStaff(username, event, now); err != nil {
			return kiosk.Account{}, kiosk.Wrap(err)
		}
		return kiosk.Account{}, errWrong
	}
	a.Failures = 0
	if err := s.Store.UpdateAccount(a); err != nil {
		return kiosk.Account{}, kiosk.Wrap(err)
	}
	if err := s.Store.LogStaff(username, "sign-in", now); err != nil { // no sign-in the log does not record
		return kiosk.Account{}, kiosk.Wrap(err)
	}
	return a, nil
}

// decoy is a hash of the service's cost that no secret matches, compared
// against when the user is unknown.
func (s *Service) decoy() []byte {
	s.decoyOnce.Do(func() {
		s.decoyHash, _ = bcrypt.GenerateFromPassword([]byte("nessun utente ha questa password"), s.cost())
	})
	return s.decoyHash
}
