package requests

import (
	"slices"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// The terms of the access clocks, in calendar days.
const (
	// CounterPauseDays is how long the term stops once the counter-interested
	// parties are told (art. 5 c. 5 D.lgs 33/2013; art. 3 DPR 184/2006).
	CounterPauseDays = 10
	// ReleaseWaitDays is how long after the counter-interested party is told
	// of an access granted over its opposition the documents may go out (art. 5 c. 6).
	ReleaseWaitDays = 15
	// AppealDays is the time to go to the TAR or the difensore civico after a
	// refusal or a silence (art. 25 c. 4 L. 241/1990; art. 116 c.p.a.).
	AppealDays = 30
)

// AccessKinds are the kinds of request the access register lists.
var AccessKinds = []string{kiosk.KindAccessRecords, kiosk.KindCivicAccessSimple, kiosk.KindCivicAccessGen}

// IsAccess reports whether a kind is an access request.
func IsAccess(kind string) bool { return slices.Contains(AccessKinds, kind) }

// isCivic reports whether a kind is a civic access, the only one a riesame reviews.
func isCivic(kind string) bool {
	return kind == kiosk.KindCivicAccessSimple || kind == kiosk.KindCivicAccessGen
}

// HasCounterParties reports whether a kind may have counter-interested
// parties: access to records and generalised civic access (simple civic
// access asks for what had to be published anyway).
func HasCounterParties(kind string) bool {
	return kind == kiosk.KindAccessRecords || kind == kiosk.KindCivicAccessGen
}

// NotifyCounterParties records that the counter-interested parties were
// told at at: the term stops for CounterPauseDays, then runs again by itself.
func NotifyCounterParties(r *kiosk.Request, at time.Time, cal hours.Calendar) error {
	switch {
	case !HasCounterParties(r.Kind):
		return kiosk.NewError(kiosk.Invalid, "Solo l'accesso agli atti e l'accesso civico generalizzato hanno controinteressati.",
			"Only access to records and general civic access have counter-interested parties.")
	case r.CounterNotified != nil:
		return kiosk.Errorf(kiosk.Conflict, "I controinteressati sono già stati avvisati il %s.",
			"The counter-interested parties were already told on %s.", hours.Today(*r.CounterNotified))
	case !r.Open():
		return kiosk.NewError(kiosk.Conflict, "La richiesta è chiusa: il termine non si sospende più.",
			"The request is closed: its term no longer stops.")
	}
	r.CounterNotified = &at
	r.SuspendedDays += CounterPauseDays
	r.Deadline = cal.Deadline(hours.Today(r.Registered), r.TermDays+r.SuspendedDays)
	r.History = append(r.History, kiosk.StatusEvent{Clock: kiosk.ClockCounterNotified, Status: r.Status, At: at})
	return nil
}

// PauseUntil is the last day of the counter-interested parties' pause, zero
// when they were never told.
func PauseUntil(r kiosk.Request) kiosk.Date {
	if r.CounterNotified == nil {
		return kiosk.Date{}
	}
	return hours.Today(*r.CounterNotified).AddDays(CounterPauseDays)
}

// GrantOverOpposition records that access was granted although a
// counter-interested party opposed it, that party being told at at: the
// documents go out from ReleaseWaitDays later (the next working day if that
// one is not).
func GrantOverOpposition(r *kiosk.Request, at time.Time, cal hours.Calendar) error {
	granted := r.Outcome == kiosk.OutcomeAccepted || r.Outcome == kiosk.OutcomePartial
	if r.CounterNotified == nil || !granted {
		return kiosk.NewError(kiosk.Invalid, "Serve un accesso accolto, con i controinteressati avvisati.",
			"This needs an access granted, with the counter-interested parties told.")
	}
	r.ReleaseAfter = cal.Deadline(hours.Today(at), ReleaseWaitDays)
	r.History = append(r.History, kiosk.StatusEvent{Clock: kiosk.ClockRelease, Status: r.Status, Outcome: r.Outcome, At: at})
	return nil
}

// Decided is when the request was concluded or archived, if it was.
func Decided(r kiosk.Request) (time.Time, bool) {
	for _, e := range r.History {
		if e.Clock == "" && e.Status.Closed() {
			return e.At, true
		}
	}
	return time.Time{}, false
}

// refused reports whether a closed request's outcome denies access in whole or in part.
func refused(o kiosk.Outcome) bool {
	return o == kiosk.OutcomeRejected || o == kiosk.OutcomePartial || o == kiosk.OutcomeDeferred
}

// Silent reports whether an access request, or a riesame, is still
// unanswered after its deadline on today: for access to records that counts
// as a refusal (art. 25 c. 4 L. 241/1990).
func Silent(r kiosk.Request, today kiosk.Date) bool {
	return (IsAccess(r.Kind) || r.Kind == kiosk.KindReview) && r.Open() && r.Deadline.Before(today)
}

// reviewed reports whether a riesame of the request was filed.
func reviewed(r kiosk.Request) bool {
	return slices.ContainsFunc(r.History, func(e kiosk.StatusEvent) bool { return e.Clock == kiosk.ClockReview })
}

// CheckReview accepts a riesame of first on today: only of a civic access,
// refused in whole or in part, deferred, or unanswered past its deadline,
// and only once.
func CheckReview(first kiosk.Request, today kiosk.Date) error {
	switch {
	case !isCivic(first.Kind):
		return kiosk.NewError(kiosk.Invalid, "Il riesame si chiede solo per un accesso civico (semplice o generalizzato).",
			"A review can only be asked for a civic access (simple or general).")
	case first.Annulment() != nil:
		return CheckNotAnnulled(first)
	case reviewed(first):
		return kiosk.NewError(kiosk.Conflict, "Il riesame di questa richiesta è già stato chiesto.",
			"A review of this request was already asked for.")
	case first.Status.Closed() && refused(first.Outcome), Silent(first, today):
		return nil
	}
	return kiosk.NewError(kiosk.Conflict, "Il riesame si chiede quando l'accesso è negato o non ha risposta entro il termine.",
		"A review can be asked when access is refused or unanswered by its deadline.")
}
