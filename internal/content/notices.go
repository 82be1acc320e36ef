package content

import (
	"sort"

	"sportello/internal/kiosk"
)

// Notices are the notices shown on day today, as the notices screen lists
// them: the current ones, the latest to start first, then those still to
// come, the soonest first. Expired ones are shown nowhere, nor found by
// search.
func Notices(all []kiosk.Notice, today kiosk.Date) (current, upcoming []kiosk.Notice) {
	for _, n := range all {
		switch {
		case n.Expired(today):
		case n.Upcoming(today):
			upcoming = append(upcoming, n)
		default:
			current = append(current, n)
		}
	}
	sort.SliceStable(current, func(i, j int) bool { return current[j].From.Before(current[i].From) })
	sort.SliceStable(upcoming, func(i, j int) bool { return upcoming[i].From.Before(upcoming[j].From) })
	return current, upcoming
}
