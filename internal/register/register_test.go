package register_test

import (
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/register"
	"sportello/internal/requests"
	"sportello/internal/segnatura"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
	"sportello/internal/testenv"
)

// office is a day at the URP: a clock to set, the store, the rules and the keeper.
type office struct {
	now    time.Time
	db     *store.DB
	svc    *requests.Service
	keeper *register.Keeper
	folder string
	c      kiosk.Content
	raw    *sql.DB // the database, past the store
}

// exec runs a statement straight on the database, as someone at its
// console might, to show what the database itself refuses.
func (o *office) exec(q string) error {
	_, err := o.raw.Exec(q)
	return err
}

func newOffice(t *testing.T, at time.Time) *office {
	t.Helper()
	f := testdb.Demo(t)
	source := testdb.Source(t)
	db, err := store.Open(source)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	o := &office{now: at, db: db, c: f.Content, folder: filepath.Join(t.TempDir(), "conservazione"), raw: testdb.Raw(t, source)}
	clock := func() time.Time { return o.now }
	db.Now = clock
	contentOf := func() (kiosk.Content, error) { return o.c, nil }
	o.svc = &requests.Service{Store: db, Content: contentOf, Now: clock}
	o.keeper = &register.Keeper{Store: db, Content: contentOf, Folder: func() string { return o.folder }, Host: "chiosco-test", Now: clock}
	return o
}

func (o *office) file(t *testing.T, d requests.Draft) kiosk.Request {
	t.Helper()
	d.PrivacyAccepted = true
	r, err := o.svc.Register(d)
	if err != nil {
		t.Fatal(err)
	}
	o.now = o.now.Add(17 * time.Minute)
	return r
}

func need(t *testing.T, tool string) { testenv.NeedTools(t, tool) }

