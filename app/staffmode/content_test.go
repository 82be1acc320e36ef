package staffmode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit"
	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// signInEditor signs an editor in and opens the content screen.
func signInEditor(t *testing.T, u *testStaff) {
	t.Helper()
	u.accounts.Add("editor", kiosk.RoleEditor, "112233", "admin")
	u.OpenSignIn()
	signIn(t, u, "editor", "112233")
	test.Tap(u.staff.menu["content"])
	if u.staff.editor.kinds == nil {
		t.Fatalf("the content screen did not open: %q", u.PageTitle.Text)
	}
}

func auditOf(t *testing.T, u *testStaff) []kiosk.AuditEntry {
	t.Helper()
	a, err := u.ContentStore.(interface {
		Audit() ([]kiosk.AuditEntry, error)
	}).Audit()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestEditAnOfficeShowsAtOnceAndIsAudited(t *testing.T) {
	u, _ := newTestUI(t)
	signInEditor(t, u)
	office := u.Content.Offices[0]
	test.Tap(u.staff.editor.kinds["offices"])
	test.Tap(u.staff.editor.items[0])
	e := u.staff.editor.edit
	e.entries["hours.mon"].SetText("")
	test.Type(e.entries["hours.mon"], "9-13")
	e.entries["address"].SetText("")
	test.Type(e.entries["address"], "Piazza Plebiscito 34, Andria")
	before := len(auditOf(t, u))
	test.Tap(e.save)
	if u.staff.editor.edit != e || !strings.Contains(kittest.VisibleText(u.Body), "09:00-13:00") || !strings.Contains(e.problem.Text, "Da correggere: Lunedì") {
		t.Fatalf("bad hours were not shown at their field: %q", e.problem.Text)
	}
	if len(auditOf(t, u)) != before {
		t.Fatal("a change with problems was stored")
	}
	test.Tap(u.LangBtn) // what was typed survives a language switch
	if e := u.staff.editor.edit; e.entries["address"].Text != "Piazza Plebiscito 34, Andria" || !strings.Contains(e.problem.Text, "To fix: Monday") {
		t.Fatalf("after the switch: %q, %q", e.entries["address"].Text, e.problem.Text)
	}
	test.Tap(u.LangBtn)
	e = u.staff.editor.edit
	e.entries["hours.mon"].SetText("09:00-13:00")
	test.Tap(e.save)
	if u.staff.editor.edit != nil {
		t.Fatalf("not saved: %q", e.problem.Text)
	}
	if u.Content.Offices[0].Address != "Piazza Plebiscito 34, Andria" {
		t.Error("the kiosk does not show the new address")
	}
	stored, _ := u.ContentStore.Content()
	if stored.Offices[0].Address != "Piazza Plebiscito 34, Andria" {
		t.Error("the new address was not stored")
	}
	a := auditOf(t, u)[0]
	if a.Action != "content.offices.edit" || a.Who != "editor" || a.Target != office.ID ||
		!strings.Contains(a.Before, office.Address) || !strings.Contains(a.After, "Piazza Plebiscito 34") {
		t.Errorf("audit entry %+v", a)
	}
	tapHomeTile(t, u, "Uffici e orari")
	if !strings.Contains(kittest.VisibleText(u.Body)+strings.Join(officeTexts(u), "\n"), "Piazza Plebiscito 34") {
		t.Error("the citizens' office screen does not show the new address")
	}
}

// officeTexts are the texts the offices screen shows of each office.
func officeTexts(u *testStaff) []string {
	var out []string
	for _, o := range u.Content.Offices {
		out = append(out, o.Address)
	}
	return out
}

func TestAddAFormWithAPDFFromAUSBStick(t *testing.T) {
	u, _ := newTestUI(t)
	stick := filepath.Join(t.TempDir(), "mario", "USB")
	os.MkdirAll(stick, 0o755)
	os.WriteFile(filepath.Join(stick, "Modulo reclamo.pdf"), []byte("%PDF-1.4\n%%EOF\n"), 0o644)
	os.WriteFile(filepath.Join(stick, "falso.pdf"), []byte("<html>"), 0o644)
	u.Media = []string{filepath.Dir(filepath.Dir(stick))}
	signInEditor(t, u)
	test.Tap(u.staff.editor.kinds["forms"])
	n := len(u.staff.editor.items)
	test.Tap(u.staff.editor.add)
	e := u.staff.editor.edit
	test.Type(e.entries["id"], "reclamo-2027")
	test.Type(e.entries["title.it"], "Modulo di reclamo 2027")
	test.Tap(e.attach["file"])
	if len(u.staff.files.picks) != 2 {
		t.Fatalf("%d PDFs offered", len(u.staff.files.picks))
	}
	test.Tap(u.staff.files.picks[1]) // falso.pdf comes after Modulo
	if !strings.Contains(kittest.VisibleText(u.Body), "non è un PDF") {
		t.Fatal("a file that is not a PDF was attached")
	}
	test.Tap(u.staff.files.picks[0])
	if e.values["file"] != "forms/Modulo-reclamo.pdf" || e.entries["title.it"].Text != "Modulo di reclamo 2027" {
		t.Fatalf("back on the form: file %q, title %q", e.values["file"], u.staff.editor.edit.entries["title.it"].Text)
	}
	test.Tap(u.staff.editor.edit.save)
	if u.staff.editor.edit != nil {
		t.Fatalf("not saved: %q", e.problem.Text)
	}
	if len(u.staff.editor.items) != n+1 {
		t.Errorf("the list has %d forms, want %d", len(u.staff.editor.items), n+1)
	}
	if b, err := u.ContentStore.File("forms/Modulo-reclamo.pdf"); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("the PDF was not stored: %v", err)
	}
	if a := auditOf(t, u)[0]; a.Action != "content.forms.add" || a.Target != "reclamo-2027" || a.Before != "" {
		t.Errorf("audit entry %+v", a)
	}
}

