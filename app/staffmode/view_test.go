package staffmode

import (
	"strings"
	"testing"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/ticket"
)

// The request detail shows every fact of the public view a citizen sees,
// in the same words, then what only staff see: the code, the contacts and
// the text.
func TestDetailShowsThePublicViewAndTheContacts(t *testing.T) {
	u, _ := newTestUI(t)
	r := openRequest(t, u, "mrossi", kiosk.RoleOperator)
	p, err := u.svc.Status(r.Code)
	if err != nil {
		t.Fatal(err)
	}
	shown := kittest.VisibleText(u.Body)
	for _, f := range requests.View(p, u.Catalog, u.Tr.Lang()).Fields {
		if !strings.Contains(shown, f.Label+"\n") || !strings.Contains(shown, f.Value+"\n") {
			t.Errorf("the detail lacks %q: %q", f.Label, f.Value)
		}
	}
	for _, staffOnly := range []string{ticket.Format(r.Code), r.Text} {
		if !strings.Contains(shown, staffOnly) {
			t.Errorf("the detail lacks %q", staffOnly)
		}
	}
	if _, err := u.svc.SetStatus(r.Code, "mrossi", kiosk.StatusConcluded, kiosk.OutcomeAccepted, "Sedie arrivate", "ordine 12"); err != nil {
		t.Fatal(err)
	}
	u.staff.detail.open(r)
	if p, err = u.svc.Status(r.Code); err != nil {
		t.Fatal(err)
	}
	shown = kittest.VisibleText(u.Body)
	for _, e := range requests.View(p, u.Catalog, u.Tr.Lang()).History {
		row := "\n" + e.Status + "\n" // a history row: the status as the citizen reads it, then the notes
		if e.Note != "" {
			row = "\n" + e.Status + "\n" + e.Note + "\n"
		}
		if !strings.Contains(shown, e.Date+"\n") || !strings.Contains(strings.ReplaceAll(shown, "\nordine 12", ""), row) {
			t.Errorf("the detail's history lacks %+v", e)
		}
	}
	if !strings.Contains(shown, "ordine 12") {
		t.Error("the detail's history lacks the internal note")
	}
}
