package kiosk

import "time"

// Rating is one anonymous satisfaction rating: no personal data.
type Rating struct {
	ID      int64
	Office  string
	Service string
	Desk    string // the desk that served the citizen, rated by the queue ticket; "" for none
	Scale   int    // points on the scale: 3, 4 or 5
	Value   int    // 1 (worst) to Scale
	Reason  string
	Comment string
	Kiosk   string
	At      time.Time
	Misuse  bool   // another rating came from the same kiosk too soon after the last
	UID     string // set by a kiosk that relays ratings: the same rating sent twice is stored once
}

// RatingRules are the content's choices for satisfaction ratings.
type RatingRules struct {
	Scale         int `yaml:"scale"`          // 3 (default), 4 or 5 points
	MisuseSeconds int `yaml:"misuse_seconds"` // a rating this soon after the last on the same kiosk is misuse (default 10)
	AlertWindow   int `yaml:"alert_window"`   // an office's last ratings the alert looks at (default 20)
	AlertPercent  int `yaml:"alert_percent"`  // the share of negative ratings that raises an alert (default 30)
}

// DefaultRatingRules are the rules a content file that says nothing gets.
var DefaultRatingRules = RatingRules{Scale: 3, MisuseSeconds: 10, AlertWindow: 20, AlertPercent: 30}

// RatingReasons are why a citizen was not satisfied, in the order offered.
var RatingReasons = []string{"attesa", "cortesia", "competenza", "chiarezza", "orari", "accessibilita", "altro"}

// Alert says an office's recent ratings have too many negative ones.
type Alert struct {
	ID           int64
	Office       string
	At           time.Time
	Negative     int // negative ratings among the last Window
	Window       int
	Acknowledged *time.Time
	By           string
}

// RatingCount is how many ratings of one kind a day had.
type RatingCount struct {
	Day    Date
	Scale  int
	Value  int
	Reason string
	Count  int
}

// RatingQuery selects ratings for a report.
type RatingQuery struct {
	From, To      Date   // both included
	Office        string // "" for every office
	Service       string // "" for every service
	IncludeMisuse bool
}

// RatingStore keeps ratings and alerts.
type RatingStore interface {
	// AddRating stores r and sets its ID. fresh is true when this call
	// stored it; false when it was stored already (sent twice) or waits to
	// be sent to the database that keeps ratings (a kiosk's outbox).
	AddRating(r *Rating) (fresh bool, err error)
	// RecentRatings returns an office's last n ratings that are not misuse, newest first.
	RecentRatings(office string, n int) ([]Rating, error)
	// OpenAlert reports whether an office has an alert not yet acknowledged.
	OpenAlert(office string) (bool, error)
	AddAlert(a *Alert) error
	Alerts() ([]Alert, error)
	AcknowledgeAlert(id int64, by string, at time.Time) error // with an audit entry
	// RatingCounts returns the counts a report is built from.
	RatingCounts(q RatingQuery) ([]RatingCount, error)
}
