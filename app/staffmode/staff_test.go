package staffmode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

func signIn(t *testing.T, u *testStaff, user, secret string) {
	t.Helper()
	if u.login.name.Text != user { // a failed attempt keeps the name typed
		u.login.name.SetText("")
		test.Type(u.login.name, user)
	}
	test.Type(u.login.secret, secret)
	test.Tap(u.login.signIn)
}

func TestStaffSignInByLongPressAndShortcut(t *testing.T) {
	u, w := newTestUI(t)
	if err := u.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin"); err != nil {
		t.Fatal(err)
	}
	_, _, _, _, p := u.Header()
	p.MouseDown(nil)
	kittest.Advance(u.Shell, time.Second)
	test.Tap(p)
	if u.login != nil {
		t.Fatal("a short press on the header opened the sign-in")
	}
	p.MouseDown(nil)
	kittest.Advance(u.Shell, 3*time.Second)
	test.Tap(p)
	if u.login == nil || u.PageTitle.Text != "Accesso del personale" {
		t.Fatal("a 3 s press on the header did not open the sign-in")
	}
	test.Tap(u.HomeBtn)
	w.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(
		&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt})
	if u.login == nil {
		t.Fatal("Ctrl+Alt+S did not open the sign-in")
	}
	signIn(t, u, "mrossi", "000000")
	if !strings.Contains(u.login.problem.Text, "errati") || u.staff != nil {
		t.Fatalf("wrong PIN: %q", u.login.problem.Text)
	}
	problem := u.login.problem
	signIn(t, u, "mrossi", "246810")
	if u.staff == nil || !strings.HasPrefix(u.PageTitle.Text, "Personale: mrossi") {
		t.Fatalf("not signed in: %q", problem.Text)
	}
	test.Tap(u.staff.menu["content"])
	if u.PageTitle.Text != "Accesso negato" || !strings.Contains(kittest.VisibleText(u.Body), "operator") {
		t.Errorf("an operator reached the content: %q", u.PageTitle.Text)
	}
	kittest.Advance(u.Shell, 4*time.Minute)
	if u.staff == nil {
		t.Fatal("the staff session ended before 5 minutes")
	}
	kittest.Advance(u.Shell, time.Minute)
	if u.staff != nil || u.Depth() != 1 || !strings.Contains(kittest.VisibleText(u.Body), "Uffici e orari") {
		t.Error("the staff session outlived 5 idle minutes")
	}
}

