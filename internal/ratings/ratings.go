// Package ratings holds the rules of satisfaction ratings: what counts as
// negative or satisfied, the score, misuse and alerts.
package ratings

import (
	"crypto/rand"
	"encoding/hex"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"sportello/internal/kiosk"
)

// MaxComment is the longest comment, in characters.
const MaxComment = 500

// Negative reports whether value is in the lower half of the scale: 1 of 3,
// 1-2 of 4, 1-2 of 5.
func Negative(scale, value int) bool { return value <= scale/2 }

// Satisfied reports whether a rating is not negative.
func Satisfied(scale, value int) bool { return !Negative(scale, value) }

// Score places a rating on 0-100 whatever the scale: the worst is 0, the best 100.
func Score(scale, value int) float64 { return float64(value-1) / float64(scale-1) * 100 }

// Check accepts a rating that fits its scale; a reason and a comment only
// follow a negative rating.
func Check(r kiosk.Rating) error {
	switch {
	case r.Scale < 3 || r.Scale > 5 || r.Value < 1 || r.Value > r.Scale:
		return kiosk.Errorf(kiosk.Invalid, "Valutazione non valida.", "Invalid rating.")
	case r.Reason != "" && !slices.Contains(kiosk.RatingReasons, r.Reason):
		return kiosk.Errorf(kiosk.Invalid, "Motivo non valido.", "Invalid reason.")
	case utf8.RuneCountInString(r.Comment) > MaxComment:
		return kiosk.Errorf(kiosk.Invalid, "Il commento supera i %d caratteri: lo accorci, per favore.",
			"The comment is longer than %d characters: please shorten it.", MaxComment)
	case (r.Reason != "" || strings.TrimSpace(r.Comment) != "") && !Negative(r.Scale, r.Value):
		return kiosk.Errorf(kiosk.Invalid, "Motivo e commento seguono solo una valutazione negativa.",
			"A reason and a comment follow only a negative rating.")
	}
	return nil
}

// Misuse reports whether a rating at t, coming after one stored at last on
// the same kiosk, came too soon.
func Misuse(last, t time.Time, rules kiosk.RatingRules) bool {
	return !last.IsZero() && t.Sub(last) < time.Duration(rules.MisuseSeconds)*time.Second
}

// AlertDue reports whether an office's recent ratings (newest first, no
// misuse) call for an alert: over the last AlertWindow, the share of
// negative ones passes AlertPercent. It returns the count of negative ones.
func AlertDue(recent []kiosk.Rating, rules kiosk.RatingRules) (bool, int) {
	if len(recent) < rules.AlertWindow {
		return false, 0
	}
	neg := 0
	for _, r := range recent[:rules.AlertWindow] {
		if Negative(r.Scale, r.Value) {
			neg++
		}
	}
	return neg*100 > rules.AlertPercent*rules.AlertWindow, neg
}

// Service records ratings with their misuse flag, raises alerts and lets
// staff read and acknowledge them. It may be shared between goroutines.
type Service struct {
	Store   kiosk.RatingStore
	Content func() (kiosk.Content, error)
	Now     func() time.Time
	// Kiosk is this kiosk's name when the service is made; once it is in
	// use, read and change it through KioskName and SetKiosk.
	Kiosk string

	mu   sync.Mutex
	last time.Time // this kiosk's last rating: misuse is judged against it
}

// SetKiosk renames this kiosk for the ratings to come (an admin's setting).
func (s *Service) SetKiosk(name string) {
	s.mu.Lock()
	s.Kiosk = name
	s.mu.Unlock()
}

// KioskName is this kiosk's name as ratings record it.
func (s *Service) KioskName() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.Kiosk
}

// Alerts returns every alert, acknowledged or not, for staff to read.
func (s *Service) Alerts() ([]kiosk.Alert, error) {
	a, err := s.Store.Alerts()
	return a, kiosk.Wrap(err)
}

// Acknowledge marks the alert with id as seen by who, now.
func (s *Service) Acknowledge(id int64, who string) error {
	return kiosk.Wrap(s.Store.AcknowledgeAlert(id, who, s.Now()))
}

// RatingCounts returns the counts a report of q is built from (see
// report.Ratings).
func (s *Service) RatingCounts(q kiosk.RatingQuery) ([]kiosk.RatingCount, error) {
	c, err := s.Store.RatingCounts(q)
	return c, kiosk.Wrap(err)
}

// New starts a rating of an office or service, with the uid that makes it
// count once however often it is sent.
func New(office, service string) kiosk.Rating {
	return kiosk.Rating{Office: office, Service: service, UID: NewUID()}
}

// NewUID is a fresh rating uid: 128 random bits.
func NewUID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Rate stores a rating completed now. It returns the rating as stored and
// the alert it raised, if any. A rating that waits in the kiosk's outbox
// (the central database did not answer) raises its alert when it arrives
// there (see Arrived).
func (s *Service) Rate(r kiosk.Rating) (kiosk.Rating, *kiosk.Alert, error) {
	if err := Check(r); err != nil {
		return r, nil, err
	}
	c, err := s.Content()
	if err != nil {
		return r, nil, kiosk.Wrap(err)
	}
	rules := c.Ratings
	if r.UID == "" {
		r.UID = NewUID()
	}
	s.mu.Lock()
	r.At, r.Kiosk = s.Now(), s.Kiosk
	r.Misuse = Misuse(s.last, r.At, rules)
	s.mu.Unlock()
	fresh, err := s.Store.AddRating(&r)
	if err != nil {
		return r, nil, kiosk.Wrap(err)
	}
	s.mu.Lock()
	s.last = r.At
	s.mu.Unlock()
	if !fresh { // queued (its alert is weighed where it arrives), or sent twice
		return r, nil, nil
	}
	a, err := Arrived(s.Store, rules, r)
	return r, a, err
}

// Arrived raises an alert, if one is due, for a rating just stored in the
// database that keeps the ratings: at once at a kiosk that stores them, or
// on the central database when a rating from a kiosk's outbox arrives.
func Arrived(store kiosk.RatingStore, rules kiosk.RatingRules, r kiosk.Rating) (*kiosk.Alert, error) {
	if r.Misuse || r.Office == "" {
		return nil, nil
	}
	recent, err := store.RecentRatings(r.Office, rules.AlertWindow)
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	due, neg := AlertDue(recent, rules)
	if !due {
		return nil, nil
	}
	open, err := store.OpenAlert(r.Office)
	if err != nil || open {
		return nil, kiosk.Wrap(err)
	}
	a := &kiosk.Alert{Office: r.Office, At: r.At, Negative: neg, Window: rules.AlertWindow}
	return a, kiosk.Wrap(store.AddAlert(a))
}
