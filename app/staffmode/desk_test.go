package staffmode

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// An inbox row says the office, the day registered and the days left, in
// words; an overdue one says by how many days, in either language.
func TestInboxRowsSayOfficeRegisteredAndDaysLeft(t *testing.T) {
	u, _ := newTestUI(t)
	d := suggestionDraft()
	d.Office = "viabilita"
	r, err := u.svc.Register(d)
	if err != nil {
		t.Fatal(err)
	}
	open := openRequest(t, u, "mrossi", kiosk.RoleOperator) // no office
	test.Tap(u.BackBtn)
	left := requests.DaysLeft(r, kiosk.Date{Year: 2026, Month: time.November, Day: 25})
	if want := "Ricevuta · Ufficio Viabilità e trasporti · registrata 25/11/2026 · " + fmt.Sprintf("scade tra %d giorni", left); u.staff.inbox.rows[r.Code].Desc != want {
		t.Errorf("the row says %q, want %q", u.staff.inbox.rows[r.Code].Desc, want)
	}
	if desc := u.staff.inbox.rows[open.Code].Desc; !strings.Contains(desc, "nessun ufficio · registrata 25/11/2026") {
		t.Errorf("a request for no office: %q", desc)
	}
	late := r.Deadline.AddDays(3).In(time.UTC).Add(10 * time.Hour)
	u.Now = func() time.Time { return late }
	u.Render()
	if desc := u.staff.inbox.rows[r.Code].Desc; !strings.HasSuffix(desc, "registrata 25/11/2026 · scaduta da 3 giorni") {
		t.Errorf("an overdue row: %q", desc)
	}
	test.Tap(u.LangBtn)
	if desc := u.staff.inbox.rows[r.Code].Desc; desc != "Received · Roads and Transport Office · registered 25/11/2026 · overdue by 3 days" {
		t.Errorf("in English: %q", desc)
	}
	u.Now = func() time.Time { return r.Deadline.In(time.UTC).Add(10 * time.Hour) }
	u.Render()
	if desc := u.staff.inbox.rows[r.Code].Desc; !strings.HasSuffix(desc, "due today") {
		t.Errorf("due today: %q", desc)
	}
}

// The detail shows what the citizen wrote before the facts of the request.
func TestDetailShowsTheCitizensTextFirst(t *testing.T) {
	u, _ := newTestUI(t)
	r := openRequest(t, u, "mrossi", kiosk.RoleOperator)
	shown := kittest.VisibleText(u.Body)
	text, fact := strings.Index(shown, r.Text), strings.Index(shown, "Codice\n")
	if text < 0 || fact < 0 || text > fact {
		t.Errorf("the text at %d, the first fact at %d:\n%s", text, fact, shown)
	}
	if strings.Count(shown, r.Text) != 1 {
		t.Errorf("the text is shown %d times", strings.Count(shown, r.Text))
	}
}

// Conclusa takes no outcome for the clerk: Salva without one asks for it,
// in the screen's language, and saves nothing; with one, the detail says
// what was saved.
func TestConcludedAsksTheOutcomeAndSalvaConfirms(t *testing.T) {
	u, _ := newTestUI(t)
	r := openRequest(t, u, "mrossi", kiosk.RoleOperator)
	before := len(auditOf(t, u))
	test.Tap(u.staff.detail.moves[kiosk.StatusConcluded])
	for o, b := range u.staff.detail.outcomes {
		if b.Importance == widget.HighImportance {
			t.Errorf("the outcome %s is chosen already", o)
		}
	}
	test.Type(u.staff.detail.public, "Sedie ordinate")
	test.Tap(u.staff.detail.save)
	if text := kittest.VisibleText(u.Body); !strings.Contains(text, "Scelga l'esito prima di salvare: nulla è stato salvato.") {
		t.Errorf("Salva without an outcome says:\n%s", text)
	}
	test.Tap(u.LangBtn)
	test.Tap(u.staff.detail.save)
	if text := kittest.VisibleText(u.Body); !strings.Contains(text, "Choose an outcome before saving: nothing was saved.") {
		t.Errorf("in English, Salva without an outcome says:\n%s", text)
	}
	if got, _ := u.db.RequestByCode(r.Code); got.Status != kiosk.StatusReceived || len(auditOf(t, u)) != before {
		t.Fatalf("saved without an outcome: %s", got.Status)
	}
	test.Tap(u.LangBtn)
	test.Tap(u.staff.detail.outcomes[kiosk.OutcomeAccepted])
	if u.staff.detail.public.Text != "Sedie ordinate" {
		t.Errorf("choosing the outcome lost the note: %q", u.staff.detail.public.Text)
	}
	test.Tap(u.staff.detail.save)
	if got, _ := u.db.RequestByCode(r.Code); got.Status != kiosk.StatusConcluded || got.Outcome != kiosk.OutcomeAccepted {
		t.Fatalf("status %s %s", got.Status, got.Outcome)
	}
	if text := kittest.VisibleText(u.Body); !strings.Contains(text, "Stato cambiato in «Conclusa: accolta».") || u.PageTitle.Text != r.Protocol.String() {
		t.Errorf("the detail after Salva:\n%s", text)
	}
	u.staff.detail.open(r)
	if strings.Contains(kittest.VisibleText(u.Body), "Stato cambiato") {
		t.Error("a request opened anew still says it was saved")
	}
}

