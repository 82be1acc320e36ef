package requests

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

func demo(t testing.TB) kiosk.Content {
	return testdb.Demo(t).Content
}

// clock is a settable time for tests.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time { return c.t }

func newService(t testing.TB, at time.Time) (*Service, *clock, *store.DB) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := demo(t)
	clk := &clock{at}
	return &Service{Store: db, Content: func() (kiosk.Content, error) { return c, nil }, Now: clk.Now}, clk, db
}

func TestChecks(t *testing.T) {
	c := demo(t)
	ok := Draft{Kind: kiosk.KindComplaint, Text: "Sportello chiuso in orario di apertura.", Name: "Anna Esempio", Email: "anna@example.org", PrivacyAccepted: true}
	with := func(f func(*Draft)) Draft { d := ok; f(&d); return d }
	cases := []struct {
		name string
		d    Draft
		want string // in the English message; "" when valid
	}{
		{"complete complaint", ok, ""},
		{"phone instead of e-mail", with(func(d *Draft) { d.Email, d.Phone = "", "333 1234567" }), ""},
		{"anonymous suggestion", Draft{Kind: kiosk.KindSuggestion, Text: "Più sedie", PrivacyAccepted: true}, ""},
		{"anonymous report", Draft{Kind: kiosk.KindDisservice, Text: "Ascensore guasto", PrivacyAccepted: true}, ""},
		{"anonymous complaint", with(func(d *Draft) { d.Name, d.Email = "", "" }), "name"},
		{"access request without contact", with(func(d *Draft) { d.Kind, d.Email = kiosk.KindAccessRecords, "" }), "at least one contact"},
		{"blank name", with(func(d *Draft) { d.Name = "   " }), "name"},
		{"bad e-mail", with(func(d *Draft) { d.Email = "anna@" }), "not a valid e-mail"},
		{"bad phone on a suggestion", Draft{Kind: kiosk.KindSuggestion, Text: "x", Phone: "12", PrivacyAccepted: true}, "not a valid phone"},
		{"empty text", with(func(d *Draft) { d.Text = " \n " }), "write the text"},
		{"2000 characters", with(func(d *Draft) { d.Text = strings.Repeat("è", 2000) }), ""},
		{"2001 characters", with(func(d *Draft) { d.Text = strings.Repeat("è", 2001) }), "2001 characters"},
		{"privacy not accepted", with(func(d *Draft) { d.PrivacyAccepted = false }), "privacy"},
		{"unknown kind", with(func(d *Draft) { d.Kind = "lamentela" }), "kind of request"},
		{"unknown office", with(func(d *Draft) { d.Office = "nowhere" }), "does not exist"},
		{"known office and service", with(func(d *Draft) { d.Office, d.Service = "viabilita", "passo-carrabile" }), ""},
	}
	for _, tc := range cases {
		err := Check(tc.d, c)
		got := kiosk.ErrorMessage(err, kiosk.English)
		if (tc.want == "" && err != nil) || (tc.want != "" && (err == nil || !strings.Contains(got, tc.want))) {
			t.Errorf("%s: %v; want %q", tc.name, err, tc.want)
		}
		if err != nil && kiosk.ErrorCode(err) != kiosk.Invalid {
			t.Errorf("%s: code %s", tc.name, kiosk.ErrorCode(err))
		}
	}
}

func suggestion(text string) Draft {
	return Draft{Kind: kiosk.KindSuggestion, Text: text, PrivacyAccepted: true, Lang: kiosk.Italian}
}

func TestRegisterNumbersDeadlineAndYearRestart(t *testing.T) {
	rome, _ := time.LoadLocation("Europe/Rome")
	s, clk, _ := newService(t, time.Date(2026, 11, 25, 10, 0, 0, 0, rome))
	var got []string
	for i := range 3 {
		r, err := s.Register(suggestion("idea " + string(rune('a'+i))))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Protocol.String())
		// 25 November + 30 days = Christmas; Santo Stefano; Sunday 27: Monday 28.
		if r.Deadline.String() != "2026-12-28" || r.Status != kiosk.StatusReceived || len(r.Code) != 13 {
			t.Errorf("request %d: deadline %s, status %s, code %s", i, r.Deadline, r.Status, r.Code)
		}
	}
	// 23:30 UTC on 31 December is already 2027 in Rome: the count starts again.
	clk.t = time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC)
	r, err := s.Register(suggestion("anno nuovo"))
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, r.Protocol.String())
	want := []string{"2026/0000001", "2026/0000002", "2026/0000003", "2027/0000001"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("protocols %v, want %v", got, want)
	}
}

