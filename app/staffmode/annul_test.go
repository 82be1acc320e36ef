package staffmode

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// An admin annuls a registration from its detail; it stays readable, marked
// ANNULLATO with the date, the operator, the reason and the act; an operator
// is not offered the button; the citizen's lookup says only that it was annulled.
func TestAnAdminAnnulsARegistration(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("capo", kiosk.RoleAdmin, "135791", "admin")
	r := openRequest(t, u, "mrossi", kiosk.RoleOperator)
	if u.staff.detail.annul != nil {
		t.Error("an operator is offered the annulment")
	}
	if !strings.Contains(kittest.VisibleText(u.Body), "p_demo · AOO_DEMO · PG · 2026/0000001 del 25/11/2026") {
		t.Errorf("the detail does not show the segnatura:\n%s", kittest.VisibleText(u.Body))
	}
	u.signOut()
	u.OpenSignIn()
	signIn(t, u, "capo", "135791")
	test.Tap(u.staff.menu["requests"])
	test.Tap(u.staff.inbox.rows[r.Code])
	test.Tap(u.staff.detail.annul)
	f := u.staff.detail.annulF
	test.Type(f.reason, "Registrata due volte")
	test.Tap(f.confirm)
	if !strings.Contains(f.problem.Text, "atto") || f.reason.Text != "Registrata due volte" {
		t.Fatalf("no act: %q, reason kept %q", f.problem.Text, f.reason.Text)
	}
	if g, _ := u.db.RequestByCode(r.Code); g.Annulment() != nil {
		t.Fatal("annulled without the act")
	}
	test.Type(f.act, "disposizione del responsabile n. 12 del 25/11/2026")
	test.Tap(f.confirm)
	text := kittest.VisibleText(u.Body)
	for _, want := range []string{"ANNULLATO il 25/11/2026", "da capo", "Registrata due volte", "disposizione del responsabile n. 12"} {
		if !strings.Contains(text, want) {
			t.Errorf("the annulled detail lacks %q:\n%s", want, text)
		}
	}
	if u.staff.detail.annul != nil || len(u.staff.detail.moves) != 0 {
		t.Error("an annulled registration still offers annulment or moves")
	}
	p, err := u.svc.Status(r.Code)
	if err != nil || p.Annulled == nil || p.Kind.It != "" {
		t.Errorf("the citizen's lookup: %+v (%v)", p, err)
	}
}

// openRequest files a suggestion and opens its detail as a new member of
// staff with role (PIN 246810).
func openRequest(t *testing.T, u *testStaff, user string, role kiosk.Role) kiosk.Request {
	t.Helper()
	if err := u.accounts.Add(user, role, "246810", "admin"); err != nil {
		t.Fatal(err)
	}
	r, err := u.svc.Register(suggestionDraft())
	if err != nil {
		t.Fatal(err)
	}
	u.OpenSignIn()
	signIn(t, u, user, "246810")
	test.Tap(u.staff.menu["requests"])
	test.Tap(u.staff.inbox.rows[r.Code])
	return r
}

// The staff home says first what the register needs: a daily register late
// for conservation, the emergency register in use.
func TestStaffHomeWarnsOfTheRegister(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin")
	u.StaffWarnings = func() []kiosk.Text {
		return []kiosk.Text{kiosk.T("Il registro giornaliero di protocollo del 20/11/2026 non è ancora in conservazione.", "late")}
	}
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	if !strings.Contains(kittest.VisibleText(u.Body), "del 20/11/2026 non è ancora in conservazione") {
		t.Errorf("the staff home does not warn:\n%s", kittest.VisibleText(u.Body))
	}
}
