package citizen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"sportello/internal/kiosk"
)

// attractScreen invites a passer-by to touch the screen: "Tocca per
// iniziare", the office the kiosk stands in and whether it is open now.
func (u *Screens) attractScreen() fyne.CanvasObject {
	desc := u.Tr.Text(u.Content.Organization.Office)
	if o, ok := u.kioskOffice(); ok {
		status, _ := u.openText(o)
		desc = u.Tr.Text(o.Name) + "\n" + status
	}
	t := u.Tile(theme.LoginIcon(), u.Tr.T("attract.title"), desc, u.GoHome)
	u.attract = t
	return t
}

// kioskOffice is the office the kiosk stands in: the one configured, else the first.
func (u *Screens) kioskOffice() (kiosk.Office, bool) {
	if o, ok := u.Content.Office(u.Settings().Office); ok {
		return o, true
	}
	if len(u.Content.Offices) > 0 {
		return u.Content.Offices[0], true
	}
	return kiosk.Office{}, false
}
