package kiosk

import "slices"

// Outcome is how a concluded or archived request ended.
type Outcome string

// The outcomes: the first four conclude a request, the last two archive it.
const (
	OutcomeAccepted  Outcome = "accolta"
	OutcomePartial   Outcome = "accolta-parzialmente"
	OutcomeRejected  Outcome = "respinta"
	OutcomeDeferred  Outcome = "differita"
	OutcomeDuplicate Outcome = "duplicata"
	OutcomeNotOurs   Outcome = "non-di-competenza"
)

// Statuses lists every status in the order a request goes through them.
var Statuses = []Status{StatusReceived, StatusAssigned, StatusInProgress, StatusSuspended, StatusConcluded, StatusArchived}

// transitions says where a request may go from each status.
var transitions = map[Status][]Status{
	StatusReceived:   {StatusAssigned, StatusInProgress, StatusConcluded, StatusArchived},
	StatusAssigned:   {StatusInProgress, StatusSuspended, StatusConcluded, StatusArchived},
	StatusInProgress: {StatusAssigned, StatusSuspended, StatusConcluded, StatusArchived},
	StatusSuspended:  {StatusInProgress, StatusConcluded, StatusArchived},
}

// Outcomes returns the outcomes a status needs: one of them for conclusa and
// archiviata, none for the others.
func Outcomes(s Status) []Outcome {
	switch s {
	case StatusConcluded:
		return []Outcome{OutcomeAccepted, OutcomePartial, OutcomeRejected, OutcomeDeferred}
	case StatusArchived:
		return []Outcome{OutcomeDuplicate, OutcomeNotOurs}
	}
	return nil
}

// Closed reports whether the status ends the request: Open311 "closed".
func (s Status) Closed() bool { return s == StatusConcluded || s == StatusArchived }

// Open311 maps the status to Open311 GeoReport v2: "open" or "closed".
func (s Status) Open311() string {
	if s.Closed() {
		return "closed"
	}
	return "open"
}

// CheckTransition accepts a move from one status to another with an outcome
// only when the rules allow it.
func CheckTransition(from, to Status, outcome Outcome) error {
	if !slices.Contains(Statuses, to) {
		return Errorf(Invalid, "«%s» non è uno stato: usi uno di %v", "«%s» is not a status: use one of %v", to, Statuses)
	}
	if !slices.Contains(transitions[from], to) {
		return Errorf(Conflict, "una richiesta %s non può passare a %s", "a request that is %s cannot become %s", from, to)
	}
	need := Outcomes(to)
	switch {
	case len(need) > 0 && !slices.Contains(need, outcome):
		return Errorf(Invalid, "per lo stato %s serve un esito tra %v", "the status %s needs an outcome among %v", to, need)
	case len(need) == 0 && outcome != "":
		return Errorf(Invalid, "lo stato %s non ha esito", "the status %s takes no outcome", to)
	}
	return nil
}

// Labels of statuses and outcomes, for citizens.
var statusLabels = map[string]Text{
	string(StatusReceived):   T("Ricevuta", "Received"),
	string(StatusAssigned):   T("Assegnata all'ufficio", "Assigned to the office"),
	string(StatusInProgress): T("In lavorazione", "In progress"),
	string(StatusSuspended):  T("Sospesa in attesa di documenti o chiarimenti", "Suspended, waiting for documents or clarifications"),
	string(StatusConcluded):  T("Conclusa", "Concluded"),
	string(StatusArchived):   T("Archiviata", "Archived"),
	string(OutcomeAccepted):  T("accolta", "granted"),
	string(OutcomePartial):   T("accolta in parte", "partly granted"),
	string(OutcomeRejected):  T("respinta", "rejected"),
	string(OutcomeDeferred):  T("differita", "deferred"),
	string(OutcomeDuplicate): T("duplicata", "duplicate"),
	string(OutcomeNotOurs):   T("non di competenza", "not within our remit"),
}

// Label is the status as a citizen reads it.
func (s Status) Label() Text { return statusLabels[string(s)] }

// Label is the outcome as a citizen reads it.
func (o Outcome) Label() Text { return statusLabels[string(o)] }
