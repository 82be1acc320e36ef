// Package staffmode is the kiosk's staff mode: sign-in, the requests inbox
// and detail, the content editor, the reports, the settings and the
// register's annulment. It is the only part of the interface that reads a
// citizen's personal data.
package staffmode

import (
	"time"

	"sportello/app/kit"
	"sportello/internal/kiosk"
	"sportello/internal/media"
	"sportello/internal/printer"
	"sportello/internal/report"
)

// RequestDesk is what staff do with requests.
type RequestDesk interface {
	InboxReader
	Request(code string) (kiosk.Request, error)
	SetStatus(code, who string, to kiosk.Status, outcome kiosk.Outcome, publicNote, internalNote string) (kiosk.Request, error)
	Reply(code, who string, outcome kiosk.Outcome, text string) (kiosk.Request, kiosk.Reply, []byte, error)
	AccessDesk
}

// RatingDesk is what staff read and acknowledge of the ratings.
type RatingDesk interface {
	report.Counter
	Alerts() ([]kiosk.Alert, error)
	Acknowledge(id int64, who string) error
}

// Accounts signs staff in.
type Accounts interface {
	SignIn(username, secret string) (kiosk.Account, error)
}

// SettingsStore keeps the kiosk's settings.
type SettingsStore interface {
	Settings() (kiosk.Settings, bool, error)
	SaveSettings(s kiosk.Settings, who string) error
}

// AuditLog is the record of who changed what, read a page at a time.
type AuditLog interface {
	AuditPage(q kiosk.AuditQuery) ([]kiosk.AuditEntry, bool, error)
	// AuditFilters are the kinds of action and the people the log holds.
	AuditFilters() (kinds, who []string, err error)
}

// RegisterDesk is what staff mode does in the protocol register.
type RegisterDesk interface {
	Annul(a kiosk.Annul) (kiosk.Registration, error)
}

// Deps is what staff mode needs besides the shell.
type Deps struct {
	Requests      RequestDesk
	Ratings       RatingDesk
	Staff         Accounts
	SettingsStore SettingsStore
	Register      RegisterDesk    // nil: no annulment from the kiosk
	Printer       printer.Printer // tickets reprinted: the spool
	Direct        printer.Printer // letters: printed now or the screen says not, never later
	// PrinterFor prints straight to a CUPS queue: "Stampa di prova" on the
	// queue typed in the settings, without making it the live one.
	PrinterFor func(queue string) printer.Printer
	// StaffWarnings are what staff must be told at sign-in: late daily
	// registers, the emergency register, items the central database keeps
	// refusing; nil: none.
	StaffWarnings func() []kiosk.Text
	Media         []string // where staff's files are looked for: USB sticks and their folders
	// Sticks are where exports may be written: USB sticks only, never the
	// kiosk's own disk; nil: media.Sticks.
	Sticks []string
	Audit  AuditLog // nil: no audit screen
	// AccessRegister is the access register staff export; nil: none here.
	AccessRegister AccessRegisterDesk
	// Charter measures the service charter on the reports screen; nil: not here.
	Charter CharterDesk
	// Events lists the sign-ups for events; nil: no such screen.
	Events EventsDesk
	Queue  QueueDesk // the desk queue: calls at the desk and its report; nil: no queue here
	// Appointments are the appointments staff see, book, move and cancel; nil: none here.
	Appointments AppointmentDesk
}

// staffIdle is how long a staff session lasts untouched.
const staffIdle = 5 * time.Minute

// Screens are staff mode's screens and its session.
type Screens struct {
	*kit.Shell
	Deps
	login        *signInForm     // the sign-in shown; nil once signed in
	staff        *session        // from the sign-in on; nil for citizens
	settingsForm *settingsScreen // the settings being edited
}

// New builds staff mode on shell: the sign-in it opens, Home that signs
// staff out (at a lobby kiosk the next person to touch it is a citizen),
// and the session's own idle time.
func New(shell *kit.Shell, d Deps) *Screens {
	if d.Sticks == nil {
		d.Sticks = media.Sticks
	}
	u := &Screens{Shell: shell, Deps: d}
	shell.SignIn = u.OpenSignIn
	shell.HomeTapped = func() bool {
		if !u.signedIn() {
			return false
		}
		u.Log.Info("staff signed out by Home", "who", u.staff.user.Username)
		u.signOut()
		return true
	}
	shell.Session = func() (bool, time.Duration, func()) { return u.signedIn(), staffIdle, u.signOut }
	shell.Forget = append(shell.Forget, u.endSession)
	return u
}

// signedIn reports whether staff are signed in.
func (u *Screens) signedIn() bool { return u.staff != nil }
