package accessreg

import (
	"fmt"
	"strings"
	"time"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// ExportAction is the audit log's name for an export of the register; its
// target is the period, "2026-07-01/2026-12-31".
const ExportAction = "accessi.export"

// Export records in the audit log that who exported the register of g.
func Export(log Log, g Register, who, format string, at time.Time) error {
	return log.AddAudit(kiosk.AuditEntry{At: at, Who: who, Action: ExportAction, Target: g.From.String() + "/" + g.To.String(), After: format})
}

// Log is the audit log the exports are recorded in.
type Log interface {
	AddAudit(kiosk.AuditEntry) error
	LastAudit(action string) (kiosk.AuditEntry, bool, error)
}

// LastHalf is the last half year that ended before today: January to June,
// or July to December of the year before.
func LastHalf(today kiosk.Date) (from, to kiosk.Date) {
	if today.Month > time.June {
		return kiosk.Date{Year: today.Year, Month: time.January, Day: 1}, kiosk.Date{Year: today.Year, Month: time.June, Day: 30}
	}
	return kiosk.Date{Year: today.Year - 1, Month: time.July, Day: 1}, kiosk.Date{Year: today.Year - 1, Month: time.December, Day: 31}
}

// Due reports whether the register of the last half year is still to be
// exported, when the last export reached exportedTo (zero: never): it is
// published at least every six months in "Amministrazione trasparente".
func Due(today, exportedTo kiosk.Date) (from, to kiosk.Date, due bool) {
	from, to = LastHalf(today)
	return from, to, exportedTo.Before(to)
}

// Reminder is what staff are told at sign-in when the last half year's
// register was not exported; false when it was.
func Reminder(log Log, today kiosk.Date) (kiosk.Text, bool, error) {
	last, found, err := log.LastAudit(ExportAction)
	if err != nil {
		return kiosk.Text{}, false, err
	}
	var exportedTo kiosk.Date
	if _, end, ok := strings.Cut(last.Target, "/"); found && ok {
		exportedTo, _ = kiosk.ParseDate(end)
	}
	from, to, due := Due(today, exportedTo)
	if !due {
		return kiosk.Text{}, false, nil
	}
	it := fmt.Sprintf("Il registro degli accessi dal %s al %s non è stato esportato: va pubblicato in «Amministrazione trasparente» (voce «Registro degli accessi» qui sotto).",
		i18n.ShortDate(from), i18n.ShortDate(to))
	en := fmt.Sprintf("The access register from %s to %s was not exported: it must be published under «Amministrazione trasparente» (the «Access register» item below).",
		i18n.ShortDate(from), i18n.ShortDate(to))
	return kiosk.T(it, en), true, nil
}
