package charter

import (
	"slices"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/report"
)

// Report is the service charter measured over a period: a row for each
// service with a standard and each office its requests went to.
type Report struct {
	From, To kiosk.Date // both included
	Rows     []Row
}

// Row is how one service did at one office in the period.
type Row struct {
	Service, Office     string     // their ids
	ServiceTitle, Place kiosk.Text // their names, as the content gives them
	Standard            kiosk.Standard
	Handled             int     // requests registered in the period and decided by its end
	Open                int     // registered in the period, still waiting for a decision at its end
	Median              float64 // days to a decision, in the standard's days
	P90                 float64
	Mean                float64
	Within              float64 // percent of the handled within the standard's target
	Met                 bool    // Within keeps the standard's threshold; false with none handled
	Ratings             int     // the service's ratings at the office in the period
	Score               float64 // their score, 0-100, as the satisfaction report gives it
}

// Build measures the requests registered in the period (as RequestsBetween
// returns them) against the standards of c's services: every service with a
// standard has a row for its own office, and one for each other office its
// requests went to. Annulled registrations are left out. Satisfaction is
// left to Service.Report.
func Build(c kiosk.Content, from, to kiosk.Date, reqs []kiosk.Request) Report {
	end := endOf(to)
	cal := hours.AdministrationCalendar(c.Closures)
	type key struct{ service, office string }
	days := map[key][]int{}
	open := map[key]int{}
	var order []key
	seen := map[key]bool{}
	add := func(k key) {
		if !seen[k] {
			seen[k] = true
			order = append(order, k)
		}
	}
	for _, sv := range c.Services {
		if sv.Standard != nil {
			add(key{sv.ID, sv.Office})
		}
	}
	for _, r := range reqs {
		sv, ok := c.Service(r.Service)
		if !ok || sv.Standard == nil || r.Annulment() != nil {
			continue
		}
		k := key{sv.ID, r.Office}
		if k.office == "" {
			k.office = sv.Office
		}
		add(k)
		if d, decided := Days(r, sv.Standard.Target, cal, end); decided {
			days[k] = append(days[k], d)
		} else {
			open[k]++
		}
	}
	pos := map[string]int{}
	for i, sv := range c.Services {
		pos[sv.ID] = i
	}
	slices.SortStableFunc(order, func(a, b key) int { return pos[a.service] - pos[b.service] }) // its own office first
	rep := Report{From: from, To: to}
	for _, k := range order {
		sv, _ := c.Service(k.service)
		place := kiosk.T(k.office, k.office)
		if o, ok := c.Office(k.office); ok {
			place = o.Name
		}
		r := row(*sv.Standard, days[k], open[k])
		r.Service, r.Office, r.ServiceTitle, r.Place = k.service, k.office, sv.Title, place
		rep.Rows = append(rep.Rows, r)
	}
	return rep
}

func row(st kiosk.Standard, days []int, open int) Row {
	within := ShareWithin(days, st.Target.Days)
	return Row{Standard: st, Handled: len(days), Open: open,
		Median: Median(days), P90: P90(days), Mean: Mean(days), Within: within,
		Met: len(days) > 0 && Met(within, st.Threshold)}
}

// endOf is the last instant of a day in Rome: what was decided by then
// counts in a period that ends that day.
func endOf(d kiosk.Date) time.Time { return d.AddDays(1).In(hours.Rome).Add(-time.Nanosecond) }

// Requests gives the requests registered in a period, each with its history.
type Requests interface {
	RequestsBetween(from, to time.Time) ([]kiosk.Request, error)
}

// Service measures the charter over the stored requests and ratings.
type Service struct {
	Requests Requests
	Ratings  report.Counter
	Content  func() (kiosk.Content, error)
	Now      func() time.Time
}

// Report measures the charter from from to to, both included, with the
// satisfaction of each service at each office.
func (s *Service) Report(from, to kiosk.Date) (Report, error) {
	q := kiosk.RatingQuery{From: from, To: to}
	if _, err := report.Ratings(s.Ratings, q); err != nil { // the same checks of the period as the satisfaction report
		return Report{}, err
	}
	c, reqs, err := s.read(from, to)
	if err != nil {
		return Report{}, err
	}
	rep := Build(c, from, to, reqs)
	for i, r := range rep.Rows {
		q.Office, q.Service = r.Office, r.Service
		sat, err := report.Ratings(s.Ratings, q)
		if err != nil {
			return Report{}, err
		}
		rep.Rows[i].Ratings, rep.Rows[i].Score = sat.Total, sat.Score
	}
	return rep, nil
}

func (s *Service) read(from, to kiosk.Date) (kiosk.Content, []kiosk.Request, error) {
	c, err := s.Content()
	if err != nil {
		return c, nil, kiosk.Wrap(err)
	}
	reqs, err := s.Requests.RequestsBetween(from.In(hours.Rome), to.AddDays(1).In(hours.Rome))
	if err != nil {
		return c, nil, kiosk.Wrap(err)
	}
	return c, reqs, nil
}
