package staffmode

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/editor"
	"sportello/internal/kiosk"
	"sportello/internal/register"
	"sportello/internal/settings"
	"sportello/internal/ticket"
)

// settingsScreen is the admin's form for the kiosk's settings.
type settingsScreen struct {
	draft    kiosk.Settings
	name     *kit.Entry
	office   *widget.Select
	english  *kit.Button
	idle     *kit.Entry
	attract  *kit.Entry
	queue    *kit.Entry
	months   *kit.Entry
	archive  *kit.Entry // the conservation folder of the daily register
	mail     mailFields
	testPage *kit.Button
	save     *kit.Button
	problem  *widget.Label
	state    *widget.Label
	busy     bool // saving: a second Salva does nothing
}

func (u *Screens) settingsScreen() fyne.CanvasObject {
	tr := u.Tr
	if u.settingsForm == nil {
		u.settingsForm = &settingsScreen{draft: u.Settings()}
	}
	f := u.settingsForm
	number := func(v *int) *kit.Entry {
		e := u.NewEntry()
		kit.SetEntry(e, strconv.Itoa(*v))
		e.OnChanged = func(s string) { *v, _ = strconv.Atoi(strings.TrimSpace(s)) }
		return e
	}
	f.name = u.NewEntry()
	kit.SetEntry(f.name, f.draft.KioskName)
	f.name.OnChanged = func(s string) { f.draft.KioskName = s }
	ids, names := []string{""}, []string{"—"}
	for _, o := range u.Content.Offices {
		ids, names = append(ids, o.ID), append(names, tr.Text(o.Name))
	}
	f.office = widget.NewSelect(names, func(name string) {
		for i, n := range names {
			if n == name {
				f.draft.Office = ids[i]
			}
		}
	})
	for i, id := range ids {
		if id == f.draft.Office {
			f.office.SetSelectedIndex(i)
		}
	}
	f.english = u.Toggle(tr.T("settings.english"), &f.draft.English)
	f.idle, f.attract, f.months = number(&f.draft.IdleSeconds), number(&f.draft.AttractSeconds), number(&f.draft.RetentionMonths)
	f.queue = u.NewEntry()
	kit.SetEntry(f.queue, f.draft.PrinterQueue)
	f.queue.OnChanged = func(s string) { f.draft.PrinterQueue = strings.TrimSpace(s) }
	f.archive = u.NewEntry()
	kit.SetEntry(f.archive, f.draft.ConservationDir)
	f.archive.SetPlaceHolder(tr.T("settings.conservation.default"))
	f.archive.OnChanged = func(s string) { f.draft.ConservationDir = strings.TrimSpace(s) }
	f.problem, f.state = kit.ProblemLabel(), kit.Paragraph("")
	f.testPage = u.Button(tr.T("settings.testprint"), theme.DocumentPrintIcon(), func() { u.testPrint(f) })
	f.save = u.Primary(tr.T("staff.save"), func() { u.saveSettings(f) })
	label := func(key string, field fyne.CanvasObject) fyne.CanvasObject { return labelled(tr.T(key), field) }
	form := container.NewVBox(
		label("settings.name", f.name),
		label("settings.office", f.office),
		f.english,
		label("settings.idle", f.idle),
		label("settings.attract", f.attract),
		label("settings.queue", container.NewBorder(nil, nil, nil, f.testPage, f.queue)), f.state,
		label("settings.retention", f.months),
		label("settings.conservation", f.archive),
		u.mailForm(f),
		label("settings.public", u.Button(tr.T("edit.kind.organization"), theme.DocumentCreateIcon(), func() { u.staff.editor.openEdit(editor.Organization, 0) })),
	)
	return u.Page(tr.T("settings.title"), kit.WithAction(u.Scroller(form), f.problem, f.save))
}

// mailFields are the SMTP server's fields of the settings form.
type mailFields struct {
	host, port, from, user, password *kit.Entry
}

// mailForm is the part of the form that names the SMTP server appointments
// are mailed through.
func (u *Screens) mailForm(f *settingsScreen) fyne.CanvasObject {
	tr, m := u.Tr, &f.draft.Mail
	text := func(v *string) *kit.Entry {
		e := u.NewEntry()
		kit.SetEntry(e, *v)
		e.OnChanged = func(s string) { *v = strings.TrimSpace(s) }
		return e
	}
	f.mail.host, f.mail.from, f.mail.user, f.mail.password = text(&m.Host), text(&m.From), text(&m.User), text(&m.Password)
	f.mail.password.Password = true
	f.mail.port = u.NewEntry()
	kit.SetEntry(f.mail.port, strconv.Itoa(m.Port))
	f.mail.port.OnChanged = func(s string) { m.Port, _ = strconv.Atoi(strings.TrimSpace(s)) }
	f.mail.host.SetPlaceHolder("smtp.provincia.bt.it")
	label := func(key string, field fyne.CanvasObject) fyne.CanvasObject { return labelled(tr.T(key), field) }
	return container.NewVBox(
		widget.NewSeparator(),
		label("settings.mail", kit.Paragraph(tr.T("settings.mail.hint"))),
		label("settings.mail.host", f.mail.host),
		label("settings.mail.port", f.mail.port),
		label("settings.mail.from", f.mail.from),
		label("settings.mail.user", f.mail.user),
		label("settings.mail.password", f.mail.password),
	)
}

// labelled puts a form's field beside its bold name, the name wrapped in a
// field name's width: a long form fits a landscape screen.
func labelled(name string, field fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, container.New(&kit.FixedWidth{Width: kit.FieldWidth()}, l), nil, field)
}

// testPrint prints a test page on the queue typed, not yet the live one.
func (u *Screens) testPrint(f *settingsScreen) {
	tr := u.Tr
	page, err := ticket.TestPage(tr.Text(u.Content.Organization.Name), f.draft.KioskName, u.Now())
	f.state.SetText(tr.T("doc.printing"))
	f.testPage.Disable()
	to := u.PrinterFor(f.draft.PrinterQueue) // the queue typed, not yet the live one
	u.Background(func() {
		if err == nil {
			err = to.Print("prova", page)
		}
	}, func() {
		f.testPage.Enable()
		if err != nil {
			u.Log.Warn("test print", "queue", f.draft.PrinterQueue, "err", err)
			f.state.SetText(tr.T("settings.testprint.failed"))
			return
		}
		f.state.SetText(tr.T("doc.printed"))
	})
}

// saveSettings checks and saves the settings typed, and puts them in
// effect; problems stay on the form.
func (u *Screens) saveSettings(f *settingsScreen) {
	tr := u.Tr
	if err := settings.Check(f.draft, u.Content); err != nil {
		f.problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
		return
	}
	if f.busy {
		return
	}
	f.busy = true
	draft, who, session, depth := f.draft, u.staff.user.Username, u.staff, u.Depth()
	var err error
	f.save.Disable()
	u.Background(func() { // the folder may be a network share, the database slow
		if draft.ConservationDir != "" {
			err = register.CheckFolder(draft.ConservationDir)
		}
		if err == nil {
			if err = u.SettingsStore.SaveSettings(draft, who); err != nil {
				u.Log.Error("saving settings", "err", err)
			}
		}
	}, func() {
		f.busy = false
		if err == nil {
			u.ApplySettings(draft) // saved: in effect whatever the screen now
		}
		if session.ended || u.Depth() != depth {
			return // signed out, or on another screen, meanwhile
		}
		f.save.Enable()
		if err != nil {
			f.problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
			return
		}
		u.settingsForm = nil
		u.Back()
	})
}