func pdfText(t *testing.T, path string) string {
	t.Helper()
	need(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// A registration holds, once, what art. 53 asks, and the fingerprint of
// the request's A4 PDF; the database refuses to change or delete it.
func TestARegistrationCannotBeAltered(t *testing.T) {
	o := newOffice(t, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	r := o.file(t, requests.Draft{Kind: kiosk.KindComplaint, Service: "passo-carrabile", Office: "viabilita", Text: "Attesa di tre mesi",
		Name: "Anna Esempio", Email: "anna@example.org"})
	g, err := o.db.Registration(r.Protocol)
	if err != nil {
		t.Fatal(err)
	}
	doc, found, err := o.db.RegisteredDocument(r.Protocol)
	sum := sha256.Sum256(doc)
	if err != nil || !found || g.SHA256 != hex.EncodeToString(sum[:]) {
		t.Fatalf("the fingerprint %s is not the stored document's (%v)", g.SHA256, err)
	}
	if g.Sender != "Anna Esempio" || g.Direction != kiosk.Incoming || !strings.HasPrefix(g.Subject, "Reclamo - ") ||
		g.Document != "p_demo-AOO_DEMO-PG-2026-0000001.pdf" || g.Register.Code != "PG" {
		t.Errorf("registration %+v", g)
	}
	for _, q := range []string{
		"UPDATE register SET subject = 'altro' WHERE number = 1",
		"UPDATE register SET sender = 'Mario' WHERE number = 1",
		"UPDATE register SET sha256 = '00' WHERE number = 1",
		"UPDATE register SET registered = '2026-01-01T00:00:00Z' WHERE number = 1",
		"UPDATE register SET annulled_at = '2026-12-01T10:00:00Z' WHERE number = 1", // an annulment without reason, act, operator
		"DELETE FROM register WHERE number = 1",
	} {
		if err := o.exec(q); err == nil {
			t.Errorf("%s: the register accepted it", q)
		}
	}
	again, _ := o.db.Registration(r.Protocol)
	if again != g {
		t.Errorf("the registration changed: %+v", again)
	}
	// The request's PDF says what was filed, with the segnatura.
	path := filepath.Join(t.TempDir(), g.Document)
	os.WriteFile(path, doc, 0o600)
	text := pdfText(t, path)
	for _, want := range []string{"Segnatura: p_demo · AOO_DEMO · PG · 2026/0000001 del 01/12/2026", "Reclamo", "Attesa di tre mesi",
		"Anna Esempio", "anna@example.org", "Informativa sulla privacy accettata"} {
		if !strings.Contains(text, want) {
			t.Errorf("the request's PDF lacks %q:\n%s", want, text)
		}
	}
}

func TestAnnulment(t *testing.T) {
	o := newOffice(t, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	r := o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Doppione"})
	bad := []struct {
		name string
		a    kiosk.Annul
		code kiosk.Code
	}{
		{"no reason", kiosk.Annul{Protocol: r.Protocol, Who: "admin", Act: "disp. 12"}, kiosk.Invalid},
		{"no act", kiosk.Annul{Protocol: r.Protocol, Who: "admin", Reason: "doppione"}, kiosk.Invalid},
		{"no such number", kiosk.Annul{Protocol: kiosk.Protocol{Year: 2026, Number: 99}, Who: "admin", Reason: "x", Act: "y"}, kiosk.NotFound},
	}
	for _, b := range bad {
		b.a.At = o.now
		if _, err := register.Annul(o.db, kiosk.RoleAdmin, b.a); kiosk.ErrorCode(err) != b.code || kiosk.ErrorMessage(err, kiosk.Italian) == "" {
			t.Errorf("%s: %v", b.name, err)
		}
	}
	if _, err := register.Annul(o.db, kiosk.RoleOperator, kiosk.Annul{Protocol: r.Protocol, Who: "mrossi", Reason: "x", Act: "y", At: o.now}); kiosk.ErrorCode(err) != kiosk.Denied {
		t.Errorf("an operator annulled: %v", err)
	}
	if g, _ := o.db.Registration(r.Protocol); g.Annulled() {
		t.Fatal("a refused annulment changed the registration")
	}
	a := kiosk.Annul{Protocol: r.Protocol, Who: "admin", Reason: "registrata due volte", Act: "disposizione del responsabile n. 12 del 03/12/2026", At: o.now}
	g, err := register.Annul(o.db, kiosk.RoleAdmin, a)
	if err != nil || !g.Annulled() || g.Annulment.Act != a.Act {
		t.Fatalf("annul: %+v %v", g, err)
	}
	if _, err := register.Annul(o.db, kiosk.RoleAdmin, a); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("annulled twice: %v", err)
	}
	if err := o.exec("UPDATE register SET annul_reason = 'altro' WHERE number = 1"); err == nil {
		t.Error("an annulment was changed")
	}
	// The number is never given again; the citizen sees only that it was annulled.
	next := o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Nuova"})
	if next.Protocol.Number != 2 {
		t.Errorf("the next number is %s", next.Protocol)
	}
	p, err := o.svc.Status(r.Code)
	if err != nil || p.Annulled == nil || p.Kind.It != "" || len(p.History) != 0 || !strings.Contains(p.AnnulledNotice().It, "ANNULLATA il 01/12/2026") {
		t.Errorf("status of an annulled request: %+v (%v)", p, err)
	}
	audit, _ := o.db.Audit()
	if len(audit) == 0 || audit[0].Action != "register.annul" || audit[0].Who != "admin" || !strings.Contains(audit[0].After, a.Act) {
		t.Errorf("audit %+v", audit)
	}
}

// The daily register of a day with 3 incoming, 1 outgoing and 1 annulled
// registration lists all five facts, and its manifest's hash matches.
func TestTheDailyRegister(t *testing.T) {
	o := newOffice(t, time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)) // 9:00 in Rome
	early := o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Registrata ieri"})
	o.now = time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
	a := o.file(t, requests.Draft{Kind: kiosk.KindComplaint, Text: "Sportello chiuso", Name: "Anna Esempio", Phone: "333 1234567"})
	b := o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Più sedie"})
	c := o.file(t, requests.Draft{Kind: kiosk.KindDisservice, Text: "Ascensore guasto"})
	_, reply, _, err := o.svc.Reply(a.Code, "mrossi", kiosk.OutcomeAccepted, "Gentile signora, abbiamo riaperto lo sportello.")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := register.Annul(o.db, kiosk.RoleAdmin, kiosk.Annul{Protocol: early.Protocol, Who: "admin", Reason: "inviata per errore",
		Act: "disposizione n. 12 del 02/12/2026", At: o.now}); err != nil {
		t.Fatal(err)
	}
	if _, err := o.keeper.Daily(kiosk.Date{Year: 2026, Month: 12, Day: 2}); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("today's register was made before the day ended: %v", err)
	}
	if _, err := o.keeper.Daily(kiosk.Date{Year: 2027, Month: 1, Day: 2}); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("a future day's register: %v", err)
	}
	o.now = time.Date(2026, 12, 3, 0, 5, 0, 0, time.UTC) // the first run after midnight
	out, err := o.keeper.CatchUp()
	if err != nil || len(out) != 2 || !out[0].Made || !out[1].Made {
		t.Fatalf("catch-up %+v (%v)", out, err)
	}
	day := out[1].Register
	if day.File != "p_demo-AOO_DEMO-PG-20261202.pdf" || day.First != 2 || day.Last != 5 || day.Count != 4 {
		t.Errorf("the day's register %+v", day)
	}
	text := pdfText(t, filepath.Join(o.folder, day.File))
	for _, want := range []string{
		"Registro giornaliero di protocollo del 02/12/2026",
		"N. " + a.Protocol.String(), "N. " + b.Protocol.String(), "N. " + c.Protocol.String(), // three incoming
		"N. " + reply.Protocol.String(), "in partenza", "Risposta a Reclamo", // one outgoing
		"N. " + early.Protocol.String(), "ANNULLATO il 02/12/2026", "inviata per errore", "disposizione n. 12 del 02/12/2026", // the annulment
		"Mittente: Anna Esempio", "Mittente: anonimo",
		"Primo numero: 2026/0000002 · Ultimo numero: 2026/0000005 · Registrazioni: 4",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the daily register lacks %q:\n%s", want, text)
		}
	}
	m, err := register.ReadManifest(o.folder, day.File)
	data, _ := os.ReadFile(filepath.Join(o.folder, day.File))
	sum := sha256.Sum256(data)
	if err != nil || m.SHA256 != hex.EncodeToString(sum[:]) || m.Count != 4 || m.First != "2026/0000002" || m.Annulled != 1 || len(m.Documents) != 4 {
		t.Errorf("manifest %+v (%v)", m, err)
	}
	for _, d := range m.Documents {
		if err := register.Check(o.folder, d.File, d.SHA256); err != nil {
			t.Errorf("document %s: %v", d.File, err)
		}
	}
	// A second run never rewrites it: it checks it, and says when it no longer matches.
	again, err := o.keeper.Daily(day.Day)
	if err != nil || again.Made || again.Matches != nil {
		t.Errorf("second run %+v (%v)", again, err)
	}
	os.WriteFile(filepath.Join(o.folder, day.File), append(data, ' '), 0o600)
	if again, _ := o.keeper.Daily(day.Day); again.Matches == nil || kiosk.ErrorCode(again.Matches) != kiosk.Conflict {
		t.Errorf("an altered register was not noticed: %+v", again)
	}
	if late, err := o.keeper.Overdue(); err != nil || len(late) != 0 {
		t.Errorf("overdue after delivery: %v (%v)", late, err)
	}
}

