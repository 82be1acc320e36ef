package staffmode

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit"
	"sportello/app/kit/kittest"
	"sportello/internal/appointments"
	"sportello/internal/editor"
	"sportello/internal/kiosk"
)

// Every staff screen shows whole at every kiosk size: no text cut, nothing
// off the window.
func TestEveryStaffScreenAtEverySize(t *testing.T) {
	for _, size := range kittest.KioskSizes {
		u, w := newTestUI(t)
		w.Resize(size)
		openRequest(t, u, "admin1", kiosk.RoleAdmin)
		screens := []struct {
			name string
			open func()
		}{
			{"detail", func() {}},
			{"status change", func() { test.Tap(u.staff.detail.moves[kiosk.StatusAssigned]) }},
			{"menu", func() { u.Restart(u.staffHome) }},
			{"inbox", func() { test.Tap(u.staff.menu["requests"]) }},
			{"reports", func() { test.Tap(u.staff.menu["reports"]) }},
			{"content", func() { test.Tap(u.staff.menu["content"]) }},
			{"settings", func() { test.Tap(u.staff.menu["settings"]) }},
			{"audit", func() { test.Tap(u.staff.menu["audit"]) }},
			{"office form", func() { u.staff.editor.openEdit(editor.Offices, 0) }},
			{"office form, typing", func() {
				u.staff.editor.openEdit(editor.Offices, 0)
				var first *kit.Entry
				kittest.Walk(u.Body, func(o fyne.CanvasObject) {
					if e, ok := o.(*kit.Entry); ok && first == nil {
						first = e
					}
				})
				w.Canvas().Focus(first)
			}},
			{"appointments", func() { test.Tap(u.staff.menu["appointments"]) }},
			{"appointment booking form", func() {
				test.Tap(u.staff.menu["appointments"])
				u.staff.appts.booking = &staffBooking{draft: appointments.Draft{Service: "passo-carrabile", Start: u.Now().Add(24 * time.Hour)}}
				u.Show(u.staff.appts.bookingForm)
			}},
			{"sign-in", func() { u.OpenSignIn() }},
		}
		for _, s := range screens {
			if s.name != "detail" && s.name != "status change" && s.name != "menu" {
				u.Restart(u.staffHome)
			}
			s.open()
			if m := w.Content().MinSize(); m.Width > size.Width+1 || m.Height > size.Height+1 {
				t.Errorf("%s at %v: the window needs %v, more than the screen", s.name, size, m)
			}
			if problems := kittest.Cut(u.Body, w.Canvas().Size()); len(problems) > 0 {
				t.Errorf("%s at %v:\n  %s", s.name, size, strings.Join(problems, "\n  "))
			}
		}
	}
}