func TestInboxChangeStatusAndReports(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin")
	r, err := u.svc.Register(suggestionDraft())
	if err != nil {
		t.Fatal(err)
	}
	complaint := suggestionDraft()
	complaint.Kind, complaint.Name, complaint.Email = kiosk.KindComplaint, "Anna Esempio", "anna@example.org"
	c, _ := u.svc.Register(complaint)
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	test.Tap(u.staff.menu["requests"])
	if len(u.staff.inbox.rows) != 2 {
		t.Fatalf("inbox rows %d", len(u.staff.inbox.rows))
	}
	test.Tap(u.staff.inbox.rows[c.Code])
	if !strings.Contains(kittest.VisibleText(u.Body), "anna@example.org") {
		t.Error("the detail does not show the contact to staff")
	}
	test.Tap(kittest.FindButton(t, u.Shell, "Ristampa la ricevuta"))
	if !strings.Contains(kittest.VisibleText(u.Body), "Ricevuta ristampata.") {
		t.Error("the reprint says nothing")
	}
	test.Tap(u.staff.detail.moves[kiosk.StatusConcluded])
	test.Tap(u.staff.detail.outcomes[kiosk.OutcomeRejected])
	test.Type(u.staff.detail.public, "Non di competenza dell'ente, inoltrata al Comune.")
	test.Type(u.staff.detail.internal, "Telefonato il 25/11")
	test.Tap(u.staff.detail.save)
	got, err := u.db.RequestByCode(c.Code)
	if err != nil || got.Status != kiosk.StatusConcluded || got.Outcome != kiosk.OutcomeRejected {
		t.Fatalf("status %s %s %v", got.Status, got.Outcome, err)
	}
	if pub, _ := u.svc.Status(c.Code); !strings.Contains(pub.History[len(pub.History)-1].Note, "inoltrata") {
		t.Error("the public note is not public")
	}
	if len(u.staff.detail.moves) != 0 {
		t.Error("a concluded request still offers moves")
	}
	test.Tap(u.BackBtn)
	if _, shown := u.staff.inbox.rows[c.Code]; shown || len(u.staff.inbox.rows) != 1 {
		t.Error("a concluded request stays among the open ones")
	}
	u.staff.inbox.query = "0000001"
	u.Render()
	if _, found := u.staff.inbox.rows[r.Code]; !found || len(u.staff.inbox.rows) != 1 {
		t.Errorf("search by protocol: %d rows", len(u.staff.inbox.rows))
	}
	test.Tap(u.staff.inbox.rows[r.Code])
	test.Tap(u.staff.detail.moves[kiosk.StatusConcluded])
	test.Tap(u.staff.detail.outcomes[kiosk.OutcomeAccepted])
	test.Type(u.staff.detail.reply, "Grazie del suggerimento: le sedie arriveranno a gennaio.")
	test.Tap(u.staff.detail.save)
	var audit []kiosk.AuditEntry
	for _, a := range auditOf(t, u) {
		if strings.HasPrefix(a.Action, "request.") {
			audit = append(audit, a)
		}
	}
	if len(audit) != 2 || audit[0].Action != "request.reply" || audit[0].Who != "mrossi" || !strings.Contains(audit[0].After, "reply=2026/0000003") {
		t.Errorf("audit after the reply: %+v", audit)
	}
	if p := u.fake; len(p.Printed()) != 2 { // the reprinted ticket, the letter
		t.Errorf("printed %d documents", len(p.Printed()))
	}
	for i := 0; i < 10 && u.PageTitle.Text != "Personale: mrossi (operatore)"; i++ { // Indietro leads back to the staff menu; Home would sign out
		test.Tap(u.BackBtn)
	}
	test.Tap(u.staff.menu["reports"])
	if !strings.Contains(kittest.VisibleText(u.Body), "Valutazioni") {
		t.Error("no report on screen")
	}
}

func TestAdminSettingsApplyAtOnce(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("admin", kiosk.RoleAdmin, "135790", "admin")
	u.accounts.Add("op", kiosk.RoleOperator, "246810", "admin")
	u.OpenSignIn()
	signIn(t, u, "op", "246810")
	test.Tap(u.staff.menu["settings"])
	if u.PageTitle.Text != "Accesso negato" {
		t.Fatalf("an operator opened the settings: %q", u.PageTitle.Text)
	}
	test.Tap(u.staff.menu["signout"])
	u.OpenSignIn()
	signIn(t, u, "admin", "135790")
	test.Tap(u.staff.menu["settings"])
	u.settingsForm.name.SetText("Non salvato")
	test.Tap(u.BackBtn)
	test.Tap(u.staff.menu["settings"])
	if u.settingsForm.name.Text == "Non salvato" {
		t.Error("Back kept the unsaved settings form")
	}
	f := u.settingsForm
	f.name.SetText("Atrio")
	f.office.SetSelected("URP - Sede di Trani")
	f.idle.SetText("5")
	test.Tap(f.save)
	if !strings.Contains(f.problem.Text, "da 10 a 3600") {
		t.Fatalf("idle of 5 s: %q", f.problem.Text)
	}
	if _, found, _ := u.SettingsStore.Settings(); found {
		t.Fatal("invalid settings were saved")
	}
	f.idle.SetText("60")
	test.Tap(f.english) // English no longer offered
	f.queue.SetText("Prova_Nuova")
	test.Tap(f.testPage)
	if p := u.fake; len(p.Printed()) != 1 || !strings.Contains(f.state.Text, "Stampato") || len(p.Queues) != 1 || p.Queues[0] != "Prova_Nuova" {
		t.Errorf("test print: %d printed on %v, %q", len(p.Printed()), p.Queues, f.state.Text)
	}
	if u.Settings().PrinterQueue == "Prova_Nuova" {
		t.Error("the test print made the typed queue the live one")
	}
	f.queue.SetText("")
	f.archive.SetText("/proc/conservazione")
	test.Tap(f.save)
	if !strings.Contains(f.problem.Text, "cartella di conservazione /proc/conservazione") || u.settingsForm == nil {
		t.Fatalf("an unwritable conservation folder: %q", f.problem.Text)
	}
	archive := filepath.Join(t.TempDir(), "conservazione")
	f.archive.SetText(archive)
	test.Tap(f.save)
	if u.settingsForm != nil {
		t.Fatalf("save: %q", f.problem.Text)
	}
	saved, found, _ := u.SettingsStore.Settings()
	if !found || saved.KioskName != "Atrio" || saved.Office != "urp-trani" || saved.IdleSeconds != 60 || saved.English || saved.ConservationDir != archive {
		t.Errorf("saved %+v", saved)
	}
	if u.IdleAfter != time.Minute || u.Settings().Office != "urp-trani" || u.LangBtn.Visible() || u.ratings.KioskName() != "Atrio" {
		t.Errorf("not applied: idle %v office %s lang shown %v kiosk %s", u.IdleAfter, u.Settings().Office, u.LangBtn.Visible(), u.ratings.KioskName())
	}
}

