package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/kiosk"
)

// servicesScreen browses services by topic or by office.
type servicesScreen struct {
	byOffice bool
	groups   map[string]*tile
	toggle   *widget.Button
}

func (u *UI) servicesScreen() fyne.CanvasObject {
	if u.services == nil {
		u.services = &servicesScreen{}
	}
	s := u.services
	s.groups = map[string]*tile{}
	tr := u.tr
	list := container.NewVBox()
	count := func(match func(kiosk.Service) bool) int {
		n := 0
		for _, sv := range u.content.Services {
			if match(sv) {
				n++
			}
		}
		return n
	}
	if s.byOffice {
		for _, o := range u.content.Offices {
			match := func(sv kiosk.Service) bool { return sv.Office == o.ID }
			if n := count(match); n > 0 {
				s.groups[o.ID] = u.row(tr.Text(o.Name), fmt.Sprint(n), func() { u.show(u.serviceList(tr.Text(o.Name), match)) })
				list.Add(s.groups[o.ID])
			}
		}
	} else {
		for _, c := range u.content.Categories {
			match := func(sv kiosk.Service) bool { return sv.Category == c.ID }
			if n := count(match); n > 0 {
				s.groups[c.ID] = u.row(tr.Text(c.Name), fmt.Sprint(n), func() { u.show(u.serviceList(tr.Text(c.Name), match)) })
				list.Add(s.groups[c.ID])
			}
		}
	}
	label := tr.T("services.by.office")
	if s.byOffice {
		label = tr.T("services.by.category")
	}
	s.toggle = u.button(label, theme.ViewRefreshIcon(), func() {
		s.byOffice = !s.byOffice
		u.render()
	})
	return u.page(tr.T("tile.services"), container.NewBorder(nil, s.toggle, nil, nil, u.scroller(list)))
}

// serviceList lists the services that match.
func (u *UI) serviceList(title string, match func(kiosk.Service) bool) screen {
	return func() fyne.CanvasObject {
		list := container.NewVBox()
		for _, sv := range u.content.Services {
			if match(sv) {
				list.Add(u.row(u.tr.Text(sv.Title), u.tr.Text(sv.Summary), func() { u.show(u.servicePage(sv.ID)) }))
			}
		}
		return u.page(title, u.scroller(list))
	}
}

// service returns the service with id.
func (u *UI) service(id string) (kiosk.Service, bool) {
	for _, s := range u.content.Services {
		if s.ID == id {
			return s, true
		}
	}
	return kiosk.Service{}, false
}

// servicePage says what a service is and how to get it.
func (u *UI) servicePage(id string) screen {
	return func() fyne.CanvasObject {
		sv, ok := u.service(id)
		if !ok {
			return u.comingSoon(sectionServices)
		}
		tr := u.tr
		rows := container.NewVBox(paragraph(tr.Text(sv.Summary)))
		add := func(key, value string) {
			if strings.TrimSpace(value) != "" {
				rows.Add(field(tr.T(key), value))
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
		if o, ok := u.content.Office(sv.Office); ok {
			rows.Add(field(tr.T("service.office"), ""))
			rows.Add(u.row(tr.Text(o.Name), o.Address, func() { u.show(u.officePage(o.ID)) }))
		}
		if len(sv.Forms) > 0 {
			rows.Add(widget.NewLabelWithStyle(tr.T("service.forms"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			for _, fid := range sv.Forms {
				if d, ok := u.formDoc(fid); ok {
					rows.Add(u.row(tr.Text(d.title), "", func() { u.show(u.documentPage(d)) }))
				}
			}
		}
		rate := u.button(tr.T("service.rate"), theme.ConfirmIcon(), func() { u.show(u.startRating(sv.Office, sv.ID)) })
		request := u.primary(tr.T("service.request"), func() {
			u.flow = &requestFlow{u: u, draft: requestDraftFor(sv)}
			u.show(u.flow.kindStep)
		})
		actions := container.NewGridWithColumns(2, rate, request)
		return u.page(tr.Text(sv.Title), container.NewBorder(nil, actions, nil, nil, u.scroller(rows)))
	}
}
