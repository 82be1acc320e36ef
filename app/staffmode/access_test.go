package staffmode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/accessreg"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// On the detail of an access request staff stop its clock for the
// counter-interested parties, grant it over an opposition, write its notes
// for the access register and file a riesame of a refused civic access.
func TestAccessClocksOnTheDetail(t *testing.T) {
	u, _ := newTestUI(t)
	if err := u.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin"); err != nil {
		t.Fatal(err)
	}
	file := func(kind string) kiosk.Request {
		r, err := u.svc.Register(requests.Draft{Kind: kind, Office: "urp-andria", Text: "Copia degli atti", Name: "Anna Esempio",
			Email: "anna@example.org", PrivacyAccepted: true})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	records, civic := file(kiosk.KindAccessRecords), file(kiosk.KindCivicAccessGen)
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	test.Tap(u.staff.menu["requests"])
	test.Tap(u.staff.inbox.rows[records.Code])
	// Told Wed 25 Nov: 40 days from 25 Nov, Mon 4 Jan 2027.
	test.Tap(kittest.FindButton(t, u.Shell, "Controinteressati avvisati"))
	got, _ := u.db.RequestByCode(records.Code)
	if got.CounterNotified == nil || got.Deadline != (kiosk.Date{Year: 2027, Month: 1, Day: 4}) {
		t.Fatalf("after the notice: %v, deadline %v", got.CounterNotified, got.Deadline)
	}
	shown := kittest.VisibleText(u.Body)
	if !strings.Contains(shown, "Termine sospeso fino a") || !strings.Contains(shown, "Controinteressati avvisati: termine sospeso per 10 giorni") {
		t.Errorf("the detail after the notice:\n%s", shown)
	}
	if _, err := u.svc.SetStatus(records.Code, "mrossi", kiosk.StatusConcluded, kiosk.OutcomeAccepted, "", ""); err != nil {
		t.Fatal(err)
	}
	u.staff.detail.open(got)
	test.Tap(kittest.FindButton(t, u.Shell, "Accolta nonostante l'opposizione"))
	if got, _ = u.db.RequestByCode(records.Code); got.ReleaseAfter != (kiosk.Date{Year: 2026, Month: 12, Day: 10}) { // 25 Nov + 15
		t.Errorf("released from %v", got.ReleaseAfter)
	}
	test.Tap(kittest.FindButton(t, u.Shell, "Note per il registro degli accessi"))
	u.staff.detail.accessF.summary.SetText("Delibera n. 12 del 2026")
	test.Tap(u.staff.detail.accessF.save)
	if got, _ = u.db.RequestByCode(records.Code); got.AccessSummary != "Delibera n. 12 del 2026" {
		t.Errorf("the register's summary: %q", got.AccessSummary)
	}

	if _, err := u.svc.SetStatus(civic.Code, "mrossi", kiosk.StatusConcluded, kiosk.OutcomeRejected, "", ""); err != nil {
		t.Fatal(err)
	}
	u.staff.detail.open(civic)
	test.Tap(kittest.FindButton(t, u.Shell, "Registra un riesame"))
	form := u.staff.detail.accessF
	test.Tap(form.save)
	if !strings.Contains(form.problem.Text, "Scriva il testo") {
		t.Errorf("a riesame with no text: %q", form.problem.Text)
	}
	form.text.SetText("Il cittadino chiede il riesame con lettera del 24/11/2026")
	test.Tap(form.save)
	all, _ := u.db.Requests()
	if all[0].Kind != kiosk.KindReview || all[0].ReviewOf != civic.Code || all[0].Name != "Anna Esempio" {
		t.Errorf("the riesame filed by staff: %+v", all[0])
	}
}

// The access register of a half year goes onto a USB stick, and the export
// is recorded: the reminder of that half year stops.
func TestTheAccessRegisterGoesOntoAStick(t *testing.T) {
	u, _ := newTestUI(t)
	if _, err := u.svc.Register(requests.Draft{Kind: kiosk.KindAccessRecords, Office: "urp-andria", Text: "Copia della delibera",
		Name: "Anna Esempio", Email: "anna@example.org", PrivacyAccepted: true}); err != nil {
		t.Fatal(err)
	}
	stick := filepath.Join(t.TempDir(), "USB")
	os.MkdirAll(stick, 0o755)
	u.Sticks = []string{filepath.Dir(stick)}
	if err := u.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin"); err != nil {
		t.Fatal(err)
	}
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	test.Tap(u.staff.menu["accessreg"])
	a := u.staff.access
	if a.from != (kiosk.Date{Year: 2026, Month: 1, Day: 1}) || !strings.Contains(a.count.Text, ": 0") {
		t.Fatalf("the register opens on %v: %q", a.from, a.count.Text)
	}
	test.Tap(a.halvesB[1]) // 1 July to 31 December 2026
	if !strings.Contains(a.count.Text, ": 1") {
		t.Fatalf("the second half year: %q", a.count.Text)
	}
	test.Tap(a.formats["ods"])
	test.Tap(u.staff.files.picks[0])
	name := filepath.Join(stick, "registro-accessi-2026-07-01-2026-12-31.ods")
	if _, err := os.Stat(name); err != nil || !strings.Contains(kittest.VisibleText(u.Body), name) {
		t.Fatalf("not written: %v\n%s", err, kittest.VisibleText(u.Body))
	}
	if e, found, _ := u.db.LastAudit(accessreg.ExportAction); !found || e.Target != "2026-07-01/2026-12-31" || e.Who != "mrossi" {
		t.Errorf("the export recorded: %+v %v", e, found)
	}
}
