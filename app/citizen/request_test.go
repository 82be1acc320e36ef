package citizen

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/relay"
	"sportello/internal/store"
	"sportello/internal/ticket"
)

func TestFileAComplaintBackLosesNothing(t *testing.T) {
	u, _ := newTestUI(t)
	p := u.fake
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindComplaint])
	test.Tap(f.offices["viabilita"])
	test.Tap(f.services["passo-carrabile"])
	test.Type(f.text, "Lo sportello era chiuso in orario di apertura.")
	if !strings.HasPrefix(f.counter.Text, "46 di 2000") {
		t.Errorf("counter = %q", f.counter.Text)
	}
	test.Tap(f.next)
	if f.accept == nil {
		t.Fatal("the privacy notice did not come before the contact step")
	}
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "informativa") {
		t.Errorf("going on without accepting: %q", f.problem.Text)
	}
	test.Tap(f.accept)
	test.Tap(f.next)
	test.Type(f.name, "Anna Esempio")
	test.Type(f.email, "anna@esempio")
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "non è un indirizzo e-mail valido") {
		t.Errorf("bad e-mail: %q", f.problem.Text)
	}
	// Back to the text and forward again: everything typed is still there.
	test.Tap(u.BackBtn)
	test.Tap(u.BackBtn)
	if f.text.Text != "Lo sportello era chiuso in orario di apertura." {
		t.Fatalf("text after Back = %q", f.text.Text)
	}
	test.Tap(u.LangBtn) // a language switch rebuilds the step and keeps the text
	if f.text.Text == "" || u.PageTitle.Text != "Write your request" {
		t.Fatalf("after switching language: %q, %q", f.text.Text, u.PageTitle.Text)
	}
	test.Tap(u.LangBtn)
	test.Tap(f.next)
	if !f.draft.PrivacyAccepted {
		t.Error("the privacy acceptance was lost")
	}
	test.Tap(f.next)
	if f.name.Text != "Anna Esempio" || f.email.Text != "anna@esempio" {
		t.Fatalf("contact after Back = %q %q", f.name.Text, f.email.Text)
	}
	test.Type(f.email, ".it")
	test.Tap(f.next)
	if u.PageTitle.Text != "Controlli e confermi" {
		t.Fatalf("summary not shown: %q (%s)", u.PageTitle.Text, f.problem.Text)
	}
	test.Tap(f.next)
	if f.done.ID == 0 || u.PageTitle.Text != "Richiesta registrata" {
		t.Fatalf("not registered: %q", f.problem.Text)
	}
	if f.codeLabel.Text != ticket.Format(f.done.Code) || f.done.Protocol.String() != "2026/0000001" || f.done.Office != "viabilita" || f.done.Service != "passo-carrabile" {
		t.Errorf("result: code %q, request %+v", f.codeLabel.Text, f.done)
	}
	kittest.Eventually(t, func() bool { return len(p.Printed()) == 1 })
	kittest.Eventually(t, func() bool { return strings.Contains(f.printState.Text, "Ritiri la ricevuta") })
	test.Tap(u.BackBtn)
	if u.Depth() != 1 {
		t.Error("Back from the result must go home, not to the summary")
	}
}

func TestAnonymousSuggestionAndPrinterDown(t *testing.T) {
	u, _ := newTestUI(t)
	u.fake.Down = true
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindSuggestion])
	test.Tap(f.offices[""])
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "Scriva il testo") {
		t.Errorf("empty text: %q", f.problem.Text)
	}
	f.text.SetText(strings.Repeat("a", 2001))
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "2001") || !strings.Contains(f.counter.Text, "2001 di 2000") {
		t.Errorf("too long: %q / %q", f.problem.Text, f.counter.Text)
	}
	if len(f.text.Text) != 2001 {
		t.Error("the entry cut the text: nothing typed may be lost")
	}
	f.text.SetText("Più sedie nella sala d'attesa")
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	test.Tap(f.next) // no contact: allowed for a suggestion
	if summary := kittest.VisibleText(u.Win.Content()); !strings.Contains(summary, "Nessuno in particolare") || !strings.Contains(summary, "Richiesta anonima") {
		t.Errorf("the summary does not say no office and no contact: %q", summary)
	}
	test.Tap(f.next)
	if f.done.ID == 0 || !f.done.Anonymous() {
		t.Fatalf("anonymous suggestion not registered: %q", f.problem.Text)
	}
	kittest.Eventually(t, func() bool { return strings.Contains(f.printState.Text, "annoti o fotografi il codice") })
}