func TestReportsChartExportAndAlerts(t *testing.T) {
	u, _ := newTestUI(t)
	store := u.db
	for i, v := range []int{1, 1, 3, 4, 4, 4} {
		r := kiosk.Rating{Office: "urp-andria", Scale: 4, Value: v, Kiosk: "test", At: u.Now().Add(-time.Duration(i) * 24 * time.Hour)}
		if v == 1 {
			r.Reason = "attesa"
		}
		if _, err := store.AddRating(&r); err != nil {
			t.Fatal(err)
		}
	}
	alert := kiosk.Alert{Office: "urp-andria", At: u.Now(), Negative: 2, Window: 6}
	store.AddAlert(&alert)
	stick := filepath.Join(t.TempDir(), "USB")
	os.MkdirAll(stick, 0o755)
	u.Sticks = []string{filepath.Dir(stick)}
	u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
	u.OpenSignIn()
	signIn(t, u, "capo", "975310")
	test.Tap(u.staff.menu["reports"])
	text := kittest.VisibleText(u.Body)
	for _, want := range []string{"Valutazioni per valore", "Motivi delle valutazioni negative", "Punteggio settimanale", "Settimana dal"} {
		if !strings.Contains(text, want) {
			t.Errorf("the reports screen lacks %q", want)
		}
	}
	test.Tap(u.staff.reports.periods[365])
	if u.staff.reports.days != 365 || !strings.Contains(kittest.VisibleText(u.Body), "26/11/2025") {
		t.Errorf("the year's period: %q", kittest.VisibleText(u.Body))
	}
	for _, format := range []string{"csv", "pdf"} {
		test.Tap(u.staff.reports.export[format])
		test.Tap(u.staff.files.picks[0])
		name := filepath.Join(stick, "valutazioni-2025-11-26-2026-11-25."+format)
		b, err := os.ReadFile(name)
		if err != nil || len(b) == 0 || (format == "pdf" && !strings.HasPrefix(string(b), "%PDF")) {
			t.Errorf("%s export: %v", format, err)
		}
		if format == "csv" && !strings.Contains(string(b), "attesa") && !strings.Contains(string(b), "Attesa") {
			t.Errorf("the CSV lacks the reason: %s", b)
		}
		test.Tap(u.BackBtn)
	}
	test.Tap(u.staff.reports.alerts[alert.ID])
	if _, open := u.staff.reports.alerts[alert.ID]; open {
		t.Error("the acknowledged alert is still open")
	}
	if a := auditOf(t, u)[0]; a.Action != "alert.acknowledge" || a.Who != "capo" {
		t.Errorf("audit entry %+v", a)
	}
}