func TestDeleteNeedsASecondTapAndAReferencedOfficeStays(t *testing.T) {
	u, _ := newTestUI(t)
	signInEditor(t, u)
	test.Tap(u.staff.editor.kinds["notices"])
	n := len(u.staff.editor.items)
	id := u.Content.Notices[0].ID
	test.Tap(u.staff.editor.items[0])
	test.Tap(u.staff.editor.edit.del)
	if len(u.Content.Notices) != n {
		t.Fatal("one tap deleted the notice")
	}
	test.Tap(u.staff.editor.edit.del)
	if len(u.Content.Notices) != n-1 || u.staff.editor.edit != nil {
		t.Fatal("the second tap did not delete the notice")
	}
	if a := auditOf(t, u)[0]; a.Action != "content.notices.delete" || a.Target != id || a.After != "" {
		t.Errorf("audit entry %+v", a)
	}
	test.Tap(u.BackBtn)
	test.Tap(u.staff.editor.kinds["offices"])
	test.Tap(u.staff.editor.items[0])
	test.Tap(u.staff.editor.edit.del)
	test.Tap(u.staff.editor.edit.del)
	if len(u.Content.Offices) != 6 || !strings.Contains(u.staff.editor.edit.problem.Text, "non è in offices") {
		t.Errorf("deleting an office services name: %q", u.staff.editor.edit.problem.Text)
	}
}

func TestExportAndImportTheContentFileFromTheScreen(t *testing.T) {
	u, _ := newTestUI(t)
	stick := filepath.Join(t.TempDir(), "USB")
	os.MkdirAll(stick, 0o755)
	u.Media = []string{filepath.Dir(stick)}  // imports are read from here
	u.Sticks = []string{filepath.Dir(stick)} // exports written here
	signInEditor(t, u)
	test.Tap(u.staff.editor.kinds["export"])
	if len(u.staff.files.picks) != 1 {
		t.Fatalf("%d sticks offered", len(u.staff.files.picks))
	}
	test.Tap(u.staff.files.picks[0])
	name := filepath.Join(stick, "sportello-contenuti-2026-11-25.yaml")
	data, err := os.ReadFile(name)
	if err != nil || !strings.Contains(kittest.VisibleText(u.Body), name) {
		t.Fatalf("export: %v", err)
	}
	test.Tap(u.BackBtn)

	// A file with a mistake lists it by line and changes nothing.
	os.WriteFile(name, []byte(strings.Replace(string(data), "address:", "adress:", 1)), 0o644)
	test.Tap(u.staff.editor.kinds["import"])
	test.Tap(u.staff.files.picks[0])
	if !strings.Contains(kittest.VisibleText(u.Body), "nessun contenuto è stato cambiato") || !strings.Contains(kittest.VisibleText(u.Body), "Riga ") {
		t.Fatalf("import of a bad file: %q", kittest.VisibleText(u.Body))
	}
	test.Tap(u.BackBtn)
	test.Tap(u.BackBtn)

	os.WriteFile(name, []byte(strings.Replace(string(data), "Ufficio Relazioni con il Pubblico", "URP della Provincia", 1)), 0o644)
	test.Tap(u.staff.editor.kinds["import"])
	test.Tap(u.staff.files.picks[0])
	if u.Content.Organization.Office.It != "URP della Provincia" || !strings.Contains(u.staff.editor.notice, "Importati") {
		t.Fatalf("import: %q", u.staff.editor.notice)
	}
	if _, office, _, _, _ := u.Header(); office != "URP della Provincia" {
		t.Errorf("the header still says %q", office)
	}
	if a := auditOf(t, u)[0]; a.Action != "content.import" || a.Who != "editor" || a.Target != name {
		t.Errorf("audit entry %+v", a)
	}
}

func TestSettingsReachTheRatingScaleAndStatusPage(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("admin", kiosk.RoleAdmin, "135790", "admin")
	u.OpenSignIn()
	signIn(t, u, "admin", "135790")
	test.Tap(u.staff.menu["settings"])
	test.Tap(kittest.FindButton(t, u.Shell, "Ente, pagina dello stato e scala di valutazione"))
	e := u.staff.editor.edit
	e.selects["scale"].SetSelected("5 punti")
	e.entries["status_url"].SetText("https://urp.provincia.bt.it/stato")
	test.Tap(e.save)
	if u.staff.editor.edit != nil {
		t.Fatalf("not saved: %q", e.problem.Text)
	}
	if u.Content.Ratings.Scale != 5 || u.Content.Organization.StatusURL != "https://urp.provincia.bt.it/stato" {
		t.Errorf("content after the change: scale %d, url %q", u.Content.Ratings.Scale, u.Content.Organization.StatusURL)
	}
	if a := auditOf(t, u)[0]; a.Action != "content.organization.edit" || !strings.Contains(a.Before, "scale: 3") || !strings.Contains(a.After, "scale: 5") {
		t.Errorf("audit entry %+v", a)
	}
	tapHomeTile(t, u, "Valuti il servizio")
	trani, _ := u.Content.Office("urp-trani")
	test.Tap(kittest.FindButton(t, u.Shell, u.Tr.Text(trani.Name)))
	faces := 0
	kittest.Walk(u.Body, func(o fyne.CanvasObject) {
		if _, ok := o.(*kit.Tile); ok {
			faces++
		}
	})
	if faces != 5 {
		t.Errorf("the rating screen shows %d faces", faces)
	}
}
