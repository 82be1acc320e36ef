package citizen

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/content"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// openText says in words whether an office is open now, and in which colour.
func (u *Screens) openText(o kiosk.Office) (string, fyne.ThemeColorName) {
	now := u.Now()
	st := hours.CalendarOf(o, u.Content.Closures).StatusAt(o.Hours, now)
	tr := u.Tr
	switch {
	case st.Open:
		return tr.T("open.now", map[string]any{"T": st.Closes.String()}), theme.ColorNameSuccess
	case !st.Holiday.IsZero():
		return tr.T("open.holiday", map[string]any{"H": tr.Text(st.Holiday)}), theme.ColorNameError
	case st.NextDay.IsZero():
		return tr.T("open.never"), theme.ColorNameError
	}
	today := hours.Today(now)
	data := map[string]any{"T": st.NextOpen.String(), "D": i18n.WeekdayName(st.NextDay.Weekday(), tr.Lang())}
	key := "open.date"
	switch {
	case st.NextDay == today:
		key = "open.today"
	case st.NextDay == today.AddDays(1):
		key = "open.tomorrow"
	case st.NextDay.Before(today.AddDays(7)):
		key = "open.weekday"
	default:
		data["D"] = i18n.ShortDate(st.NextDay)
	}
	return tr.T(key, data), theme.ColorNameWarning
}

// officesScreen lists the offices with their live status.
type officesScreen struct {
	rows map[string]*kit.Tile
}

func (u *Screens) officesScreen() fyne.CanvasObject {
	s := &officesScreen{rows: map[string]*kit.Tile{}}
	u.offices = s
	list := container.NewVBox()
	for _, o := range u.Content.Offices {
		r := u.Row(u.Tr.Text(o.Name), "", func() { u.Show(u.officePage(o.ID)) })
		s.rows[o.ID] = r
		lines := 2 // whether it is open now, and the address
		if o.Address == "" {
			lines = 1
		}
		list.Add(u.tallEnough(r, lines))
	}
	update := func() {
		for _, o := range u.Content.Offices {
			text, color := u.openText(o)
			s.rows[o.ID].SetDesc(strings.TrimSpace(text+"\n"+o.Address), color)
		}
	}
	update()
	u.OnTick = update
	org := u.Button(u.Tr.T("office.organisation"), theme.AccountIcon(), func() { u.Show(u.organisationPage) })
	return u.Page(u.Tr.T("tile.offices"), container.NewBorder(nil, org, nil, nil, u.Scroller(list)))
}

// officePage shows everything about an office, its status live.
func (u *Screens) officePage(id string) kit.Screen {
	return func() fyne.CanvasObject {
		o, ok := u.Content.Office(id)
		if !ok {
			return u.comingSoon(sectionOffices)
		}
		tr := u.Tr
		status := u.Row(tr.Text(o.Name), "", nil)
		update := func() {
			text, color := u.openText(o)
			status.SetDesc(text, color)
		}
		update()
		u.OnTick = update
		rows := container.NewVBox(status)
		add := func(key, value string) {
			if strings.TrimSpace(value) != "" {
				rows.Add(kit.Field(tr.T(key), value))
			}
		}
		add("office.where", o.Address)
		add("office.floor", strings.Trim(tr.Text(o.Floor)+", "+tr.Text(content.RoomLabel(o.Room)), ", "))
		add("office.phones", strings.Join(o.Phones, "\n"))
		add("office.email", o.Email)
		add("office.pec", o.PEC)
		add("office.officer", o.Officer)
		add("office.directions", tr.Text(o.Directions))
		rows.Add(widget.NewLabelWithStyle(tr.T("office.hours"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		cal := hours.CalendarOf(o, u.Content.Closures)
		today := hours.Today(u.Now())
		for i := range 7 { // the coming seven days, today first
			d := today.AddDays(i)
			slots := cal.Slots(o.Hours, d)
			text := tr.T("office.closed")
			if len(slots) > 0 {
				var parts []string
				for _, s := range slots {
					parts = append(parts, s.Open.String()+"–"+s.Close.String())
				}
				text = strings.Join(parts, ", ")
			}
			if name, closed := cal.Holiday(d); closed {
				text += " (" + tr.Text(name) + ")"
			}
			rows.Add(u.hoursRow(d, text, i == 0))
		}
		var services []fyne.CanvasObject
		for _, s := range u.Content.Services {
			if s.Office == o.ID {
				services = append(services, u.Row(tr.Text(s.Title), tr.Text(s.Summary), func() { u.Show(u.servicePage(s.ID)) }))
			}
		}
		if len(services) > 0 {
			rows.Add(widget.NewLabelWithStyle(tr.T("office.services"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			rows.Add(container.NewVBox(services...))
		}
		return u.Page(tr.Text(o.Name), u.Scroller(rows))
	}
}

// tallEnough keeps a row tall enough for its title and lines lines under
// it: a tile too short for them shows its title alone.
func (u *Screens) tallEnough(r *kit.Tile, lines int) fyne.CanvasObject {
	probe := u.Row("Ag", strings.Repeat("\nAg", lines)[1:], nil)
	return container.New(&kit.MinHeight{Height: probe.MinSize().Height}, r)
}

// hoursRow is the hours of one day of the coming week; today's is in bold,
// on a shaded band, and says "Oggi".
func (u *Screens) hoursRow(d kiosk.Date, hours string, today bool) fyne.CanvasObject {
	day := i18n.WeekdayName(d.Weekday(), u.Tr.Lang()) + " " + i18n.ShortDate(d)[:5]
	if !today {
		return kit.Field(day, hours)
	}
	name := widget.NewLabelWithStyle(u.Tr.T("office.today", map[string]any{"D": day}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	value := kit.Paragraph(hours)
	value.TextStyle.Bold = true
	name.Wrapping = fyne.TextWrapWord
	row := container.NewBorder(nil, nil, container.New(&kit.FixedWidth{Width: kit.FieldWidth()}, name), nil, value)
	return container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameButton)), row)
}

// organisationPage shows the departments, what each is for, its head and its offices.
func (u *Screens) organisationPage() fyne.CanvasObject {
	tr := u.Tr
	rows := container.NewVBox()
	for _, d := range u.Content.Departments {
		title := widget.NewLabelWithStyle(tr.Text(d.Name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.SizeName = theme.SizeNameSubHeadingText
		rows.Add(title)
		if p := tr.Text(d.Purpose); p != "" {
			rows.Add(kit.Paragraph(p))
		}
		if d.Head != "" {
			rows.Add(kit.Field(tr.T("org.head"), d.Head))
		}
		for _, o := range u.Content.Offices {
			if o.Department == d.ID {
				rows.Add(u.tallEnough(u.Row(tr.Text(o.Name), o.Officer, func() { u.Show(u.officePage(o.ID)) }), 1))
			}
		}
		rows.Add(widget.NewSeparator())
	}
	return u.Page(tr.T("office.organisation"), u.Scroller(rows))
}
