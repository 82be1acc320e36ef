package staffmode

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/kiosk"
	"sportello/internal/staff"
)

// session holds the staff mode's state and widgets.
type session struct {
	user     *kiosk.Account
	name     *kit.Entry
	secret   *kit.Entry
	signIn   *widget.Button
	problem  *widget.Label
	menu     map[string]*kit.Tile
	filter   kiosk.Status // "" for every open request
	overdue  bool
	query    string
	rows     map[string]*kit.Tile // by canonical code
	detail   kiosk.Request
	moves    map[kiosk.Status]*widget.Button
	outcome  kiosk.Outcome
	outcomes map[kiosk.Outcome]*widget.Button
	public   *kit.Entry
	internal *kit.Entry
	reply    *kit.Entry // a written reply, registered as outgoing
	save     *widget.Button
	alerts   map[int64]*widget.Button

	kinds  map[string]*kit.Tile // the content screen's rows, by list, "import" and "export"
	items  []*kit.Tile          // the items of the list shown
	add    *widget.Button
	edit   *contentEdit
	notice string      // what the last content change did
	picks  []*kit.Tile // files or USB sticks to choose from

	days    int // the period of the reports screen
	periods map[int]*widget.Button
	export  map[string]*widget.Button // by format: csv, pdf

	annul  *widget.Button // on the detail of a registration an admin may annul
	annulF *annulForm

	inbox      []kiosk.Request // as last read; nil: to read
	report     *reportData     // the reports screen's figures as last read; nil: to read
	inboxErr   error
	detailFor  string // the code whose detail was read; "" to read it again
	detailNote string // what the last change of the detail left to say (a letter not printed)
	saving     bool   // a status change is being saved: a second Salva does nothing
	busy       bool   // a file is read from or written to a USB stick: a second tap does nothing
	detailErr  error
}

// OpenSignIn shows the staff sign-in: a long press on the header, Ctrl+Alt+S, or --staff.
func (u *Screens) OpenSignIn() {
	if u.staff == nil {
		u.staff = &session{}
	}
	u.Show(u.signInScreen)
}

func (u *Screens) signInScreen() fyne.CanvasObject {
	s := u.staff
	s.name = u.NewEntry()
	s.name.SetPlaceHolder(u.Tr.T("staff.user"))
	s.secret = u.NewEntry()
	s.secret.Password = true
	s.secret.SetPlaceHolder(u.Tr.T("staff.secret"))
	s.problem = kit.ProblemLabel()
	s.signIn = u.Primary(u.Tr.T("staff.signin"), func() {
		if s.busy {
			return
		}
		s.busy = true
		name, secret := strings.TrimSpace(s.name.Text), s.secret.Text
		s.secret.SetText("")
		s.signIn.Disable()
		s.problem.Importance = widget.MediumImportance
		s.problem.SetText(u.Tr.T("staff.signing"))
		var a kiosk.Account
		var err error
		u.Background(func() { a, err = u.Staff.SignIn(name, secret) }, func() { // bcrypt takes its time, by design
			s.busy = false
			if u.staff != s {
				return // the kiosk went home meanwhile
			}
			s.signIn.Enable()
			s.problem.Importance = widget.DangerImportance
			if err != nil {
				s.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
				return
			}
			s.user = &a
			u.ShowOverFirst(u.staffHome)
		})
	})
	s.secret.OnSubmitted = func(string) { s.signIn.OnTapped() }
	s.name.OnSubmitted = func(string) { u.Win.Canvas().Focus(s.secret) }
	u.Focus = s.name
	body := container.NewGridWithColumns(2, // side by side, so both show above the keyboard
		container.NewVBox(widget.NewLabel(u.Tr.T("staff.user")), s.name),
		container.NewVBox(widget.NewLabel(u.Tr.T("staff.secret")), s.secret))
	return u.Page(u.Tr.T("staff.title"), kit.WithAction(u.Scroller(body), s.problem, s.signIn))
}

// signOut ends the staff session and gives the kiosk back to citizens.
func (u *Screens) signOut() {
	u.staff = nil
	u.GoHome()
}

// allowed shows a denial in place of a screen the role may not open.
func (u *Screens) allowed(a staff.Action, open kit.Screen) kit.Screen {
	return func() fyne.CanvasObject {
		if err := staff.Can(u.staff.user.Role, a); err != nil {
			return u.Page(u.Tr.T("staff.denied"), kit.Paragraph(kiosk.ErrorMessage(err, u.Tr.Lang())))
		}
		return open()
	}
}

func (u *Screens) staffHome() fyne.CanvasObject {
	s := u.staff
	u.settingsForm = nil // Back from the settings drops what was not saved
	s.menu = map[string]*kit.Tile{
		"requests": u.Row(u.Tr.T("staff.requests"), u.Tr.T("staff.requests.desc"), func() {
			s.inbox = nil // read anew each time the inbox opens
			u.Show(u.allowed(staff.HandleRequests, u.inboxScreen))
		}),
		"reports": u.Row(u.Tr.T("staff.reports"), u.Tr.T("staff.reports.desc"), func() {
			s.report = nil // read anew each time the reports open
			u.Show(u.allowed(staff.ReadReports, u.staffReports))
		}),
		"content":  u.Row(u.Tr.T("staff.content"), u.Tr.T("staff.content.desc"), func() { u.Show(u.allowed(staff.EditContent, u.staffContent)) }),
		"settings": u.Row(u.Tr.T("settings.title"), u.Tr.T("settings.desc"), func() { u.Show(u.allowed(staff.ChangeSettings, u.settingsScreen)) }),
		"signout":  u.Row(u.Tr.T("staff.signout"), s.user.Username, u.signOut),
	}
	list := container.NewVBox()
	if u.StaffWarnings != nil { // they may ask the central database: not on the UI goroutine
		warnings := container.NewVBox()
		list.Add(warnings)
		var found []kiosk.Text
		u.Background(func() { found = u.StaffWarnings() }, func() {
			for _, w := range found {
				warning := kit.Paragraph("⚠ " + u.Tr.Text(w))
				warning.Importance = widget.DangerImportance
				warnings.Add(warning)
			}
		})
	}
	for _, k := range []string{"requests", "reports", "content", "settings", "signout"} {
		list.Add(s.menu[k])
	}
	title := u.Tr.T("staff.home", map[string]any{"User": s.user.Username, "Role": string(s.user.Role)})
	return u.Page(title, u.Scroller(list))
}
