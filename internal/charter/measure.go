package charter

import (
	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// Measure is what a citizen reads of a service's standard: the standard and
// how the last 12 months went, across every office.
type Measure struct {
	Standard *kiosk.Standard // nil: the service has none
	Handled  int             // requests decided in the last 12 months
	Mean     float64         // their days to a decision, in the standard's days
	Within   float64         // percent within the standard's target
}

// Meaningful reports whether enough requests were decided for the figures
// to say how the service usually goes.
func (m Measure) Meaningful() bool { return m.Standard != nil && m.Handled >= MinCases }

// LastYear is the period a citizen's figures cover: the 12 months up to
// today, today included.
func LastYear(today kiosk.Date) (from, to kiosk.Date) {
	return kiosk.DateOf(today.In(hours.Rome).AddDate(-1, 0, 1)), today
}

// Measure is the standard of a service and how its requests of the last
// 12 months kept it.
func (s *Service) Measure(service string) (Measure, error) {
	from, to := LastYear(hours.Today(s.Now()))
	c, reqs, err := s.read(from, to)
	if err != nil {
		return Measure{}, err
	}
	sv, ok := c.Service(service)
	if !ok || sv.Standard == nil {
		return Measure{}, nil
	}
	cal, end := hours.AdministrationCalendar(c.Closures), endOf(to)
	var days []int
	for _, r := range reqs {
		if r.Service != service || r.Annulment() != nil {
			continue
		}
		if d, decided := Days(r, sv.Standard.Target, cal, end); decided {
			days = append(days, d)
		}
	}
	return Measure{Standard: sv.Standard, Handled: len(days), Mean: Mean(days), Within: ShareWithin(days, sv.Standard.Target.Days)}, nil
}
