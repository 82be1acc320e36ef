package register

import (
	"cmp"
	"path/filepath"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// Store is what the keeper of the register reads and records.
type Store interface {
	RegisterDays(since kiosk.Date) ([]kiosk.Date, error)
	DailyRegister(key string, day kiosk.Date) (kiosk.DailyRegister, bool, error)
	LatestDailyRegister() (kiosk.Date, bool, error)
	DeliverDailyRegister(key string, day kiosk.Date, deliver kiosk.DeliverFunc) (kiosk.DailyRegister, bool, error)
}

// Keeper makes each day's register and delivers it to the conservation folder.
type Keeper struct {
	Store   Store
	Content func() (kiosk.Content, error)
	Folder  func() string // the conservation folder, as the settings say now
	Host    string        // this machine, recorded with what it makes
	Now     func() time.Time
}

// Lookback is how far back the keeper looks for days not yet delivered,
// at the least: from the day after the last one delivered, if earlier; from
// the first registration when none ever was.
const Lookback = 366

// Outcome is what a run of the daily register did for one day.
type Outcome struct {
	Register kiosk.DailyRegister
	Made     bool  // this run made it; false: it had been delivered before
	Matches  error // for one made before, nil when its file still matches its fingerprint
}

// Grace is how long after midnight a day's register waits, so that a
// registration that took its number just before midnight has committed.
const Grace = 5 * time.Minute

// Daily makes the daily register of day unless it was delivered already;
// a day delivered before is checked against its fingerprint instead.
func (k *Keeper) Daily(day kiosk.Date) (Outcome, error) {
	now := k.Now()
	if !day.AddDays(1).In(hours.Rome).Add(Grace).Before(now) {
		return Outcome{}, kiosk.Errorf(kiosk.Invalid, "Il registro giornaliero del %s si fa a giorno finito: scelga un giorno passato.",
			"The daily register of %s is made once the day is over: choose a past day.", i18n.ShortDate(day))
	}
	c, err := k.Content()
	if err != nil {
		return Outcome{}, kiosk.Wrap(err)
	}
	if err := CheckCodes(c.Organization.Register); err != nil {
		return Outcome{}, err
	}
	key, folder := Key(c.Organization.Register), k.Folder()
	dr, made, err := k.Store.DeliverDailyRegister(key, day, func(registered, annulled []kiosk.Registration, document func(kiosk.Protocol) ([]byte, bool, error)) (kiosk.DailyRegister, error) {
		d := Daily{Org: c.Organization, Day: day, At: now, Made: registered, Annulled: annulled}
		return Deliver(folder, k.Host, d, func(g kiosk.Registration) ([]byte, bool, error) { return document(g.Protocol) })
	})
	if err != nil {
		return Outcome{}, kiosk.Wrap(err)
	}
	out := Outcome{Register: dr, Made: made}
	if !made {
		out.Matches = Check(dr.Folder, dr.File, dr.SHA256)
	}
	return out, nil
}

// CheckCodes refuses a register the content does not name: its registers
// would go to conservation under empty codes.
func CheckCodes(r kiosk.Register) error {
	if r.IPA == "" || r.AOO == "" || r.Code == "" {
		return kiosk.NewError(kiosk.Invalid,
			"Il registro di protocollo non ha i codici IPA, AOO e registro: importi un file dei contenuti con organization.register.",
			"The protocol register has no IPA, AOO and register codes: import a content file with organization.register.")
	}
	return nil
}

// CatchUp makes the daily register of every past day that has
// registrations or annulments and was not delivered yet: the kiosk runs it
// at its first run after midnight and every few minutes after. A day that
// fails does not hold up the others; the first failure is returned.
func (k *Keeper) CatchUp() ([]Outcome, error) {
	pending, err := k.Undelivered()
	if err != nil {
		return nil, err
	}
	var out []Outcome
	var first error
	for _, day := range pending {
		if !day.AddDays(1).In(hours.Rome).Add(Grace).Before(k.Now()) {
			continue
		}
		o, err := k.Daily(day)
		if err != nil {
			first = cmp.Or(first, err)
			continue
		}
		out = append(out, o)
	}
	return out, first
}

// Undelivered returns the days, today included, that have registrations or
// annulments and no daily register delivered.
func (k *Keeper) Undelivered() ([]kiosk.Date, error) {
	c, err := k.Content()
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	key := Key(c.Organization.Register)
	since := hours.Today(k.Now()).AddDays(-Lookback)
	last, found, err := k.Store.LatestDailyRegister()
	switch {
	case err != nil:
		return nil, kiosk.Wrap(err)
	case !found:
		since = kiosk.Date{Year: 1970, Month: 1, Day: 1}
	case last.Before(since):
		since = last.AddDays(1)
	}
	days, err := k.Store.RegisterDays(since)
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	var out []kiosk.Date
	for _, day := range days {
		if _, found, err := k.Store.DailyRegister(key, day); err != nil {
			return nil, kiosk.Wrap(err)
		} else if !found {
			out = append(out, day)
		}
	}
	return out, nil
}

// Overdue returns the undelivered days whose register was due by the end of
// the next working day and is not there: staff are told, health fails.
func (k *Keeper) Overdue() ([]kiosk.Date, error) {
	days, err := k.Undelivered()
	if err != nil {
		return nil, err
	}
	c, err := k.Content()
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	cal := hours.AdministrationCalendar(c.Closures)
	today := hours.Today(k.Now())
	var out []kiosk.Date
	for _, day := range days {
		if IsOverdue(day, today, cal) {
			out = append(out, day)
		}
	}
	return out, nil
}

// IsOverdue reports whether the daily register of day, still undelivered on
// today, is late: it is due by the end of the next working day.
func IsOverdue(day, today kiosk.Date, cal hours.Calendar) bool {
	return cal.Deadline(day, 1).Before(today)
}

// Folder is the conservation folder: the one the settings name (the drop
// folder of the conservation system, or a network share), else the data
// folder's conservazione.
func Folder(dataDir, configured string) string {
	if configured != "" {
		return configured
	}
	return filepath.Join(dataDir, "conservazione")
}
