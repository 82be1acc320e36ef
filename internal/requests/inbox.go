package requests

import (
	"sort"
	"strings"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// DueSoonDays is how near a deadline must be, in days, for an open request
// to be flagged as due soon.
const DueSoonDays = 6

// DueOrder sorts requests in the staff inbox's order: open ones (neither
// closed nor annulled) first, then by the nearest deadline, the overdue
// first; requests alike in both keep their order.
func DueOrder(rs []kiosk.Request) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Open() != b.Open() {
			return a.Open()
		}
		return a.Deadline.Before(b.Deadline)
	})
}

// Overdue reports whether a request still waits for an answer after its
// deadline: open, and DaysLeft below zero.
func Overdue(r kiosk.Request, today kiosk.Date) bool { return r.Open() && DaysLeft(r, today) < 0 }

// DueSoon reports whether an open request falls due within DueSoonDays of
// today (an overdue one does too: ask Overdue first).
func DueSoon(r kiosk.Request, today kiosk.Date) bool {
	return r.Open() && DaysLeft(r, today) < DueSoonDays
}

// DaysLeft is how many calendar days a request has until its deadline, as
// legal terms run (calendar days, the deadline already moved off holidays):
// 0 when it falls due today, below zero once past it. While the request is
// suspended its clock stands still: the days left are those it had on the
// day it was suspended, and they start running again when it resumes.
func DaysLeft(r kiosk.Request, today kiosk.Date) int {
	if r.Status == kiosk.StatusSuspended && r.SuspendedSince != nil {
		today = hours.Today(*r.SuspendedSince)
	}
	return int(r.Deadline.In(time.UTC).Sub(today.In(time.UTC)).Hours() / 24)
}

// Matches reports whether staff looking for query, as typed, mean this
// request: part of its protocol number, or its tracking code.
func Matches(r kiosk.Request, query string) bool {
	query = strings.TrimSpace(query)
	if strings.Contains(r.Protocol.String(), query) {
		return true
	}
	code, err := ticket.Parse(query)
	return err == nil && code == r.Code
}

// InboxPage returns the page of the inbox q selects, in DueOrder, with what
// staff may see of each request; text is what staff typed to find one: a
// tracking code, or part of a protocol number.
func (s *Service) InboxPage(q kiosk.InboxQuery, text string) (kiosk.InboxPage, error) {
	q.Today = hours.Today(s.Now())
	if text = strings.TrimSpace(text); text != "" {
		if code, err := ticket.Parse(text); err == nil {
			q.Code = code // a code is longer than any number and holds letters: never both
		} else {
			q.Number = text
		}
	}
	page, err := s.Store.RequestsPage(q)
	return page, kiosk.Wrap(err)
}

// Request returns the request with a canonical tracking code, with its
// history, as staff see it.
func (s *Service) Request(code string) (kiosk.Request, error) {
	r, err := s.Store.RequestByCode(code)
	return r, kiosk.Wrap(err)
}
