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

// session is a member of staff signed in and the screens they have open.
type session struct {
	user    *kiosk.Account
	ended   bool // signed out: work that finishes later shows nothing
	menu    map[string]*kit.Tile
	files   *usbFiles
	inbox   *inboxScreen
	detail  *detailScreen
	reports *reportsScreen
	editor  *contentEditor
	audit   *auditScreen
	access  *accessRegister     // nil: no access register here
	events  *eventsScreen       // nil: no events here
	appts   *appointmentsScreen // nil: no appointments here

	desk        *deskScreen // the desk queue's screens; nil, both: no queue here
	queueReport *queueReportScreen
}

// signInForm is the staff sign-in: a name, a password or PIN.
type signInForm struct {
	name, secret *kit.Entry
	signIn       *kit.Button
	problem      *widget.Label
	busy         bool // the password is being checked: a second tap does nothing
}

// newSession opens the screens of a member of staff just signed in, each
// with what it needs.
func (u *Screens) newSession(a kiosk.Account) *session {
	s := &session{user: &a}
	s.files = &usbFiles{Shell: u.Shell, media: u.Media, sticks: u.Sticks}
	s.detail = newDetail(u.Shell, s, u.Requests, u.Printer, u.Direct, u.Register)
	s.inbox = newInbox(u.Shell, u.Requests, s.detail.open)
	s.detail.changed = func() { s.inbox.list = nil }
	if u.AccessRegister != nil {
		s.access = newAccessRegister(u.Shell, s, u.AccessRegister, s.files)
	}
	s.desk, s.queueReport = newDeskQueue(u.Shell, s, u.Queue)
	s.events = newEvents(u.Shell, u.Events, s.files)
	s.appts = newAppointments(u.Shell, s, u.Appointments, u.Printer)
	s.reports = newReports(u.Shell, s, u.Ratings, u.Charter, s.access)
	s.editor = newContentEditor(u.Shell, s, u.ContentStore)
	s.audit = newAudit(u.Shell, u.Audit)
	return s
}

// endSession ends the staff session, if any: what it left running finds
// it ended.
func (u *Screens) endSession() {
	if u.staff != nil {
		u.staff.ended = true
	}
	u.staff, u.login, u.settingsForm = nil, nil, nil
}

// OpenSignIn shows the staff sign-in: a long press on the header, Ctrl+Alt+S, or --staff.
func (u *Screens) OpenSignIn() {
	if u.login == nil {
		u.login = &signInForm{}
	}
	u.Show(u.signInScreen)
}

func (u *Screens) signInScreen() fyne.CanvasObject {
	s := u.login
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
			if u.login != s {
				return // the kiosk went home meanwhile
			}
			s.signIn.Enable()
			s.problem.Importance = widget.DangerImportance
			if err != nil {
				s.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
				return
			}
			u.endSession() // a second sign-in ends the session before it
			u.staff = u.newSession(a)
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
	u.endSession()
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
			s.inbox.list = nil // read anew each time the inbox opens
			u.Show(u.allowed(staff.HandleRequests, s.inbox.screen))
		}),
		"desk": u.Row(u.Tr.T("staff.desk"), u.Tr.T("staff.desk.desc"), u.openDesk),
		"reports": u.Row(u.Tr.T("staff.reports"), u.Tr.T("staff.reports.desc"), func() {
			s.reports.data = nil // read anew each time the reports open
			u.Show(u.allowed(staff.ReadReports, s.reports.screen))
		}),
		"accessreg": u.Row(u.Tr.T("staff.access.notes"), u.Tr.T("staff.accessreg.desc"), func() {
			u.Show(u.allowed(staff.ReadReports, s.access.screen))
		}),
		"content":  u.Row(u.Tr.T("staff.content"), u.Tr.T("staff.content.desc"), func() { u.Show(u.allowed(staff.EditContent, s.editor.screen)) }),
		"settings": u.Row(u.Tr.T("settings.title"), u.Tr.T("settings.desc"), func() { u.Show(u.allowed(staff.ChangeSettings, u.settingsScreen)) }),
		"audit": u.Row(u.Tr.T("audit.title"), u.Tr.T("audit.desc"), func() {
			s.audit.reset() // read anew, from the newest, each time it opens
			u.Show(u.allowed(staff.ReadAudit, s.audit.screen))
		}),
		"events": u.Row(u.Tr.T("staff.events"), u.Tr.T("staff.events.desc"), func() {
			s.events.read = false // read anew each time it opens
			u.Show(u.allowed(staff.HandleRequests, s.events.screen))
		}),
		"appointments": u.Row(u.Tr.T("staff.appointments"), u.Tr.T("staff.appointments.desc"), func() {
			s.appts.read, s.appts.notice = false, "" // read anew each time it opens
			u.Show(u.allowed(staff.HandleRequests, s.appts.screen))
		}),
		"signout": u.CompactRow(u.Tr.T("staff.signout"), s.user.Username, u.signOut), // below the list, on every page
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
	grid := container.New(u.Columns(3)) // side by side where they fit: Esci on the first page
	for _, k := range []string{"requests", "desk", "appointments", "events", "reports", "accessreg", "content", "settings", "audit"} {
		if k == "audit" && u.Audit == nil || k == "accessreg" && s.access == nil || k == "desk" && s.desk == nil || k == "events" && s.events == nil ||
			k == "appointments" && s.appts == nil {
			continue
		}
		grid.Add(s.menu[k])
	}
	list.Add(grid)
	title := u.Tr.T("staff.home", map[string]any{"User": s.user.Username, "Role": u.Tr.T("staff.role." + string(s.user.Role))})
	page := u.Page(title, container.NewBorder(nil, s.menu["signout"], nil, nil, u.Scroller(list)))
	back := u.BackBtn // Indietro from the staff menu leaves staff mode, as Home and Esci do
	back.OnTapped = u.Action(func() string { return back.Text }, u.signOut)
	return page
}
