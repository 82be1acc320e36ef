package kiosk

import "time"

// OutboxItem is a request or a rating a kiosk keeps in its outbox, in
// order, until the central database has stored it.
type OutboxItem struct {
	ID       int64
	Kind     string // "request" or "rating"
	Key      string // the request's code, the rating's uid
	Payload  []byte // JSON
	Created  time.Time
	Attempts int
	Error    string     // why the last attempt failed
	SetAside *time.Time // when it was set aside after MaxAttempts refusals
}

// MaxAttempts is how many times the central database may refuse an outbox
// item before it is set aside, for staff to see, so that the items after it
// go on.
const MaxAttempts = 5
