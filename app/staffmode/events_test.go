package staffmode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/events"
	"sportello/internal/kiosk"
)

// Staff see who signed up for an event, seats first then the waiting list,
// and export the list onto a stick.
func TestTheSignupsOfAnEvent(t *testing.T) {
	u, _ := newTestUI(t)
	svc := &events.Service{Store: u.db, Content: u.db.Content, Now: u.Now}
	if _, err := svc.SignUp(events.Draft{Notice: "seminario-urp", Name: "Anna Esempio", Email: "anna@example.org", Lang: kiosk.Italian, PrivacyAccepted: true}); err != nil {
		t.Fatal(err)
	}
	stick := filepath.Join(t.TempDir(), "USB")
	os.MkdirAll(stick, 0o755)
	u.Sticks = []string{filepath.Dir(stick)}
	u.accounts.Add("mrossi", kiosk.RoleOperator, "246810", "admin")
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	test.Tap(u.staff.menu["events"])
	row := u.staff.events.rows["seminario-urp"]
	if row == nil || !strings.Contains(row.Desc, "Posti occupati: 1 su 30") {
		t.Fatalf("the events: %+v", row)
	}
	test.Tap(row)
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "Anna Esempio") || !strings.Contains(shown, "Posto confermato") {
		t.Errorf("the event's list:\n%s", shown)
	}
	test.Tap(u.staff.events.export["seminario-urp"])
	test.Tap(u.staff.files.picks[0])
	if b, err := os.ReadFile(filepath.Join(stick, "iscritti-seminario-urp.csv")); err != nil || !strings.Contains(string(b), "Anna Esempio") {
		t.Errorf("the export: %v %s", err, b)
	}
}
