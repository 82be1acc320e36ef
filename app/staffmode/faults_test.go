package staffmode

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// A reply whose letter cannot be printed: the reply is registered, and the
// detail says the letter was not printed, instead of printing it later.
func TestAReplyWhoseLetterCannotBePrinted(t *testing.T) {
	u, _ := newTestUI(t)
	r := openRequest(t, u, "mrossi", kiosk.RoleOperator)
	test.Tap(u.staff.detail.moves[kiosk.StatusConcluded])
	test.Tap(u.staff.detail.outcomes[kiosk.OutcomeAccepted])
	test.Type(u.staff.detail.reply, "Grazie del suggerimento.")
	u.fake.Down = true
	test.Tap(u.staff.detail.save)
	if got, _ := u.db.RequestByCode(r.Code); got.Status != kiosk.StatusConcluded {
		t.Fatalf("the reply was not registered: %s", got.Status)
	}
	if !strings.Contains(kittest.VisibleText(u.Body), "la lettera non è stata stampata") {
		t.Errorf("the detail does not say the letter was not printed:\n%s", kittest.VisibleText(u.Body))
	}
}
