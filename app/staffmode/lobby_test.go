package staffmode

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// span is where o lies on the window, its top and bottom.
func span(o fyne.CanvasObject) (top, bottom float32) {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p.Y, p.Y + o.Size().Height
}

// findScroll is the first container.Scroll under o, through containers.
func findScroll(o fyne.CanvasObject) *container.Scroll {
	switch w := o.(type) {
	case *container.Scroll:
		return w
	case *fyne.Container:
		for _, c := range w.Objects {
			if s := findScroll(c); s != nil {
				return s
			}
		}
	}
	return nil
}

// fieldLabel is the label of a field on the form shown.
func fieldLabel(t *testing.T, u *testStaff, key string) *widget.Label {
	t.Helper()
	var found *widget.Label
	kittest.Walk(u.Body, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == u.Tr.T(key) && found == nil {
			found = l
		}
	})
	if found == nil {
		t.Fatalf("no label %s", key)
	}
	return found
}

// formScroll is the scroll of the screen shown (the content editor's form).
func formScroll(t *testing.T, u *testStaff) *container.Scroll {
	t.Helper()
	s := findScroll(u.Body)
	if s == nil {
		t.Fatal("no scroll on screen")
	}
	return s
}

// A clerk taps a field low on the office form, at the bottom of what the
// screen shows: the keyboard docks, and the field, with its label, is
// still in view above it, in portrait and landscape; Salva stays at the
// bottom right, above the keyboard.
func TestTheFieldTypedInStaysAboveTheKeyboard(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1080, Height: 1920}, {Width: 1920, Height: 1080}} {
		t.Run(fmt.Sprintf("%.0fx%.0f", size.Width, size.Height), func(t *testing.T) {
			u, w := newTestUI(t)
			w.Resize(size)
			signInEditor(t, u)
			test.Tap(u.staff.editor.kinds["offices"])
			test.Tap(u.staff.editor.items[0])
			for _, key := range []string{"hours.sat", "hours.sun", "address"} {
				u.Render() // the keyboard goes, the form shows from its top
				e := u.staff.editor.edit
				entry, scroll, k := e.entries[key], formScroll(t, u), u.Keyboard()
				viewTop, viewBottom := span(scroll)
				top, bottom := span(entry)
				// scrolled as a clerk would, until the field shows at the bottom of the form
				scroll.ScrollToOffset(fyne.NewPos(0, max(0, scroll.Offset.Y+bottom-viewBottom)))
				saveX, saveW := fyne.CurrentApp().Driver().AbsolutePositionForObject(e.save).X, e.save.Size().Width
				if top, bottom = span(entry); top < viewTop || bottom > viewBottom {
					t.Fatalf("%s: the field at %.0f–%.0f is not in view (%.0f–%.0f) before the tap", key, top, bottom, viewTop, viewBottom)
				}
				w.Canvas().Focus(entry) // as a tap on the field does
				if !k.Shown() || k.Target() != entry {
					t.Fatalf("%s: the keyboard did not dock for the field", key)
				}
				keysTop, _ := span(k.Key("q"))
				viewTop, viewBottom = span(scroll)
				top, bottom = span(entry)
				if top < viewTop || bottom > viewBottom || bottom > keysTop {
					t.Errorf("%s: the field lies at %.0f–%.0f, the form shows %.0f–%.0f, the keyboard starts at %.0f", key, top, bottom, viewTop, viewBottom, keysTop)
				}
				if labelTop, _ := span(fieldLabel(t, u, "field."+key)); labelTop < viewTop {
					t.Errorf("%s: the field's label at %.0f is above the form's top %.0f", key, labelTop, viewTop)
				}
				saveTop, saveBottom := span(e.save)
				if saveTop < viewBottom || saveBottom > keysTop || fyne.CurrentApp().Driver().AbsolutePositionForObject(e.save).X != saveX || e.save.Size().Width != saveW {
					t.Errorf("%s: Salva moved to %.0f–%.0f (keyboard at %.0f)", key, saveTop, saveBottom, keysTop)
				}
			}
		})
	}
}

// An empty day of opening hours reads "chiuso", never a time that looks
// like hours; how to write hours is said once, above the days.
func TestEmptyDaysOfOpeningHoursSayClosed(t *testing.T) {
	u, _ := newTestUI(t)
	signInEditor(t, u)
	test.Tap(u.staff.editor.kinds["offices"])
	test.Tap(u.staff.editor.items[0])
	looksLikeHours := regexp.MustCompile(`\d:\d\d`)
	check := func(closed string) {
		t.Helper()
		e := u.staff.editor.edit
		empty := 0
		for _, day := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
			entry := e.entries["hours."+day]
			if looksLikeHours.MatchString(entry.PlaceHolder) {
				t.Errorf("%s: the placeholder %q looks like hours", day, entry.PlaceHolder)
			}
			if entry.Text == "" {
				empty++
				if entry.PlaceHolder != closed {
					t.Errorf("%s is empty and says %q, want %q", day, entry.PlaceHolder, closed)
				}
			}
		}
		if empty == 0 {
			t.Fatal("the demo office has no closed day to look at")
		}
	}
	check("chiuso")
	if !strings.Contains(kittest.VisibleText(u.Body), "Lasci vuoto un giorno di chiusura") {
		t.Error("the form does not say how to write hours")
	}
	test.Tap(u.LangBtn)
	check("closed")
}

