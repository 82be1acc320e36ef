// Package accessreg builds the access register (registro degli accessi,
// ANAC guidelines 1309/2016 § 9; Funzione Pubblica circulars 2/2017 and
// 1/2019): every access request of a period with its outcome and any
// riesame, and never a name, a contact or the citizen's text. It writes the
// register as CSV, ODS and PDF.
package accessreg

import (
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/register"
	"sportello/internal/requests"
)

// Row is one access request as the register publishes it.
type Row struct {
	Protocol       string     // the registration number
	Filed          kiosk.Date // the day of the request
	Kind           string     // accesso agli atti, accesso civico semplice or generalizzato
	Subject        string     // staff's public summary, else the registration's subject
	Office         string
	CounterParties bool       // counter-interested parties were told
	Outcome        string     // accolta, accolta parzialmente, respinta, differita; or in corso, senza risposta
	Decided        kiosk.Date // the day of the decision; zero while none
	Reason         string     // why refused or deferred, as staff wrote it for the public
	Review         *Review    // the riesame, if one was asked
}

// Review is the riesame of a request as the register publishes it.
type Review struct {
	Protocol string
	Filed    kiosk.Date
	Outcome  string
	Decided  kiosk.Date
}

// Columns are the register's column headings, in the order of Row.Cells.
var Columns = []string{"Protocollo", "Data della richiesta", "Tipo di accesso", "Oggetto", "Ufficio", "Controinteressati",
	"Esito", "Data della decisione", "Motivazione", "Riesame: protocollo", "Riesame: data", "Riesame: esito", "Riesame: data della decisione"}

// Build is the register of the access requests among period (registered in
// it), oldest first; later holds the requests filed since, among which the
// riesami of those. Annulled registrations are left out.
func Build(period, later []kiosk.Request, c kiosk.Content, today kiosk.Date) []Row {
	reviews := map[string]kiosk.Request{}
	for _, r := range later {
		if r.Kind == kiosk.KindReview && r.Annulment() == nil {
			reviews[r.ReviewOf] = r
		}
	}
	var out []Row
	for _, r := range period {
		if !requests.IsAccess(r.Kind) || r.Annulment() != nil {
			continue
		}
		row := Row{Protocol: r.Protocol.String(), Filed: hours.Today(r.Registered), Kind: c.KindLabel(r.Kind).It,
			Subject: r.AccessSummary, Office: officeName(c, r.Office), CounterParties: r.CounterNotified != nil, Reason: r.AccessReason}
		if row.Subject == "" {
			row.Subject = register.Subject(c, r)
		}
		row.Outcome, row.Decided = outcome(r, today)
		if v, ok := reviews[r.Code]; ok {
			o, d := outcome(v, today)
			row.Review = &Review{Protocol: v.Protocol.String(), Filed: hours.Today(v.Registered), Outcome: o, Decided: d}
		}
		out = append(out, row)
	}
	return out
}

// outcome is how r stands on today, in the register's words, and the day it was decided.
func outcome(r kiosk.Request, today kiosk.Date) (string, kiosk.Date) {
	if at, ok := requests.Decided(r); ok {
		return outcomeWords[r.Outcome], hours.Today(at)
	}
	if requests.Silent(r, today) {
		return "senza risposta nei termini", kiosk.Date{}
	}
	return "in corso", kiosk.Date{}
}

var outcomeWords = map[kiosk.Outcome]string{
	kiosk.OutcomeAccepted: "accolta", kiosk.OutcomePartial: "accolta parzialmente", kiosk.OutcomeRejected: "respinta",
	kiosk.OutcomeDeferred: "differita", kiosk.OutcomeDuplicate: "archiviata (duplicata)", kiosk.OutcomeNotOurs: "archiviata (non di competenza)",
}

func officeName(c kiosk.Content, id string) string {
	if o, ok := c.Office(id); ok {
		return o.Name.It
	}
	return id
}

// Cells are the row's values as text, in the order of Columns; dates as
// DD/MM/YYYY, "" when unset.
func (r Row) Cells() []string {
	yes := "no"
	if r.CounterParties {
		yes = "sì"
	}
	cells := []string{r.Protocol, date(r.Filed), r.Kind, r.Subject, r.Office, yes, r.Outcome, date(r.Decided), r.Reason, "", "", "", ""}
	if v := r.Review; v != nil {
		copy(cells[9:], []string{v.Protocol, date(v.Filed), v.Outcome, date(v.Decided)})
	}
	return cells
}

func date(d kiosk.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.In(time.UTC).Format("02/01/2006")
}