func TestAnUndeliveredDayIsOverdueAfterTheNextWorkingDay(t *testing.T) {
	o := newOffice(t, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)) // Monday 7 December
	o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Lunedì"})
	o.folder = "/proc/sportello-non-scrivibile"
	for _, c := range []struct {
		now  time.Time
		late int
	}{
		{time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC), 0},  // 8 December, a holiday
		{time.Date(2026, 12, 9, 20, 0, 0, 0, time.UTC), 0}, // Wednesday, the next working day: still due
		{time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC), 1},
	} {
		o.now = c.now
		if late, err := o.keeper.Overdue(); err != nil || len(late) != c.late {
			t.Errorf("%s: overdue %v (%v), want %d", c.now, late, err, c.late)
		}
	}
	_, err := o.keeper.CatchUp()
	if kiosk.ErrorCode(err) != kiosk.Unavailable || !strings.Contains(kiosk.ErrorMessage(err, kiosk.Italian), "cartella di conservazione") {
		t.Errorf("an unwritable folder: %v", err)
	}
	if late, _ := o.keeper.Overdue(); len(late) != 1 {
		t.Error("a failed delivery counted as delivered")
	}
}

// Power lost while the daily register is written leaves a temporary file
// that does not count; the next run delivers it whole.
func TestAHalfWrittenRegisterDoesNotCount(t *testing.T) {
	o := newOffice(t, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Prima del guasto"})
	os.MkdirAll(o.folder, 0o750)
	name := register.FileName(o.c.Organization.Register, kiosk.Date{Year: 2026, Month: 12, Day: 1})
	os.WriteFile(filepath.Join(o.folder, "."+name+".123.tmp"), []byte("%PDF-1.3 mezzo"), 0o600) // what a power cut leaves
	o.now = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	if late, _ := o.keeper.Undelivered(); len(late) != 1 {
		t.Fatalf("a temporary file counted as delivered: %v", late)
	}
	out, err := o.keeper.CatchUp()
	if err != nil || len(out) != 1 || !out[0].Made {
		t.Fatalf("%+v %v", out, err)
	}
	if err := register.Check(o.folder, name, out[0].Register.SHA256); err != nil {
		t.Error(err)
	}
}

// The segnatura XML of a registration validates against AgID's schema and
// carries the document's fingerprint.
func TestTheSegnaturaXMLValidates(t *testing.T) {
	need(t, "xmllint")
	o := newOffice(t, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	r := o.file(t, requests.Draft{Kind: kiosk.KindAccessRecords, Text: "Copia del verbale", Name: "Maria Grazia De Santis", Email: "mg@example.org"})
	g, _ := o.db.Registration(r.Protocol)
	m, err := register.Segnatura(o.c.Organization, g, o.c.Organization.Office.It)
	if err != nil {
		t.Fatal(err)
	}
	if m.ClassCode != "1.9" || m.Sender.Person.Surname != "Santis" || m.ID.Number != 1 {
		t.Errorf("message %+v", m)
	}
	seal, err := segnatura.LoadOrCreateSeal(t.TempDir(), "Provincia - AOO_DEMO", "Provincia", o.now)
	if err != nil {
		t.Fatal(err)
	}
	xml, err := segnatura.Write(m, seal)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "segnatura.xml")
	os.WriteFile(path, xml, 0o600)
	if out, err := exec.Command("xmllint", "--nonet", "--noout", "--schema", "../segnatura/testdata/segnatura_protocollo.xsd", path).CombinedOutput(); err != nil {
		t.Fatalf("%s\n%s", out, xml)
	}
	if err := segnatura.Verify(xml, seal.Certificate); err != nil {
		t.Error(err)
	}
	sum, _ := hex.DecodeString(g.SHA256)
	if !strings.Contains(string(xml), "p_demo") || !strings.Contains(string(xml), b64(sum)) {
		t.Errorf("the segnatura lacks the identifiers or the fingerprint:\n%s", xml)
	}
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// A full conservation folder: the clerk is told, nothing counts as
// delivered, no half file stays.
func TestAFullConservationFolder(t *testing.T) {
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", dir).CombinedOutput()
	testenv.Need(t, err == nil, "cannot mount a small tmpfs here ("+strings.TrimSpace(string(out))+"): the full-disk case needs root")
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	o := newOffice(t, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	o.folder = dir
	o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Un documento più grande del disco"})
	o.now = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	_, err = o.keeper.CatchUp()
	if kiosk.ErrorCode(err) != kiosk.Unavailable || !strings.Contains(kiosk.ErrorMessage(err, kiosk.Italian), "è piena") {
		t.Fatalf("a full folder: %v", err)
	}
	name := register.FileName(o.c.Organization.Register, kiosk.Date{Year: 2026, Month: 12, Day: 1})
	left, _ := os.ReadDir(dir)
	for _, e := range left { // whole registered documents may stay: the next run finds them equal
		if strings.HasPrefix(e.Name(), ".") || e.Name() == name || e.Name() == register.ManifestName(name) {
			t.Errorf("%s left in the full folder", e.Name())
		}
	}
	if late, _ := o.keeper.Undelivered(); len(late) != 1 {
		t.Error("a failed delivery counted as delivered")
	}
}

// A registration in the first second after midnight belongs to its own day,
// though its stored time ("…T23:00:00.4Z") sorts before the day's start as text.
func TestMidnightBelongsToItsOwnDay(t *testing.T) {
	o := newOffice(t, time.Date(2026, 12, 1, 22, 59, 59, 900_000_000, time.UTC)) // 23:59:59.9 in Rome
	before := o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Prima di mezzanotte"})
	o.now = time.Date(2026, 12, 1, 23, 0, 0, 400_000_000, time.UTC) // 00:00:00.4 on 2 December
	after := o.file(t, requests.Draft{Kind: kiosk.KindSuggestion, Text: "Dopo mezzanotte"})
	for _, c := range []struct {
		day  kiosk.Date
		want kiosk.Protocol
	}{{kiosk.Date{Year: 2026, Month: 12, Day: 1}, before.Protocol}, {kiosk.Date{Year: 2026, Month: 12, Day: 2}, after.Protocol}} {
		made, _, err := o.db.RegisterDay(c.day)
		if err != nil || len(made) != 1 || made[0].Protocol != c.want {
			t.Errorf("%s: %+v (%v), want only %s", c.day, made, err, c.want)
		}
	}
}

// An annulled request no longer moves nor gets a reply; retention reaches it
// once its annulment is old enough and its documents are in conservation.
func TestAnAnnulledRequestStaysAsItIs(t *testing.T) {
	o := newOffice(t, time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC))
	r := o.file(t, requests.Draft{Kind: kiosk.KindComplaint, Text: "Doppione", Name: "Anna Esempio", Phone: "333 1234567"})
	if _, err := register.Annul(o.db, kiosk.RoleAdmin, kiosk.Annul{Protocol: r.Protocol, Who: "admin", Reason: "doppione", Act: "disp. 3", At: o.now}); err != nil {
		t.Fatal(err)
	}
	if _, err := o.svc.SetStatus(r.Code, "mrossi", kiosk.StatusAssigned, "", "", ""); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("an annulled request moved: %v", err)
	}
	if _, _, _, err := o.svc.Reply(r.Code, "mrossi", kiosk.OutcomeAccepted, "Risposta"); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("an annulled request got a reply: %v", err)
	}
	o.now = time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	if _, err := o.keeper.CatchUp(); err != nil {
		t.Fatal(err)
	}
	if n, err := o.svc.EraseExpired(24, "retention"); err != nil || n != 1 {
		t.Errorf("retention erased %d (%v) annulled requests", n, err)
	}
	if got, _ := o.db.RequestByCode(r.Code); got.Phone != "" || got.Text != "" || got.Annulment() == nil {
		t.Errorf("after retention: %+v", got)
	}
}