func TestFailedRegistrationLeavesNoGap(t *testing.T) {
	s, _, db := newService(t, time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC))
	same := bytes.Repeat([]byte{7}, 8)
	s.Rand = bytes.NewReader(same)
	if _, err := s.Register(suggestion("prima")); err != nil {
		t.Fatal(err)
	}
	s.Rand = bytes.NewReader(same) // the same code again: the store refuses it
	if _, err := s.Register(suggestion("doppione")); err == nil {
		t.Fatal("a duplicate code was stored")
	}
	if _, err := s.Register(Draft{Kind: kiosk.KindComplaint, Text: "x"}); err == nil {
		t.Fatal("an invalid draft was registered")
	}
	s.Rand = nil
	r, err := s.Register(suggestion("seconda"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Protocol.Number != 2 {
		t.Errorf("after failures the next number is %d, want 2", r.Protocol.Number)
	}
	all, _ := db.Requests()
	if len(all) != 2 {
		t.Errorf("%d requests stored, want 2", len(all))
	}
}

func TestStatusMovesAndSuspensionMovesTheDeadline(t *testing.T) {
	s, clk, db := newService(t, time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC))
	r, err := s.Register(Draft{Kind: kiosk.KindAccessRecords, Text: "Copia della delibera 12/2026", Name: "Anna Esempio",
		Phone: "333 1234567", PrivacyAccepted: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.Deadline.String() != "2026-10-31" {
		t.Fatalf("deadline %s", r.Deadline)
	}
	code := strings.ToLower(r.Code) // as a clerk might type it
	steps := []struct {
		at      string
		to      kiosk.Status
		outcome kiosk.Outcome
		fails   bool
	}{
		{"2026-10-02", kiosk.StatusSuspended, "", true}, // received cannot be suspended
		{"2026-10-02", kiosk.StatusAssigned, "", false},
		{"2026-10-05", kiosk.StatusSuspended, "", false},
		{"2026-10-12", kiosk.StatusInProgress, "", false}, // 7 days suspended
		{"2026-10-20", kiosk.StatusConcluded, "", true},   // needs an outcome
		{"2026-10-20", kiosk.StatusConcluded, kiosk.OutcomeAccepted, false},
		{"2026-10-21", kiosk.StatusInProgress, "", true}, // concluded is final
	}
	for _, st := range steps {
		d, _ := kiosk.ParseDate(st.at)
		clk.t = d.In(time.UTC).Add(10 * time.Hour)
		_, err := s.SetStatus(code, "test", st.to, st.outcome, "nota per il cittadino", "nota interna")
		if (err != nil) != st.fails {
			t.Fatalf("%s → %s (%s): %v", st.at, st.to, code, err)
		}
	}
	got, err := s.Status(code)
	if err != nil {
		t.Fatal(err)
	}
	// 1 October + 30 + 7 suspended = 7 November, a Saturday: a working day.
	if got.Deadline.String() != "2026-11-07" || got.Status != kiosk.StatusConcluded || got.Outcome != kiosk.OutcomeAccepted {
		t.Errorf("public status %+v", got)
	}
	if len(got.History) != 5 || got.History[1].Note != "nota per il cittadino" {
		t.Errorf("history %+v", got.History)
	}
	if got.Kind.It != "Accesso agli atti" || got.Protocol.Number != 1 {
		t.Errorf("kind %v protocol %v", got.Kind, got.Protocol)
	}
	audit, err := db.Audit()
	if err != nil || len(audit) != 4 { // four accepted moves; the refused ones leave no trace
		t.Fatalf("audit %d entries, %v", len(audit), err)
	}
	if a := audit[0]; a.Who != "test" || a.Target != "2026/0000001" || !strings.Contains(a.Before, "status=in-lavorazione") || !strings.Contains(a.After, "status=conclusa outcome=accolta") {
		t.Errorf("last audit entry %+v", a)
	}

}

func TestStatusErrors(t *testing.T) {
	s, _, _ := newService(t, time.Now())
	if _, err := s.Status("K7QM-2XHD-9RTA"); kiosk.ErrorMessage(err, kiosk.Italian) != "Codice non valido. Controlli di averlo scritto come sulla ricevuta." {
		t.Errorf("short code: %v", err)
	}
	if _, err := s.Register(suggestion("x")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Status("0000-0000-0000-0"); kiosk.ErrorMessage(err, kiosk.English) != "No request with this code." {
		t.Errorf("unknown code: %v", err)
	}
}

func TestLimiter(t *testing.T) {
	clk := &clock{time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
	l := &Limiter{Max: 10, Window: time.Minute, Now: clk.Now}
	for i := range 10 {
		if err := l.Allow(); err != nil {
			t.Fatalf("lookup %d refused", i+1)
		}
		clk.t = clk.t.Add(time.Second)
	}
	if err := l.Allow(); err != ErrTooMany {
		t.Fatalf("11th lookup in a minute: %v", err)
	}
	clk.t = clk.t.Add(51 * time.Second)
	if err := l.Allow(); err != nil {
		t.Errorf("a minute after the first: %v", err)
	}
}
