package staffmode

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

// takeAt takes a number of line at hh:mm today (25 November 2026) in
// Rome, as the lobby's kiosk would; the desks' clock stays at 10:30.
func takeAt(t *testing.T, u *testStaff, line string, hh, mm int) queue.Place {
	t.Helper()
	at := time.Date(2026, 11, 25, hh, mm, 0, 0, hours.Rome)
	kiosk1 := &queue.Service{Store: u.db, Content: u.db.Content, Now: func() time.Time { return at }}
	p, err := kiosk1.Take(line, false, kiosk.Italian)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// openDeskAs signs in with a role and opens "Sportello: chiamate".
func openDeskAs(t *testing.T, u *testStaff, user string, role kiosk.Role) *deskScreen {
	t.Helper()
	if err := u.accounts.Add(user, role, "246810", "admin"); err != nil {
		t.Fatal(err)
	}
	u.OpenSignIn()
	signIn(t, u, user, "246810")
	test.Tap(u.staff.menu["desk"])
	return u.staff.desk
}

func bodyHas(t *testing.T, u *testStaff, wants ...string) {
	t.Helper()
	text := kittest.VisibleText(u.Body)
	for _, want := range wants {
		if !strings.Contains(text, want) {
			t.Errorf("the screen lacks %q:\n%s", want, text)
		}
	}
}

// At the desk staff choose the desk, call the next number, call it again,
// close it served or absent or move it to another line, where it keeps its
// place; a call with no one waiting says so, and the lines show how they
// stand after each action.
func TestTheDeskCallsServesAndTransfers(t *testing.T) {
	u, _ := newTestUI(t)
	takeAt(t, u, "A", 10, 10)
	takeAt(t, u, "A", 10, 15)
	takeAt(t, u, "P", 10, 20)
	d := openDeskAs(t, u, "mrossi", kiosk.RoleOperator)
	if u.PageTitle.Text != "Scelga lo sportello" || len(d.desks) != 2 {
		t.Fatalf("opened %q with %d desks", u.PageTitle.Text, len(d.desks))
	}
	bodyHas(t, u, "Sportello 1\nLinee A Informazioni e orientamento, R Reclami e accesso agli atti")
	test.Tap(d.desks["sportello-1"])
	if u.PageTitle.Text != "Sportello 1: chiamate" || d.number.Text != "—" || !d.served.Disabled() || !d.transfer.Disabled() {
		t.Fatalf("the desk: %q, number %q", u.PageTitle.Text, d.number.Text)
	}
	bodyHas(t, u, "Linee servite: A, R", "A Informazioni e orientamento (questo sportello): 2 in attesa · il primo da 20 min",
		"P Protocollo e consegna documenti: 1 in attesa · il primo da 10 min", "R Reclami e accesso agli atti (questo sportello): nessuno in attesa")

	test.Tap(d.call)
	if d.number.Text != "A001" || d.state.Text != "A001 chiamato." || d.served.Disabled() {
		t.Fatalf("called %q: %q", d.number.Text, d.state.Text)
	}
	bodyHas(t, u, "A Informazioni e orientamento · chiamato alle 10:30 · ha atteso 20 min", "(questo sportello): 1 in attesa · il primo da 15 min")
	test.Tap(d.call) // A001 still at the desk
	if d.number.Text != "A001" || !strings.HasPrefix(d.state.Text, "Prima chiuda il numero A001") {
		t.Errorf("a second call with A001 open: %q %q", d.number.Text, d.state.Text)
	}
	test.Tap(d.recall)
	if d.number.Text != "A001" || d.state.Text != "A001 richiamato." {
		t.Errorf("recall: %q %q", d.number.Text, d.state.Text)
	}
	test.Tap(d.served)
	if d.number.Text != "—" || d.state.Text != "A001 servito." || !d.served.Disabled() {
		t.Errorf("served: %q %q", d.number.Text, d.state.Text)
	}

	test.Tap(d.call)
	test.Tap(d.transfer)
	if u.PageTitle.Text != "Trasferisci A002" || d.targets["A"] != nil || d.targets["P"] == nil || d.targets["R"] == nil {
		t.Fatalf("the transfer: %q %v", u.PageTitle.Text, d.targets)
	}
	test.Tap(d.targets["P"])
	if u.PageTitle.Text != "Sportello 1: chiamate" || d.number.Text != "—" || d.state.Text != "A002 passa alla linea P con il numero P002." {
		t.Fatalf("after the transfer: %q %q %q", u.PageTitle.Text, d.number.Text, d.state.Text)
	}
	bodyHas(t, u, "P Protocollo e consegna documenti: 2 in attesa · il primo da 15 min") // it kept its place: queued at 10:15
	test.Tap(d.call)
	if d.number.Text != "—" || d.state.Text != "Nessuno in attesa per le linee di questo sportello: riprovi tra poco." || !d.bad {
		t.Errorf("no one waiting for A and R: %q %q", d.number.Text, d.state.Text)
	}

	test.Tap(d.change)
	test.Tap(d.desks["sportello-2"])
	d.busy = true // a call under way: a second tap does nothing
	test.Tap(d.call)
	if d.number.Text != "—" {
		t.Errorf("a tap while busy called %q", d.number.Text)
	}
	d.busy = false
	test.Tap(d.call)
	if d.number.Text != "P002" { // the number moved keeps the place of A002, taken before P001
		t.Errorf("sportello 2 called %q", d.number.Text)
	}
	test.Tap(d.noShow)
	if d.state.Text != "P002 chiuso: assente." {
		t.Errorf("no-show: %q", d.state.Text)
	}
	tickets, _ := u.db.Tickets("2026-11-25")
	var got []string
	for _, tk := range tickets {
		got = append(got, tk.Label()+" "+string(tk.Status)+" "+tk.Desk)
	}
	if want := "A001 servito sportello-1,A002 trasferito sportello-1,P001 attesa ,P002 assente sportello-2"; strings.Join(got, ",") != want {
		t.Errorf("the tickets: %s, want %s", strings.Join(got, ","), want)
	}
}

// The desk chosen stays for the session; a number left open, as when the
// session ended while a citizen was at the desk, is there to close at the
// next sign-in.
func TestTheDeskKeepsItsChoiceAndItsOpenNumber(t *testing.T) {
	u, _ := newTestUI(t)
	takeAt(t, u, "R", 10, 0)
	d := openDeskAs(t, u, "mrossi", kiosk.RoleOperator)
	test.Tap(d.desks["sportello-1"])
	test.Tap(d.call)
	test.Tap(u.BackBtn)
	test.Tap(u.staff.menu["desk"])
	if u.PageTitle.Text != "Sportello 1: chiamate" || d.number.Text != "R001" {
		t.Fatalf("reopened on %q with %q", u.PageTitle.Text, d.number.Text)
	}
	u.signOut()
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	test.Tap(u.staff.menu["desk"])
	d = u.staff.desk
	test.Tap(d.desks["sportello-2"]) // it serves no R: nothing of its own open
	if d.number.Text != "—" {
		t.Errorf("sportello 2 shows %q", d.number.Text)
	}
	test.Tap(d.change)
	test.Tap(d.desks["sportello-1"])
	if d.number.Text != "R001" || d.served.Disabled() {
		t.Fatalf("the number left open: %q", d.number.Text)
	}
	bodyHas(t, u, "chiamato alle 10:30 · ha atteso 30 min")
	test.Tap(d.served)
	if d.state.Text != "R001 servito." {
		t.Errorf("closing it: %q", d.state.Text)
	}
}

// An editor does not call numbers; a kiosk with no queue has no desk.
func TestTheDeskIsForOperatorsOfAQueue(t *testing.T) {
	u, _ := newTestUI(t)
	if d := openDeskAs(t, u, "redattore", kiosk.RoleEditor); d.desks != nil || strings.Contains(kittest.VisibleText(u.Body), "Scelga lo sportello") {
		t.Errorf("an editor at the desk: %q", u.PageTitle.Text)
	}
	v, _ := newTestUI(t)
	v.Queue = nil
	v.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin")
	v.OpenSignIn()
	signIn(t, v, "mrossi", "246810")
	if v.staff.desk != nil || strings.Contains(kittest.VisibleText(v.Body), "Sportello: chiamate") {
		t.Error("the staff menu offers the desk with no queue")
	}
	test.Tap(v.staff.menu["reports"])
	if v.staff.queueReport != nil || strings.Contains(kittest.VisibleText(v.Body), "Coda agli sportelli") {
		t.Error("the reports offer the queue's with no queue")
	}
}

// The desk's screens show whole at every kiosk size.
func TestTheDeskAtEverySize(t *testing.T) {
	for _, size := range kittest.KioskSizes {
		u, w := newTestUI(t)
		w.Resize(size)
		takeAt(t, u, "A", 10, 0)
		d := openDeskAs(t, u, "mrossi", kiosk.RoleOperator)
		for _, s := range []struct {
			name string
			tap  func()
		}{
			{"choice", func() {}},
			{"desk", func() { test.Tap(d.desks["sportello-2"]) }},
			{"called", func() { test.Tap(d.call) }},
			{"transfer", func() { test.Tap(d.transfer) }},
		} {
			s.tap()
			if problems := kittest.Cut(u.Body, w.Canvas().Size()); len(problems) > 0 {
				t.Errorf("%s at %v:\n  %s", s.name, size, strings.Join(problems, "\n  "))
			}
		}
	}
}

// A number closed meanwhile, as from the command line, says so and leaves
// the desk free for the next.
func TestTheDeskLetsGoOfANumberClosedElsewhere(t *testing.T) {
	u, _ := newTestUI(t)
	takeAt(t, u, "A", 10, 0)
	d := openDeskAs(t, u, "mrossi", kiosk.RoleOperator)
	test.Tap(d.desks["sportello-2"])
	test.Tap(d.call)
	if _, err := u.Queue.NoShow(d.current.ID); err != nil {
		t.Fatal(err)
	}
	test.Tap(d.served)
	if d.current != nil || d.state.Text != "Il biglietto A001 è già assente." || d.call.Disabled() {
		t.Errorf("served after a no-show elsewhere: %v %q", d.current, d.state.Text)
	}
}