// The charts show every value of the scale and every reason, 0 included.
func TestReportChartsShowZeroCounts(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
	if _, err := u.db.AddRating(&kiosk.Rating{Office: "urp-andria", Scale: 3, Value: 3, Kiosk: "test", At: u.Now()}); err != nil {
		t.Fatal(err)
	}
	u.OpenSignIn()
	signIn(t, u, "capo", "975310")
	test.Tap(u.staff.menu["reports"])
	text := kittest.VisibleText(u.Body)
	for _, bar := range []string{"0\nNegativo\n", "0\nSufficiente\n", "1\nPositivo\n", "0\nTempi di attesa\n", "0\nCortesia\n", "0\nAltro\n"} {
		if !strings.Contains(text, bar) {
			t.Errorf("no bar %q:\n%s", bar, text)
		}
	}
	if !strings.Contains(text, "Motivi delle valutazioni negative") {
		t.Error("the reasons chart is left out when no reason was given")
	}
}

// An admin reads the audit log from the staff menu, newest first, a page
// at a time, by kind of action and by who; each row says when, who, what
// and on what; an operator is denied it.
func TestAuditScreen(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
	for i := range 14 {
		u.accounts.Add(fmt.Sprintf("op%02d", i), kiosk.RoleOperator, "246810", "capo")
	}
	r := openRequest(t, u, "mrossi", kiosk.RoleOperator) // added by admin
	test.Tap(u.staff.detail.moves[kiosk.StatusAssigned])
	test.Tap(u.staff.detail.save)
	test.Tap(u.BackBtn)
	test.Tap(u.BackBtn)
	test.Tap(u.staff.menu["audit"])
	if u.PageTitle.Text != "Accesso negato" {
		t.Fatalf("an operator opened the audit log: %q", u.PageTitle.Text)
	}
	u.signOut()
	u.OpenSignIn()
	signIn(t, u, "capo", "975310")
	test.Tap(u.staff.menu["audit"])
	a := u.staff.audit
	if u.PageTitle.Text != "Registro delle modifiche" || len(a.rows) != auditPage {
		t.Fatalf("the audit screen %q shows %d rows", u.PageTitle.Text, len(a.rows))
	}
	when := regexp.MustCompile(`^\d\d/\d\d/\d{4} \d{1,2}:\d\d · `)
	first := a.rows[0]
	if first.Title != "Stato di una richiesta cambiato · "+r.Protocol.String() || !when.MatchString(first.Desc) || !strings.HasSuffix(first.Desc, " · mrossi") {
		t.Errorf("the newest row: %q / %q", first.Title, first.Desc)
	}
	if a.rows[1].Title != "Account del personale creato · mrossi" || a.rows[1].Desc != "25/11/2026 10:30 · admin" {
		t.Errorf("the second row: %q / %q", a.rows[1].Title, a.rows[1].Desc)
	}
	if !a.prev.Disabled() || a.next.Disabled() {
		t.Error("the first page's arrows")
	}
	test.Tap(a.next)
	if len(a.rows) != 18-auditPage || !a.next.Disabled() || a.prev.Disabled() || !strings.Contains(kittest.VisibleText(u.Body), "Voci 13–18") {
		t.Errorf("the second page shows %d rows", len(a.rows))
	}
	last := a.rows[len(a.rows)-1] // the demo content, imported by no one
	if last.Title != "Contenuti importati da un file" || !strings.HasSuffix(last.Desc, "il chiosco (nessun utente)") {
		t.Errorf("the oldest row: %q / %q", last.Title, last.Desc)
	}
	test.Tap(a.kinds["request"])
	if len(a.rows) != 1 || a.rows[0] == nil || !a.prev.Disabled() || a.kinds["request"].Importance != widget.HighImportance {
		t.Fatalf("the requests filter shows %d rows", len(a.rows))
	}
	test.Tap(a.kinds[""])
	test.Tap(a.who["capo"])
	if len(a.rows) != auditPage || !strings.HasSuffix(a.rows[0].Desc, " · capo") {
		t.Errorf("capo's changes: %d rows", len(a.rows))
	}
	test.Tap(a.kinds["request"])
	if len(a.rows) != 0 || !strings.Contains(kittest.VisibleText(u.Body), "Nessun elemento da mostrare.") {
		t.Errorf("capo's request changes: %d rows", len(a.rows))
	}
	test.Tap(a.who[""])
	test.Tap(a.rows[0])
	if text := kittest.VisibleText(u.Body); !strings.Contains(text, "status=ricevuta") || !strings.Contains(text, "status=assegnata") {
		t.Errorf("the entry's detail lacks before and after:\n%s", text)
	}
	test.Tap(u.LangBtn)
	test.Tap(u.BackBtn)
	if a.rows[0].Title != "Request status changed · "+r.Protocol.String() {
		t.Errorf("in English: %q", a.rows[0].Title)
	}
}