// Elimina needs its second tap wherever it stands: the first changes its
// words, the second deletes.
func TestDeleteStandsApartAndAsksTwice(t *testing.T) {
	u, _ := newTestUI(t)
	signInEditor(t, u)
	test.Tap(u.staff.editor.kinds["notices"])
	n := len(u.Content.Notices)
	test.Tap(u.staff.editor.items[0])
	e := u.staff.editor.edit
	_, delBottom := span(e.del)
	saveTop, _ := span(e.save)
	if saveTop-delBottom < 300 {
		t.Errorf("Elimina ends at %.0f, Salva starts at %.0f: too close", delBottom, saveTop)
	}
	if fieldTop, _ := span(fieldLabel(t, u, "field.id")); delBottom > fieldTop {
		t.Errorf("Elimina (bottom %.0f) is not above the first field (%.0f)", delBottom, fieldTop)
	}
	scroll := formScroll(t, u)
	scroll.ScrollToOffset(fyne.NewPos(0, scroll.Content.MinSize().Height)) // the end of the form, next to Salva
	if viewTop, _ := span(scroll); func() bool { _, b := span(e.del); return b > viewTop }() {
		t.Error("at the end of the form Elimina is still in view, near Salva")
	}
	test.Tap(e.del)
	if len(u.Content.Notices) != n || u.staff.editor.edit.del.Text != "Tocchi di nuovo per eliminare" {
		t.Fatalf("the first tap: %d notices, button %q", len(u.Content.Notices), u.staff.editor.edit.del.Text)
	}
	test.Tap(u.staff.editor.edit.del)
	if len(u.Content.Notices) != n-1 {
		t.Error("the second tap did not delete")
	}
}

// Home while signed in signs staff out and shows the citizens' home: the
// next person at a lobby kiosk is a citizen. Within the session the staff
// menu is reached through Indietro; Indietro from the menu signs out too.
func TestHomeSignsStaffOut(t *testing.T) {
	u, _ := newTestUI(t)
	r := openRequest(t, u, "mrossi", kiosk.RoleOperator)
	test.Tap(u.BackBtn)
	if u.staff == nil || u.PageTitle.Text != "Richieste" {
		t.Fatalf("Indietro from the detail: %q", u.PageTitle.Text)
	}
	test.Tap(u.BackBtn)
	if u.staff == nil || !strings.HasPrefix(u.PageTitle.Text, "Personale: mrossi") {
		t.Fatalf("Indietro from the inbox: %q", u.PageTitle.Text)
	}
	test.Tap(u.staff.menu["requests"])
	test.Tap(u.staff.inbox.rows[r.Code])
	test.Tap(u.HomeBtn)
	if u.staff != nil || u.Depth() != 1 || !strings.Contains(kittest.VisibleText(u.Body), "Uffici e orari") {
		t.Fatalf("Home left staff signed in on %q", u.PageTitle.Text)
	}
	test.Tap(u.HomeBtn)
	if u.staff != nil || u.login != nil {
		t.Error("a second Home brought staff mode back")
	}
	u.OpenSignIn()
	signIn(t, u, "mrossi", "246810")
	test.Tap(u.BackBtn)
	if u.staff != nil || u.Depth() != 1 {
		t.Errorf("Indietro from the staff menu left staff signed in on %q", u.PageTitle.Text)
	}
}

// Exports go only to USB sticks: a folder of the kiosk's own disk among
// the places files are read from is never offered; with no stick in, the
// screen asks for one, and finds it once it is in.
func TestExportsOfferOnlyUSBSticks(t *testing.T) {
	u, _ := newTestUI(t)
	home := t.TempDir()
	os.MkdirAll(filepath.Join(home, "Documenti"), 0o755)
	media := t.TempDir()
	u.Media, u.Sticks = []string{home, media}, []string{media}
	u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
	u.OpenSignIn()
	signIn(t, u, "capo", "975310")
	test.Tap(u.staff.menu["reports"])
	test.Tap(u.staff.reports.export["csv"])
	text := kittest.VisibleText(u.Body)
	if len(u.staff.files.picks) != 0 || !strings.Contains(text, "Inserisca una chiavetta USB") {
		t.Fatalf("with no stick: %d places offered, %q", len(u.staff.files.picks), text)
	}
	stick := filepath.Join(media, "mario", "CHIAVETTA")
	os.MkdirAll(stick, 0o755)
	test.Tap(kittest.FindButton(t, u.Shell, "Cerca di nuovo"))
	for _, p := range u.staff.files.picks {
		if strings.HasPrefix(p.Desc, home) {
			t.Errorf("the kiosk's own folder %s is offered", p.Desc)
		}
	}
	if n := len(u.staff.files.picks); n == 0 || u.staff.files.picks[n-1].Desc != stick {
		t.Fatalf("the stick put in is not offered: %d places", n)
	}
	test.Tap(u.staff.files.picks[len(u.staff.files.picks)-1])
	if found, _ := filepath.Glob(filepath.Join(stick, "*.csv")); len(found) != 1 {
		t.Errorf("the CSV is not on the stick: %v", found)
	}
	test.Tap(u.BackBtn)
	test.Tap(u.BackBtn)
	test.Tap(u.staff.menu["content"])
	os.RemoveAll(filepath.Join(media, "mario"))
	test.Tap(u.staff.editor.kinds["export"])
	if len(u.staff.files.picks) != 0 || !strings.Contains(kittest.VisibleText(u.Body), "Inserisca una chiavetta USB") {
		t.Errorf("the content export with no stick: %d places offered", len(u.staff.files.picks))
	}
}
