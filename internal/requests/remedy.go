package requests

import (
	"fmt"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// Remedy is what a citizen may do when access was refused or went
// unanswered, and by when.
type Remedy struct {
	Kind    string     // the request's kind: what the remedies are depends on it
	Silence bool       // no answer came by the deadline
	Review  bool       // a riesame may still be asked (civic access)
	By      kiosk.Date // the last day to go to the TAR or the difensore civico
}

// Remedies is the Remedy of r on today, and false when it has none: it is
// not an access request or a riesame, or it is open within its term, or it
// was granted.
func Remedies(r kiosk.Request, today kiosk.Date, cal hours.Calendar) (Remedy, bool) {
	if r.Annulment() != nil || !(IsAccess(r.Kind) || r.Kind == kiosk.KindReview) {
		return Remedy{}, false
	}
	from := r.Deadline
	silence := Silent(r, today)
	if !silence {
		at, closed := Decided(r)
		if !closed || !refused(r.Outcome) {
			return Remedy{}, false
		}
		from = hours.Today(at)
	}
	return Remedy{Kind: r.Kind, Silence: silence, Review: isCivic(r.Kind) && !reviewed(r), By: cal.Deadline(from, AppealDays)}, true
}

// Text says the remedy in plain words, in both languages.
func (m Remedy) Text() kiosk.Text {
	var it, en string
	if m.Silence {
		switch m.Kind {
		case kiosk.KindAccessRecords:
			it, en = "Nessuna risposta entro il termine: la richiesta si intende respinta (art. 25 L. 241/1990). ",
				"No answer came by the deadline: the request counts as refused (art. 25 Law 241/1990). "
		default:
			it, en = "Nessuna risposta entro il termine. ", "No answer came by the deadline. "
		}
	}
	by := func(lang kiosk.Lang) string { return i18n.LongDate(m.By, lang) }
	if m.Review {
		it += fmt.Sprintf("Può chiedere il riesame al Responsabile per la trasparenza (anche allo sportello, con il codice della ricevuta) oppure ricorrere al TAR entro %s.", by(kiosk.Italian))
		en += fmt.Sprintf("You may ask the Transparency Officer for a review (at the kiosk too, with the receipt's code) or appeal to the TAR (regional administrative court) by %s.", by(kiosk.English))
	} else {
		it += fmt.Sprintf("Può ricorrere al TAR o al difensore civico entro %s.", by(kiosk.Italian))
		en += fmt.Sprintf("You may appeal to the TAR (regional administrative court) or to the ombudsman (difensore civico) by %s.", by(kiosk.English))
	}
	return kiosk.T(it, en)
}