func TestComplaintNeedsAName(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindAccessRecords])
	test.Tap(f.offices[""])
	test.Type(f.text, "Copia della delibera")
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "nome e cognome") {
		t.Errorf("access request without a name: %q", f.problem.Text)
	}
	test.Type(f.name, "Anna")
	if f.problem.Text != "" {
		t.Errorf("a name typed, the line still says %q", f.problem.Text)
	}
	test.Type(f.name, " Esempio")
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "almeno un recapito") {
		t.Errorf("access request without a contact: %q", f.problem.Text)
	}
}

func TestStatusLookup(t *testing.T) {
	u, _ := newTestUI(t)
	r, err := u.Requests.Register(suggestionDraft())
	if err != nil {
		t.Fatal(err)
	}
	test.Tap(u.home.tiles[sectionStatus])
	s := u.status
	// A keyboard-wedge scanner types the status URL, then Enter.
	test.Type(s.code, ticket.Link("https://urp.example.org/stato", r.Code))
	s.code.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.found == nil || s.problem.Text != "" {
		t.Fatalf("scan not found: %q", s.problem.Text)
	}
	shown := kittest.VisibleText(s.result)
	for _, want := range []string{"Suggerimento", "2026/0000001", "Ricevuta", "lunedì 28 dicembre 2026"} {
		if !strings.Contains(shown, want) {
			t.Errorf("status lacks %q:\n%s", want, shown)
		}
	}
	if strings.Contains(shown, "sedie") {
		t.Error("the status shows the request's text")
	}
	test.Type(s.code, "K7QM-2XHD-9RTA")
	test.Tap(s.search)
	if s.problem.Text != "Codice non valido. Controlli di averlo scritto come sulla ricevuta." {
		t.Errorf("short code: %q", s.problem.Text)
	}
	s.code.SetText("0000-0000-0000-0")
	test.Tap(s.search)
	if s.problem.Text != "Nessuna richiesta con questo codice." {
		t.Errorf("unknown code: %q", s.problem.Text)
	}
	for range 8 { // three lookups above, then the 11th within the minute
		test.Tap(s.search)
	}
	if !strings.Contains(s.problem.Text, "Troppe ricerche") {
		t.Errorf("11th lookup in a minute: %q", s.problem.Text)
	}
}

// A kiosk whose central database does not answer still files the request
// in its emergency register: the ticket and the screen give that number and
// say the ordinary one follows, and the code works.
func TestCentralDatabaseDownGivesAProvisionalTicket(t *testing.T) {
	u, _ := newTestUI(t)
	local := u.ContentStore.(*store.DB)
	rl := &relay.Relay{Local: local, Timeout: time.Second, Retry: time.Minute, Now: u.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Kiosk: func() string { return "Atrio" },
		Connect: func(context.Context) (*store.DB, error) { return nil, errors.New("connection refused") }}
	u.svc.Store = rl
	f := toSummary(t, u, "Più sedie nella sala d'attesa")
	test.Tap(f.next)
	if f.done.Code == "" || !f.done.Protocol.Provisional() {
		t.Fatalf("not filed: %q", f.problem.Text)
	}
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "Registro di emergenza n. RE-ATRIO-2026-0000001") ||
		!strings.Contains(shown, "Numero di protocollo in arrivo: il codice qui sotto funziona già") {
		t.Errorf("the done screen:\n%s", shown)
	}
	if items, _ := local.Outbox(); len(items) != 1 || items[0].Key != f.done.Code {
		t.Errorf("outbox %v", items)
	}
	test.Tap(u.HomeBtn)
	test.Tap(u.home.tiles[sectionStatus])
	test.Type(u.status.code, f.done.Code)
	test.Tap(u.status.search)
	if shown := kittest.VisibleText(u.status.result); !strings.Contains(shown, "Registro di emergenza n. RE-ATRIO-2026-0000001") || !strings.Contains(shown, "Ricevuta") {
		t.Errorf("the status of a provisional request:\n%s", shown)
	}
}
