package register

import (
	"fmt"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// Warnings are what staff must be told about the register when they sign
// in: a register the content does not name (a database older than it),
// daily registers late for conservation, and an emergency register kept
// beyond 24 hours without the responsible officer's authorisation.
func Warnings(reg kiosk.Register, overdue []kiosk.Date, outages []kiosk.Outage, now time.Time) []kiosk.Text {
	var out []kiosk.Text
	if err := CheckCodes(reg); err != nil {
		out = append(out, kiosk.ErrorText(err))
	}
	for _, d := range overdue {
		day := i18n.ShortDate(d)
		out = append(out, kiosk.T(
			"Il registro giornaliero di protocollo del "+day+" non è ancora in conservazione: era dovuto entro il giorno lavorativo successivo.",
			"The daily protocol register of "+day+" has not gone to conservation: it was due by the next working day."))
	}
	for _, o := range outages {
		if o.Ended == nil {
			since := o.Began.In(hours.Rome).Format("02/01/2006 15:04")
			out = append(out, kiosk.T(fmt.Sprintf("Registro di emergenza in uso dal %s: %s.", since, o.Cause),
				fmt.Sprintf("Emergency register in use since %s: %s.", since, o.Cause)))
		}
		if o.NeedsAuthorisation(now) && o.Ended == nil {
			out = append(out, kiosk.T("L'interruzione dura da più di 24 ore: il responsabile della gestione documentale deve autorizzare il registro di emergenza (art. 63 c.2 DPR 445/2000), una settimana alla volta.",
				"The outage has lasted over 24 hours: the records manager must authorise the emergency register (art. 63 c.2 DPR 445/2000), one week at a time."))
		}
	}
	return out
}
