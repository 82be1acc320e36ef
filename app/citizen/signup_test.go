package citizen

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/events"
	"sportello/internal/ticket"
)

// A citizen signs up for an event from its notice: the privacy notice
// first, then a name and a contact; the code shows the seat and cancels it.
func TestSigningUpForAnEvent(t *testing.T) {
	u, _ := newTestUI(t)
	for _, n := range u.Content.Notices {
		if n.ID == "seminario-urp" {
			u.Show(u.noticePage(n))
		}
	}
	test.Tap(kittest.FindButton(t, u.Shell, "Si iscriva all'evento"))
	f := u.signup
	test.Tap(f.next)
	if !strings.Contains(f.problem.Text, "informativa") {
		t.Errorf("without the privacy notice: %q", f.problem.Text)
	}
	test.Tap(f.accept)
	test.Tap(f.next)
	f.name.SetText("Anna Esempio")
	f.email.SetText("anna@")
	test.Tap(f.next)
	if f.done.Code != "" || f.problem.Text == "" {
		t.Fatalf("signed up with a wrong e-mail: %q", f.problem.Text)
	}
	f.email.SetText("anna@example.org")
	test.Tap(f.next)
	if f.done.Status != events.Seated || !strings.Contains(kittest.VisibleText(u.Body), "il posto è Suo") {
		t.Fatalf("not seated: %+v %q", f.done, f.problem.Text)
	}
	if len(u.fake.Printed()) != 1 {
		t.Errorf("%d confirmations printed", len(u.fake.Printed()))
	}
	test.Tap(u.HomeBtn)
	test.Tap(u.home.tiles[sectionStatus])
	test.Type(u.status.code, ticket.Format(f.done.Code))
	test.Tap(u.status.search)
	if shown := kittest.VisibleText(u.status.result); !strings.Contains(shown, "Posto confermato") || u.status.cancel == nil {
		t.Fatalf("the sign-up looked up:\n%s", shown)
	}
	test.Tap(u.status.cancel)
	if !strings.Contains(kittest.VisibleText(u.status.result), "Annullata") {
		t.Errorf("after cancelling:\n%s", kittest.VisibleText(u.status.result))
	}
}
