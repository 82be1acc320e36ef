package relay

import (
	"encoding/json"
	"fmt"

	"sportello/internal/kiosk"
	"sportello/internal/register"
	"sportello/internal/requests"
)

// Flush sends the outbox to the central database, oldest first, and stops
// at the first item it cannot send, to try again later: the order is kept.
// An item the central database refuses (it answers, with an error) is
// retried at the next flush and, refused kiosk.MaxAttempts times, set aside for
// staff to see; the items after it go on. It returns how many items were
// delivered.
func (r *Relay) Flush() (int, error) {
	items, err := r.Local.Outbox()
	if err != nil {
		return 0, err
	}
	delivered := 0
	var refused error
	for _, it := range items {
		var ordinary kiosk.Request
		err := r.call(func(c Central) error {
			var err error
			ordinary, err = r.deliver(c, it)
			return err
		})
		if err != nil {
			if uerr := r.Local.Undelivered(it.ID, err, err != ErrUnreachable, r.Now()); uerr != nil {
				return delivered, uerr
			}
			if err == ErrUnreachable {
				return delivered, err
			}
			r.Log.Warn("the central database refused an outbox item", "key", it.Key, "attempts", it.Attempts+1, "err", err)
			refused = err
			continue
		}
		if ordinary.Emergency != "" {
			if err := r.Local.LinkEmergency(ordinary.Emergency, ordinary.Protocol); err != nil {
				return delivered, err
			}
		}
		if err := r.Local.Delivered(it.ID); err != nil {
			return delivered, err
		}
		delivered++
	}
	return delivered, refused
}

// deliver stores one item centrally: a request gets its ordinary number
// and its registration, with the document written anew with that number and
// the emergency one; it returns the request as registered. A request the
// central database has already (its code is known: an earlier sending
// arrived, its answer was lost) counts as delivered; a rating is stored once
// by its uid.
func (r *Relay) deliver(c Central, it kiosk.OutboxItem) (kiosk.Request, error) {
	switch it.Kind {
	case "request":
		var req kiosk.Request
		if err := json.Unmarshal(it.Payload, &req); err != nil {
			return req, kiosk.Wrap(err)
		}
		content, err := r.Local.Content()
		if err != nil {
			return req, err
		}
		err = c.CreateRequest(&req, register.ForRequest(content, req), register.RequestDocument(requests.WithNotice(content, r.RetentionMonths), req))
		if err != nil {
			if known, kerr := c.RequestByCode(req.Code); kerr == nil {
				known.Emergency = req.Emergency // the kiosk's emergency number is linked whatever the central copy holds
				return known, nil
			}
		}
		return req, err
	case "rating":
		var rt kiosk.Rating
		if err := json.Unmarshal(it.Payload, &rt); err != nil {
			return kiosk.Request{}, kiosk.Wrap(err)
		}
		fresh, err := c.AddRating(&rt)
		if err != nil {
			return kiosk.Request{}, err
		}
		if fresh && r.Arrived != nil { // sent twice, its alert was weighed the first time
			r.Arrived(c, rt)
		}
		return kiosk.Request{}, nil
	}
	return kiosk.Request{}, fmt.Errorf("outbox item %d: unknown kind %q", it.ID, it.Kind)
}

// Pull brings the central content to the kiosk when it changed since the
// last time; it reports whether it did.
func (r *Relay) Pull() (bool, error) {
	var last kiosk.AuditEntry
	var found bool
	if err := r.call(func(c Central) error {
		var err error
		last, found, err = c.LastContentChange()
		return err
	}); err != nil || !found {
		return false, err
	}
	mark := fmt.Sprintf("%s %s %s %s", last.At.UTC().Format("2006-01-02T15:04:05.000000000Z"), last.Who, last.Action, last.Target)
	if r.pulled == "" {
		if mine, ok, err := r.Local.LastContentChange(); err == nil && ok && mine.Action == "content.sync" && mine.Target == mark {
			r.pulled = mark
		}
	}
	if mark == r.pulled {
		return false, nil
	}
	var c kiosk.Content
	var files map[string][]byte
	if err := r.bulk(func(central Central) error {
		var err error
		if c, err = central.Content(); err != nil {
			return err
		}
		files, err = central.Files()
		return err
	}); err != nil {
		return false, err
	}
	if err := r.Local.ReplaceContent(c, files, kiosk.AuditEntry{Who: "sync", Action: "content.sync", Target: mark}); err != nil {
		return false, err
	}
	r.pulled = mark
	return true, nil
}

// Sync sends the outbox and brings the content, logging what it did; the
// kiosk runs it every 30 seconds.
func (r *Relay) Sync() {
	if n, err := r.Flush(); n > 0 || err != nil {
		r.Log.Info("outbox sent", "delivered", n, "err", err)
	}
	if pulled, err := r.Pull(); pulled || (err != nil && err != ErrUnreachable) {
		r.Log.Info("content from the central database", "updated", pulled, "err", err)
	}
}
