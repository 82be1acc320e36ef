package citizen

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/charter"
	"sportello/internal/kiosk"
)

// servicesScreen browses services by topic or by office.
type servicesScreen struct {
	byOffice bool
	groups   map[string]*kit.Tile
	toggle   *kit.Button
}

func (u *Screens) servicesScreen() fyne.CanvasObject {
	if u.services == nil {
		u.services = &servicesScreen{}
	}
	s := u.services
	s.groups = map[string]*kit.Tile{}
	tr := u.Tr
	list := container.NewVBox()
	count := func(match func(kiosk.Service) bool) int {
		n := 0
		for _, sv := range u.Content.Services {
			if match(sv) {
				n++
			}
		}
		return n
	}
	if s.byOffice {
		for _, o := range u.Content.Offices {
			match := func(sv kiosk.Service) bool { return sv.Office == o.ID }
			if n := count(match); n > 0 {
				s.groups[o.ID] = u.Row(tr.Text(o.Name), u.serviceCount(n), func() { u.Show(u.serviceList(tr.Text(o.Name), match)) })
				list.Add(s.groups[o.ID])
			}
		}
	} else {
		for _, c := range u.Content.Categories {
			match := func(sv kiosk.Service) bool { return sv.Category == c.ID }
			if n := count(match); n > 0 {
				s.groups[c.ID] = u.Row(tr.Text(c.Name), u.serviceCount(n), func() { u.Show(u.serviceList(tr.Text(c.Name), match)) })
				list.Add(s.groups[c.ID])
			}
		}
	}
	label := tr.T("services.by.office")
	if s.byOffice {
		label = tr.T("services.by.category")
	}
	s.toggle = u.Button(label, theme.GridIcon(), func() {
		s.byOffice = !s.byOffice
		u.Render()
	})
	return u.Page(tr.T("tile.services"), container.NewBorder(nil, s.toggle, nil, nil, u.Scroller(list)))
}

// serviceList lists the services that match.
func (u *Screens) serviceList(title string, match func(kiosk.Service) bool) kit.Screen {
	return func() fyne.CanvasObject {
		list := container.NewVBox()
		for _, sv := range u.Content.Services {
			if match(sv) {
				list.Add(u.Row(u.Tr.Text(sv.Title), u.Tr.Text(sv.Summary), func() { u.Show(u.servicePage(sv.ID)) }))
			}
		}
		return u.Page(title, u.Scroller(list))
	}
}

// servicePage says what a service is and how to get it.
func (u *Screens) servicePage(id string) kit.Screen {
	var measured *charter.Measure // read once, kept while the page is open
	return func() fyne.CanvasObject {
		sv, ok := u.Content.Service(id)
		if !ok {
			return u.comingSoon(sectionServices)
		}
		tr := u.Tr
		rows := container.NewVBox(kit.Paragraph(tr.Text(sv.Summary)))
		add := func(key, value string) {
			if strings.TrimSpace(value) != "" {
				rows.Add(kit.Field(tr.T(key), value))
			}
		}
		add("service.what", tr.Text(sv.Body))
		add("service.eligible", tr.Text(sv.Eligible))
		var docs []string
		for _, d := range sv.Documents {
			docs = append(docs, "• "+tr.Text(d))
		}
		add("service.documents", strings.Join(docs, "\n"))
		add("service.fees", tr.Text(sv.Fees))
		if sv.ResponseDays > 0 {
			add("service.time", tr.T("service.days", map[string]any{"N": sv.ResponseDays}))
		} else {
			add("service.time", tr.T("service.immediate"))
		}
		if sv.Standard != nil {
			rows.Add(u.standardLine(sv, &measured))
		}
		if o, ok := u.Content.Office(sv.Office); ok {
			rows.Add(kit.Field(tr.T("service.office"), ""))
			rows.Add(u.tallEnough(u.Row(tr.Text(o.Name), o.Address, func() { u.Show(u.officePage(o.ID)) }), 1))
		}
		if len(sv.Forms) > 0 {
			rows.Add(widget.NewLabelWithStyle(tr.T("service.forms"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			for _, fid := range sv.Forms {
				if d, ok := u.formDoc(fid); ok {
					rows.Add(u.Row(tr.Text(d.title), "", func() { u.Show(u.documentPage(d)) }))
				}
			}
		}
		rate := u.Button(tr.T("service.rate"), theme.ConfirmIcon(), func() { u.Show(u.startRating(sv.Office, sv.ID)) })
		request := u.Primary(tr.T("service.request"), func() {
			u.flow = newRequestFlow(u.requests, requestDraftFor(sv))
			u.Show(u.flow.first())
		})
		actions := container.New(u.Columns(2), rate, request)
		if sv.Booking != nil && u.Bookings != nil {
			book := u.Button(tr.T("booking.title"), theme.CalendarIcon(), func() { u.startBooking(sv) })
			actions = container.New(u.Columns(3), rate, book, request)
		}
		return u.Page(tr.Text(sv.Title), container.NewBorder(nil, actions, nil, nil, u.Scroller(rows)))
	}
}

// standardLine is the service's standard in the service charter, then how
// its requests of the last 12 months kept it once Charter tells (off the UI
// goroutine: the central database may be slow); measured keeps what it told.
func (u *Screens) standardLine(sv kiosk.Service, measured **charter.Measure) fyne.CanvasObject {
	tr := u.Tr
	st := *sv.Standard
	target := tr.Text(st.Target.Label())
	line := container.NewStack(kit.Field(tr.T("service.charter"), tr.T("service.charter.standard", map[string]any{"Target": target})))
	show := func(m charter.Measure) {
		text := tr.T("service.charter.few", map[string]any{"Target": target, "N": m.Handled})
		if m.Meaningful() {
			mean := kiosk.Term{Days: int(math.Round(m.Mean)), Working: st.Target.Working}
			// rounded down: 99.6% is not all of them
			text = tr.T("service.charter.measured", map[string]any{"Target": target, "Mean": tr.Text(mean.Label()), "Within": int(math.Floor(m.Within))})
		}
		line.Objects = []fyne.CanvasObject{kit.Field(tr.T("service.charter"), text)}
		line.Refresh()
	}
	switch {
	case *measured != nil:
		show(**measured)
	case u.Charter != nil:
		var m charter.Measure
		var err error
		u.Background(func() { m, err = u.Charter(sv.ID) }, func() {
			if err != nil {
				u.Log.Warn("measuring the service charter", "service", sv.ID, "err", err)
				return // the standard alone
			}
			*measured = &m
			show(m)
		})
	}
	return line
}

// serviceCount says how many services a group holds: "3 servizi".
func (u *Screens) serviceCount(n int) string {
	if n == 1 {
		return u.Tr.T("services.count.one")
	}
	return u.Tr.T("services.count", map[string]any{"N": n})
}
