package staffmode

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/events"
	"sportello/internal/kiosk"
	"sportello/internal/media"
)

// EventsDesk lists the events that take sign-ups, with their sign-ups.
type EventsDesk interface {
	Events() ([]events.Event, error)
}

// eventsScreen is the list of those who signed up for each event: seats,
// then the waiting list, and its export onto a USB stick.
type eventsScreen struct {
	*kit.Shell
	desk   EventsDesk
	files  *usbFiles
	all    []events.Event
	err    error
	read   bool                   // all and err are as read since the screen opened
	rows   map[string]*kit.Tile   // by event
	export map[string]*kit.Button // by event
}

func newEvents(shell *kit.Shell, desk EventsDesk, files *usbFiles) *eventsScreen {
	if desk == nil {
		return nil
	}
	return &eventsScreen{Shell: shell, desk: desk, files: files}
}

// screen lists the events.
func (u *eventsScreen) screen() fyne.CanvasObject {
	tr := u.Tr
	if !u.read {
		var all []events.Event
		var err error
		if !u.Load(func() { all, err = u.desk.Events() }, func() { u.all, u.err, u.read = all, err, true }) {
			return u.Page(tr.T("staff.events"), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	if u.err != nil {
		return u.Page(tr.T("staff.events"), kit.Paragraph(kiosk.ErrorMessage(u.err, tr.Lang())))
	}
	rows := container.NewVBox()
	u.rows = map[string]*kit.Tile{}
	for _, e := range u.all {
		desc := tr.T("staff.events.seats", map[string]any{"Seated": e.Seated, "Seats": e.Seats, "Waiting": e.Waiting})
		row := u.Row(tr.Text(e.Notice.Title), desc, func() { u.Show(u.event(e)) })
		u.rows[e.Notice.ID] = row
		rows.Add(row)
	}
	if len(u.all) == 0 {
		rows.Add(kit.Paragraph(tr.T("staff.events.none")))
	}
	return u.Page(tr.T("staff.events"), u.Scroller(rows))
}

// event is one event's list: who has a seat, who waits and in what order.
func (u *eventsScreen) event(e events.Event) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		rows := container.NewVBox()
		for _, want := range []events.Status{events.Seated, events.Waiting} {
			rows.Add(widget.NewLabelWithStyle(tr.T("event.status."+string(want)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			n := 0
			for _, su := range e.Signups {
				if su.Status == want {
					n++
					rows.Add(kit.Field(fmt.Sprint(n), su.Name+"\n"+su.Email+" "+su.Phone))
				}
			}
		}
		u.export = map[string]*kit.Button{}
		b := u.Primary(tr.T("staff.events.export"), func() {
			u.Show(u.files.exportScreen(tr.T("staff.events.export"), func(dir string) (string, error) {
				data, err := events.CSV(e)
				if err != nil {
					return "", kiosk.Wrap(err)
				}
				name := filepath.Join(dir, "iscritti-"+e.Notice.ID+".csv")
				return name, media.WriteFile(name, data)
			}))
		})
		u.export[e.Notice.ID] = b
		return u.Page(tr.Text(e.Notice.Title), container.NewBorder(nil, b, nil, nil, u.Scroller(rows)))
	}
}
