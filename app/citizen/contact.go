package citizen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
)

// contactFields are the name, e-mail and phone a citizen leaves, each bound
// to a field of a draft: what is typed stays when the citizen goes back.
type contactFields struct{ name, email, phone *kit.Entry }

// newContactFields builds the fields over name, email and phone, under
// note; changed, if not nil, runs after each change. The phone gets the
// numeric pad; Invio moves from a field to the next.
func newContactFields(u *kit.Shell, name, email, phone *string, note string, changed func()) (contactFields, fyne.CanvasObject) {
	entry := func(value *string, placeholder string) *kit.Entry {
		e := u.NewEntry()
		kit.SetEntry(e, *value)
		e.SetPlaceHolder(placeholder)
		e.OnChanged = func(s string) {
			*value = s
			if changed != nil {
				changed()
			}
		}
		return e
	}
	c := contactFields{entry(name, u.Tr.T("request.contact.name")), entry(email, u.Tr.T("request.contact.email.example")), entry(phone, "333 1234567")}
	c.phone.Numeric = true
	next := func(to *kit.Entry) func(string) { return func(string) { u.Win.Canvas().Focus(to) } }
	c.name.OnSubmitted, c.email.OnSubmitted = next(c.email), next(c.phone) // Invio goes on to the next field
	c.phone.OnSubmitted = func(string) { u.HideKeyboard() }                // and after the last, shows the step whole
	label := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(u.Tr.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	return c, container.NewVBox(kit.Paragraph(note),
		label("request.contact.name"), c.name, label("request.contact.email"), c.email, label("request.contact.phone"), c.phone)
}
