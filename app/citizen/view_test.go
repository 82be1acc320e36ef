package citizen

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/ticket"
)

// The status screen shows every fact of the public view of a request, the
// one the web page and the command line show, in the citizen's language.
func TestStatusScreenShowsThePublicView(t *testing.T) {
	u, _ := newTestUI(t)
	drafts := map[string]requests.Draft{
		"no office": suggestionDraft(),
		"an office": {Kind: kiosk.KindComplaint, Office: "viabilita", Text: "Buca", Name: "Anna Rossi", Email: "anna@example.it", PrivacyAccepted: true},
	}
	for name, d := range drafts {
		r, err := u.svc.Register(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := u.svc.SetStatus(r.Code, "mrossi", kiosk.StatusAssigned, "", "Affidata all'ufficio", "interna"); err != nil {
			t.Fatal(err)
		}
		for _, lang := range []kiosk.Lang{kiosk.Italian, kiosk.English} {
			u.GoHome()
			if u.Tr.Lang() != lang {
				test.Tap(u.LangBtn)
			}
			test.Tap(u.home.tiles[sectionStatus])
			u.status.code.SetText(ticket.Format(r.Code))
			test.Tap(u.status.search)
			p, err := u.svc.Status(r.Code)
			if err != nil {
				t.Fatal(err)
			}
			v := requests.View(p, u.Catalog, lang)
			shown := kittest.VisibleText(u.Body)
			for _, f := range v.Fields {
				if !strings.Contains(shown, f.Label) || !strings.Contains(shown, f.Value) {
					t.Errorf("%s, %s: the screen lacks %q: %q", name, lang, f.Label, f.Value)
				}
			}
			for _, e := range v.History {
				if !strings.Contains(shown, e.Date) || !strings.Contains(shown, e.Status) || !strings.Contains(shown, e.Note) {
					t.Errorf("%s, %s: the screen lacks the event %+v", name, lang, e)
				}
			}
			if strings.Contains(shown, "interna") || strings.Contains(shown, "Anna Rossi") {
				t.Errorf("%s: the citizen's screen shows what only staff may see", name)
			}
		}
	}
}
