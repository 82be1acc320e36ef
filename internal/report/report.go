// Package report sums up satisfaction ratings for a period: counts, share
// satisfied, a score comparable across scales, reasons and a weekly trend;
// as CSV or as an A4 PDF.
package report

import (
	"sort"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/ratings"
)

// Report is the summary of the ratings a query selects.
type Report struct {
	Query     kiosk.RatingQuery
	Total     int
	Counts    []ValueCount // by scale, then value
	Satisfied float64      // percent of ratings not negative
	Score     float64      // 0-100, the mean of every rating placed on 0-100
	Reasons   []ReasonCount
	Weeks     []Week
}

// ValueCount is how many ratings had one value on one scale.
type ValueCount struct {
	Scale, Value, Count int
}

// ReasonCount is how often a reason was given.
type ReasonCount struct {
	Reason string
	Count  int
}

// Week sums up the ratings of the week starting on Start (a Monday).
type Week struct {
	Start     kiosk.Date
	Count     int
	Satisfied float64
	Score     float64
}

type tally struct {
	count, satisfied int
	score            float64
}

func (t *tally) add(scale, value, n int) {
	t.count += n
	if ratings.Satisfied(scale, value) {
		t.satisfied += n
	}
	t.score += ratings.Score(scale, value) * float64(n)
}

func (t tally) percentages() (satisfied, score float64) {
	if t.count == 0 {
		return 0, 0
	}
	return float64(t.satisfied) * 100 / float64(t.count), t.score / float64(t.count)
}

// Build sums up counts (as the store returns them) for q.
func Build(q kiosk.RatingQuery, counts []kiosk.RatingCount) Report {
	r := Report{Query: q}
	var all tally
	values := map[[2]int]int{}
	reasons := map[string]int{}
	weeks := map[kiosk.Date]*tally{}
	for _, c := range counts {
		all.add(c.Scale, c.Value, c.Count)
		values[[2]int{c.Scale, c.Value}] += c.Count
		if c.Reason != "" {
			reasons[c.Reason] += c.Count
		}
		start := monday(c.Day)
		if weeks[start] == nil {
			weeks[start] = &tally{}
		}
		weeks[start].add(c.Scale, c.Value, c.Count)
	}
	r.Total = all.count
	r.Satisfied, r.Score = all.percentages()
	for k, n := range values {
		r.Counts = append(r.Counts, ValueCount{k[0], k[1], n})
	}
	sort.Slice(r.Counts, func(i, j int) bool {
		a, b := r.Counts[i], r.Counts[j]
		return a.Scale < b.Scale || a.Scale == b.Scale && a.Value < b.Value
	})
	for reason, n := range reasons {
		r.Reasons = append(r.Reasons, ReasonCount{reason, n})
	}
	sort.Slice(r.Reasons, func(i, j int) bool {
		a, b := r.Reasons[i], r.Reasons[j]
		return a.Count > b.Count || a.Count == b.Count && a.Reason < b.Reason
	})
	for w := monday(q.From); !q.To.Before(w); w = w.AddDays(7) {
		t := weeks[w]
		if t == nil {
			t = &tally{}
		}
		sat, score := t.percentages()
		r.Weeks = append(r.Weeks, Week{w, t.count, sat, score})
	}
	return r
}

func monday(d kiosk.Date) kiosk.Date {
	back := (int(d.Weekday()) + 6) % 7 // days since Monday
	return d.AddDays(-back)
}

// Periods are the periods, in days up to today, the staff's reports offer.
var Periods = []int{30, 90, 365}

// LastDays is the query of the last days days, today included.
func LastDays(today kiosk.Date, days int) kiosk.RatingQuery {
	return kiosk.RatingQuery{From: today.AddDays(1 - days), To: today}
}

// Counter gives the counts a report is built from: a store of ratings, or
// the ratings service over one.
type Counter interface {
	RatingCounts(q kiosk.RatingQuery) ([]kiosk.RatingCount, error)
}

// Ratings builds the report for q from the counts of store.
func Ratings(store Counter, q kiosk.RatingQuery) (Report, error) {
	if q.To.Before(q.From) {
		return Report{}, kiosk.Errorf(kiosk.Invalid, "la data di fine viene prima di quella di inizio", "the end date comes before the start date")
	}
	if q.To.In(time.UTC).Sub(q.From.In(time.UTC)) > 5*366*24*time.Hour {
		return Report{}, kiosk.Errorf(kiosk.Invalid, "il periodo può essere al massimo di cinque anni", "the period can be five years at most")
	}
	counts, err := store.RatingCounts(q)
	if err != nil {
		return Report{}, kiosk.Wrap(err)
	}
	return Build(q, counts), nil
}
