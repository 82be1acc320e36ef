package relay

import (
	"encoding/json"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/ratings"
)

// CreateRequest registers r on the central database, which gives it its
// protocol number; when the database does not answer within Timeout, the
// kiosk's emergency register takes it (art. 63) and r waits in the outbox
// for its ordinary number.
func (r *Relay) CreateRequest(req *kiosk.Request, reg kiosk.Registration, doc kiosk.DocumentFunc) error {
	sent := *req
	err := r.call(func(c Central) error { return c.CreateRequest(&sent, reg, doc) })
	if err == nil {
		*req = sent
		return nil
	}
	if err != ErrUnreachable {
		return err // the central database answered: the request is wrong, nothing was registered
	}
	at := r.Now()
	queued := *req
	_, err = r.Local.RegisterEmergency(r.Kiosk(), req.Code, OutageCause, at, func(number string) ([]byte, error) {
		queued.Protocol, queued.Emergency, queued.EmergencyAt = kiosk.Protocol{}, number, at
		return json.Marshal(queued)
	})
	if err != nil {
		return kiosk.Wrap(err)
	}
	*req = queued
	return nil
}

// OutageCause is why the emergency register is kept, as it records it.
const OutageCause = "database centrale non raggiungibile"

// Annul is an admin's: on the central database only.
func (r *Relay) Annul(a kiosk.Annul) (kiosk.Registration, error) {
	return ask(r, func(c Central) (kiosk.Registration, error) { return c.Annul(a) })
}

// RequestByCode asks the central database, then the outbox for a request
// it has not received yet.
func (r *Relay) RequestByCode(code string) (kiosk.Request, error) {
	found, err := ask(r, func(c Central) (kiosk.Request, error) { return c.RequestByCode(code) })
	if err == nil {
		return found, nil
	}
	it, pending, perr := r.Local.Pending(code)
	if perr != nil || !pending {
		return kiosk.Request{}, err
	}
	var req kiosk.Request
	return req, kiosk.Wrap(json.Unmarshal(it.Payload, &req))
}

// UpdateRequest is staff's: on the central database only.
func (r *Relay) UpdateRequest(code, who string, change func(*kiosk.Request) error) error {
	return r.call(func(c Central) error { return c.UpdateRequest(code, who, change) })
}

// Requests lists the central database's requests.
func (r *Relay) Requests() ([]kiosk.Request, error) {
	var out []kiosk.Request
	err := r.bulk(func(c Central) error {
		var err error
		out, err = c.Requests()
		return err
	})
	return out, err
}

// RequestsPage reads a page of the inbox on the central database.
func (r *Relay) RequestsPage(q kiosk.InboxQuery) (kiosk.InboxPage, error) {
	return ask(r, func(c Central) (kiosk.InboxPage, error) { return c.RequestsPage(q) })
}

// AddReply is staff's: on the central database only.
func (r *Relay) AddReply(code, who string, reply *kiosk.Reply, change func(*kiosk.Request) error,
	registration func(kiosk.Request) (kiosk.Registration, kiosk.DocumentFunc)) error {
	sent := *reply
	err := r.call(func(c Central) error { return c.AddReply(code, who, &sent, change, registration) })
	if err == nil {
		*reply = sent
	}
	return err
}

// RequestsBetween reads the requests of a period on the central database.
func (r *Relay) RequestsBetween(from, to time.Time) ([]kiosk.Request, error) {
	var out []kiosk.Request
	err := r.bulk(func(c Central) error {
		var err error
		out, err = c.RequestsBetween(from, to)
		return err
	})
	return out, err
}

// ErasePersonal runs on the central database.
func (r *Relay) ErasePersonal(cutoff time.Time, who string) (int, error) {
	return ask(r, func(c Central) (int, error) { return c.ErasePersonal(cutoff, who) })
}

// AddRating stores a rating on the central database, or keeps it in the
// outbox (fresh false) to send it later, once; its uid makes a second
// sending harmless.
func (r *Relay) AddRating(rt *kiosk.Rating) (bool, error) {
	if rt.UID == "" { // the outbox knows a rating by its uid
		rt.UID = ratings.NewUID()
	}
	sent := *rt
	var fresh bool
	err := r.call(func(c Central) error {
		var err error
		fresh, err = c.AddRating(&sent)
		return err
	})
	if err == nil {
		*rt = sent
		return fresh, nil
	}
	if err != ErrUnreachable {
		return false, err
	}
	payload, err := json.Marshal(rt)
	if err != nil {
		return false, kiosk.Wrap(err)
	}
	return false, kiosk.Wrap(r.Local.Enqueue("rating", rt.UID, payload, rt.At))
}

// RecentRatings asks the central database; offline there are none, and no alert.
func (r *Relay) RecentRatings(office string, n int) ([]kiosk.Rating, error) {
	out, err := ask(r, func(c Central) ([]kiosk.Rating, error) { return c.RecentRatings(office, n) })
	if err == ErrUnreachable {
		return nil, nil
	}
	return out, err
}

// OpenAlert asks the central database.
func (r *Relay) OpenAlert(office string) (bool, error) {
	return ask(r, func(c Central) (bool, error) { return c.OpenAlert(office) })
}

// AddAlert records an alert on the central database.
func (r *Relay) AddAlert(a *kiosk.Alert) error {
	sent := *a
	err := r.call(func(c Central) error { return c.AddAlert(&sent) })
	if err == nil {
		*a = sent
	}
	return err
}

// Alerts lists the central database's alerts.
func (r *Relay) Alerts() ([]kiosk.Alert, error) { return ask(r, Central.Alerts) }

// AcknowledgeAlert runs on the central database.
func (r *Relay) AcknowledgeAlert(id int64, by string, at time.Time) error {
	return r.call(func(c Central) error { return c.AcknowledgeAlert(id, by, at) })
}

// RatingCounts asks the central database.
func (r *Relay) RatingCounts(q kiosk.RatingQuery) ([]kiosk.RatingCount, error) {
	var out []kiosk.RatingCount
	err := r.bulk(func(c Central) error {
		var err error
		out, err = c.RatingCounts(q)
		return err
	})
	return out, err
}
