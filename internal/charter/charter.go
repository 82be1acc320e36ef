// Package charter measures the service charter (carta dei servizi): how
// long the requests of each service took to a decision against the
// service's standard, with the satisfaction its ratings give; as figures
// per service and office, as CSV or as an A4 PDF, and as the one line a
// citizen reads on the service's page.
package charter

import (
	"math"
	"slices"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// MinCases is how many decided requests a figure needs before the citizen
// is shown it: fewer say little of how the service usually goes.
const MinCases = 20

// Days is how long a request took to its decision: the days from the day it
// was registered to the day it was decided (Europe/Rome dates), less the
// days its term stood still (suspended, or paused for the
// counter-interested parties), as the law counts them. A term in working
// days counts only the working days of cal: the decision day is moved back
// by the days the term stood still and the working days up to it counted.
// ok is false while the request waits for a decision at end.
func Days(r kiosk.Request, term kiosk.Term, cal hours.Calendar, end time.Time) (days int, ok bool) {
	at, decided := requests.Decided(r)
	if !decided || at.After(end) {
		return 0, false
	}
	from, to := hours.Today(r.Registered), hours.Today(at).AddDays(-r.SuspendedDays)
	if !term.Working {
		return max(0, daysBetween(from, to)), true
	}
	for d := from.AddDays(1); !to.Before(d); d = d.AddDays(1) {
		if cal.WorkingDay(d) {
			days++
		}
	}
	return days, true
}

func daysBetween(from, to kiosk.Date) int {
	return int(math.Round(to.In(time.UTC).Sub(from.In(time.UTC)).Hours() / 24))
}

// Median is the middle of the days, the mean of the two middle ones when
// they are even in number; 0 for none.
func Median(days []int) float64 {
	s := sorted(days)
	n := len(s)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

// P90 is the 90th percentile of the days by the nearest rank: the smallest
// value that at least 90% of them do not exceed; 0 for none.
func P90(days []int) float64 {
	s := sorted(days)
	if len(s) == 0 {
		return 0
	}
	rank := int(math.Ceil(0.9 * float64(len(s)))) // 1-based
	return float64(s[rank-1])
}

// Mean is the average of the days; 0 for none.
func Mean(days []int) float64 {
	if len(days) == 0 {
		return 0
	}
	sum := 0
	for _, d := range days {
		sum += d
	}
	return float64(sum) / float64(len(days))
}

// ShareWithin is the percent of the days that do not exceed target; 0 for none.
func ShareWithin(days []int, target int) float64 {
	if len(days) == 0 {
		return 0
	}
	within := 0
	for _, d := range days {
		if d <= target {
			within++
		}
	}
	return float64(within) * 100 / float64(len(days))
}

// Met reports whether a share within the target keeps the threshold, in percent.
func Met(share float64, threshold int) bool { return share >= float64(threshold) }

func sorted(days []int) []int {
	s := slices.Clone(days)
	slices.Sort(s)
	return s
}
