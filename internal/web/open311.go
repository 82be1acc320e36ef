package web

import (
	"net/http"
	"strings"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// service is an Open311 GeoReport v2 service: one kind of request.
type service struct {
	Code        string `json:"service_code"`
	Name        string `json:"service_name"`
	Description string `json:"description"`
	Metadata    bool   `json:"metadata"`
	Type        string `json:"type"`
	Keywords    string `json:"keywords"`
	Group       string `json:"group"`
}

// serviceRequest is an Open311 GeoReport v2 request: what Public shows, never
// the citizen's text or contacts.
type serviceRequest struct {
	ID                string `json:"service_request_id"`
	Status            string `json:"status"`
	StatusNotes       string `json:"status_notes"`
	ServiceName       string `json:"service_name"`
	ServiceCode       string `json:"service_code"`
	AgencyResponsible string `json:"agency_responsible"`
	RequestedDatetime string `json:"requested_datetime"`
	UpdatedDatetime   string `json:"updated_datetime"`
	ExpectedDatetime  string `json:"expected_datetime"`
	ServiceNotice     string `json:"service_notice"`
	ProtocolNumber    string `json:"protocol_number"` // an extension: the administration's register number
}

// apiError is Open311's error body.
type apiError struct {
	Code        int    `json:"code"`
	Description string `json:"description"`
}

func (s *Server) fail(w http.ResponseWriter, err error, lang kiosk.Lang) {
	code := httpCode(err)
	writeJSON(w, code, []apiError{{code, kiosk.ErrorMessage(err, lang)}})
}

func (s *Server) services(w http.ResponseWriter, r *http.Request) {
	lang := language(r)
	c, err := s.Requests.Content()
	if err != nil {
		s.Log.Error("open311 services", "err", err)
		s.fail(w, kiosk.Wrap(err), lang)
		return
	}
	out := []service{}
	for _, k := range c.RequestKinds {
		out = append(out, service{Code: k.ID, Name: k.Label.In(lang), Description: k.Description.In(lang), Type: "realtime",
			Group: c.Organization.Office.In(lang)})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) request(w http.ResponseWriter, r *http.Request) {
	lang := language(r)
	id, ok := strings.CutSuffix(r.PathValue("id"), ".json")
	if !ok {
		http.NotFound(w, r)
		return
	}
	p, err := s.lookup(r, id)
	if err != nil {
		s.fail(w, err, lang)
		return
	}
	if p.Annulled != nil {
		writeJSON(w, http.StatusOK, []serviceRequest{{ID: id, Status: "closed", StatusNotes: p.AnnulledNotice().In(lang),
			UpdatedDatetime: rfc3339(*p.Annulled), ProtocolNumber: p.Protocol.String()}})
		return
	}
	updated, note := p.Registered, ""
	for _, e := range p.History {
		updated = e.At
		if e.Note != "" {
			note = e.Note
		}
	}
	// The reply is due by the end of the deadline's day in Rome.
	expected := p.Deadline.In(hours.Rome).AddDate(0, 0, 1).Add(-time.Second)
	writeJSON(w, http.StatusOK, []serviceRequest{{
		ID: id, Status: p.Status.Open311(), StatusNotes: note, ServiceName: p.Kind.In(lang), ServiceCode: p.KindID,
		AgencyResponsible: p.Office.In(lang), RequestedDatetime: rfc3339(p.Registered), UpdatedDatetime: rfc3339(updated),
		ExpectedDatetime: rfc3339(expected), ProtocolNumber: p.Protocol.String(),
	}})
}

func rfc3339(t time.Time) string { return t.In(hours.Rome).Format(time.RFC3339) }
