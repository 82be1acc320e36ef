package mail

import (
	"fmt"
	"log/slog"
	"time"

	"sportello/internal/kiosk"
)

// Kinds of e-mail.
const (
	Confirmation = "conferma"
	Reminder     = "promemoria"
)

// MaxAttempts is how many times a message is tried before it is given up
// and shown to staff as failed.
const MaxAttempts = 8

// Queued is a message in the queue: due from Due, about Ref (an
// appointment's code).
type Queued struct {
	ID        int64
	Ref, Kind string
	Message
	Due      time.Time
	Attempts int
	Error    string    // the last attempt's
	Failed   time.Time // zero while it is still tried
}

// Queue is the store's mail queue.
type Queue interface {
	// QueueMail adds messages to the queue.
	QueueMail(ms ...Queued) error
	// ClaimMail returns the messages due at now, neither sent nor failed,
	// oldest first, and holds them till until: another kiosk's sender on
	// the same database does not take them meanwhile.
	ClaimMail(now, until time.Time) ([]Queued, error)
	// MailSent marks a message sent, and erases its recipient and body.
	MailSent(id int64, at time.Time) error
	// MailRetry records an attempt that failed at at: due again at next,
	// or failed when next is zero.
	MailRetry(id int64, problem string, at, next time.Time) error
	// DropMail removes the messages about ref not yet sent.
	DropMail(ref string) error
	// FailedMail returns the messages given up, newest first: for staff.
	FailedMail() ([]Queued, error)
}

// Backoff is how long after its attempt-th failed attempt a message is
// tried again: 1, 2, 4 … minutes; zero once MaxAttempts were made, about
// four hours after the first.
func Backoff(attempt int) time.Duration {
	if attempt >= MaxAttempts {
		return 0
	}
	return time.Minute << (attempt - 1)
}

// Sender sends the messages due through the server the settings name.
type Sender struct {
	Queue    Queue
	Settings func() (kiosk.Settings, bool, error)
	Send     func(s kiosk.MailSettings, m Message, at time.Time, id string) error // Send when nil
	Now      func() time.Time
	Log      *slog.Logger
}

// Run sends what is due, one message after another: a server that does
// not answer costs each message its Timeout, and they are tried again later.
func (s Sender) Run() {
	settings, _, err := s.Settings()
	if err != nil || !settings.Mail.On() {
		return
	}
	now := s.Now()
	due, err := s.Queue.ClaimMail(now, now.Add(time.Hour))
	if err != nil {
		s.Log.Error("mail queue", "err", err)
		return
	}
	send := s.Send
	if send == nil {
		send = Send
	}
	for _, m := range due {
		id := fmt.Sprintf("%s.%d@%s", m.Ref, m.ID, settings.Mail.Host)
		if err := send(settings.Mail, m.Message, s.Now(), id); err != nil {
			s.failed(m, err)
			continue
		}
		if err := s.Queue.MailSent(m.ID, s.Now()); err != nil {
			s.Log.Error("mail sent", "err", err)
		}
	}
}

// failed records an attempt that failed, and when the next one is due.
func (s Sender) failed(m Queued, problem error) {
	now, next := s.Now(), time.Time{}
	if wait := Backoff(m.Attempts + 1); wait > 0 {
		next = now.Add(wait)
	}
	s.Log.Warn("mail not sent", "ref", m.Ref, "kind", m.Kind, "attempt", m.Attempts+1, "err", problem)
	if err := s.Queue.MailRetry(m.ID, problem.Error(), now, next); err != nil {
		s.Log.Error("mail retry", "err", err)
	}
}
