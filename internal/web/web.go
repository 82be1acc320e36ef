// Package web serves what a phone sees: the status page that a ticket's QR
// opens (no JavaScript, Italian and English, nothing personal) and the
// Open311 GeoReport v2 read endpoints, both rate-limited per client.
package web

import (
	"embed"
	"encoding/json"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/requests"
)

//go:embed queue.html
var pages embed.FS

// Server answers the phone's requests.
type Server struct {
	Requests *requests.Service
	Queue    *queue.Service // the desk queue, for the page a queue ticket's QR opens; nil: none
	Catalog  *i18n.Catalog
	// Lookups is how many status lookups a client may make in a minute.
	Lookups int
	Now     func() time.Time
	Log     *slog.Logger
	// TrustedProxies are the office's reverse proxies, whose X-Forwarded-For
	// names the client; anyone else's is not believed.
	TrustedProxies []netip.Prefix

	clients     clients
	public      publicOnce
	statusPages sync.Map // kiosk.Lang → statusPage, see page
}

// Handler routes the status page, the font it uses and the Open311 endpoints.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.status)
	mux.HandleFunc("GET /stato", s.status)
	mux.HandleFunc("GET /coda/{token}", s.queuePlace)
	mux.HandleFunc("GET /titillium.ttf", font)
	mux.HandleFunc("GET /open311/v2/services.json", s.services)
	mux.HandleFunc("GET /open311/v2/requests/{id}", s.request)
	return headers(mux)
}

// headers keeps the code out of referrers and caches, and forbids scripts.
func headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; form-action 'self'; frame-ancestors 'none'")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

func font(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "font/ttf")
	w.Header().Set("Cache-Control", "max-age=86400")
	w.Write(assets.FontRegular)
}

// allow applies the per-client limit: each phone its own budget, even
// behind the office's proxy.
func (s *Server) allow(r *http.Request) error {
	return s.clients.limiter(budgetKey(clientOf(r, s.TrustedProxies)), func() *requests.Limiter {
		return &requests.Limiter{Max: s.Lookups, Window: time.Minute, Now: s.Now}
	}).Allow()
}

// language is ?lang=, else the browser's first choice, else Italian.
func language(r *http.Request) kiosk.Lang {
	if l := r.URL.Query().Get("lang"); l != "" {
		return kiosk.ParseLang(l)
	}
	return kiosk.ParseLang(strings.TrimSpace(r.Header.Get("Accept-Language")))
}

// statusView is what the status page shows beside its own words: plain
// fields, none embedded, which the template finds fastest.
type statusView struct {
	Org         string // the administration's name
	Code        string
	Other       string // the link to the page in the other language
	Problem     string
	Found       bool
	FactList    template.HTML // the result's facts: see withResult
	HistoryList template.HTML // its status changes, newest first
	Remedy      string
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	lang := language(r)
	q := r.URL.Query()
	page, err := s.page(lang)
	if err != nil {
		s.Log.Error("status page", "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	v := statusView{Code: strings.TrimSpace(q.Get("code"))}
	q.Set("lang", string(otherLang(lang)))
	v.Other = "?" + q.Encode()
	if c, err := s.Requests.Content(); err == nil {
		v.Org = c.Organization.Name.In(lang)
	}
	code := http.StatusOK
	if v.Code != "" {
		p, err := s.lookup(r, v.Code)
		if err != nil {
			v.Problem, code = kiosk.ErrorMessage(err, lang), httpCode(err)
		} else {
			v = v.withResult(requests.View(p, s.Catalog, lang))
		}
	}
	buf := pageBuffers.Get().(*[]byte)
	defer pageBuffers.Put(buf)
	*buf = page.appendTo((*buf)[:0], &v)
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(*buf)))
	w.WriteHeader(code)
	if _, err := w.Write(*buf); err != nil {
		s.Log.Warn("status page", "err", err)
	}
}

// pageBuffers hold the status pages being written, a few kilobytes each.
var pageBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 8<<10); return &b }}

func httpCode(err error) int {
	switch kiosk.ErrorCode(err) {
	case kiosk.Invalid:
		return http.StatusBadRequest
	case kiosk.NotFound:
		return http.StatusNotFound
	case kiosk.TooMany:
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
