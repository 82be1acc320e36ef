package web

import (
	"html/template"
	"math"
	"net/http"
	"strings"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

var queuePage = template.Must(template.ParseFS(pages, "queue.html"))

// queueView is what the page of a queue ticket shows.
type queueView struct {
	Lang              kiosk.Lang
	Org               string
	T                 func(id string) string
	Other, OtherLabel string
	Problem           string
	Found             bool
	Refresh           bool   // the ticket may still change: the page reloads itself
	State             string // waiting, called or done: how the headline is drawn
	Label, Line       string // "A017", "Informazioni e orientamento"
	Headline          string // "Prima di Lei ci sono circa 3 persone."
	Wait, Hint        string
	Updated           string
}

var errNoQueueTicket = kiosk.NewError(kiosk.NotFound, "Nessun biglietto con questo codice.", "No ticket with this code.")

// queuePlace is the page a queue ticket's QR opens: where the ticket
// stands, refreshed every 20 seconds. It is not counted against the status
// lookups: its token has 80 random bits, past guessing, and a phone left on
// the page reloads it three times a minute.
func (s *Server) queuePlace(w http.ResponseWriter, r *http.Request) {
	lang := language(r)
	v := queueView{Lang: lang, T: func(id string) string { return s.Catalog.T(lang, id, nil) }}
	other := kiosk.English
	if lang == kiosk.English {
		other = kiosk.Italian
	}
	v.OtherLabel, v.Other = s.Catalog.T(other, "web.language", nil), "?lang="+string(other)
	code := http.StatusOK
	if p, c, err := s.place(r.PathValue("token")); err != nil {
		v.Problem, code = kiosk.ErrorMessage(err, lang), httpCode(err)
	} else {
		v.Org = c.Organization.Name.In(lang)
		s.describe(&v, p, c, lang)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	if err := queuePage.Execute(w, v); err != nil {
		s.Log.Warn("queue page", "err", err)
	}
}

// place reads where the ticket with token stands, and the content that
// names its line and desk.
func (s *Server) place(token string) (queue.Place, kiosk.Content, error) {
	token = strings.ToUpper(strings.TrimSpace(token))
	if s.Queue == nil || !isToken(token) {
		return queue.Place{}, kiosk.Content{}, errNoQueueTicket
	}
	p, err := s.Queue.Place(token)
	if err == nil {
		var c kiosk.Content
		c, err = s.Queue.Content()
		if err == nil {
			return p, c, nil
		}
	}
	if kiosk.ErrorCode(err) == kiosk.Internal {
		s.Log.Error("queue page", "err", err)
	}
	return queue.Place{}, kiosk.Content{}, err
}

// isToken reports whether s can be a token: 16 characters of base32.
func isToken(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '2' || r > '7') {
			return false
		}
	}
	return true
}

// describe says where p stands, in lang.
func (s *Server) describe(v *queueView, p queue.Place, c kiosk.Content, lang kiosk.Lang) {
	t := func(id string, data map[string]any) string { return s.Catalog.T(lang, id, data) }
	v.Found, v.Label, v.Line = true, p.Label(), p.LineName.In(lang)
	v.Updated = t("web.queue.updated", map[string]any{"Time": i18n.Clock(s.Now().In(hours.Rome))})
	switch p.Status {
	case queue.Waiting:
		v.State, v.Refresh = "waiting", true
		switch p.Ahead {
		case 0:
			v.Headline = t("web.queue.ahead.none", nil)
		case 1:
			v.Headline = t("web.queue.ahead.one", nil)
		default:
			v.Headline = t("web.queue.ahead.many", map[string]any{"Ahead": p.Ahead})
		}
		if p.WaitKnown {
			v.Wait = t("web.queue.wait", map[string]any{"Minutes": max(1, int(math.Ceil(p.Wait.Minutes())))})
		}
	case queue.Called:
		desk, ok := c.Queue.Desk(p.Desk)
		name := desk.Name.In(lang)
		if !ok || name == "" {
			name = p.Desk
		}
		v.State, v.Refresh = "called", true
		v.Headline, v.Hint = t("web.queue.called", map[string]any{"Desk": name}), t("web.queue.called.hint", nil)
	case queue.Served:
		v.State, v.Headline = "done", t("web.queue.served", nil)
	case queue.NoShow:
		v.State, v.Headline = "done", t("web.queue.noshow", nil)
	case queue.Transferred:
		v.State, v.Headline = "done", t("web.queue.transferred", nil)
	}
}
