package citizen

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/queue"
	"sportello/internal/ratings"
)

// showQueueTicket shows a queue ticket found by its QR: where it stands,
// and once it was served, the rating of the desk that served it.
func (s *statusScreen) showQueueTicket(p queue.Place) {
	u, tr := s.u, s.u.Tr
	s.result.RemoveAll()
	s.result.Add(widget.NewSeparator())
	s.result.Add(kit.Field(tr.T("desk.yours"), p.Label()+" · "+tr.Text(p.LineName)))
	desk := p.Desk
	if d, ok := u.Content.Queue.Desk(p.Desk); ok {
		desk = tr.Text(d.Name)
	}
	if p.Day != hours.Today(u.Now()).String() {
		s.result.Add(kit.Paragraph(tr.T("status.queue.otherday")))
		return
	}
	switch p.Status {
	case queue.Waiting:
		s.result.Add(kit.Field(tr.T("desk.ahead"), fmt.Sprint(p.Ahead)))
	case queue.Called:
		s.result.Add(kit.Field(tr.T("status.queue.called"), desk))
		s.result.Add(kit.Paragraph(tr.T("status.queue.go")))
	case queue.Served:
		s.result.Add(kit.Field(tr.T("status.queue.served"), tr.T("status.queue.at", map[string]any{"Desk": desk, "Time": i18n.Clock(p.Finished.In(hours.Rome))})))
		s.rate = u.Primary(tr.T("status.queue.rate"), func() { u.rateDesk(p) })
		s.result.Add(s.rate)
	default:
		s.result.Add(kit.Paragraph(tr.T("status.queue." + string(p.Status))))
	}
}

// rateDesk opens the rating of the desk that served a queue ticket: once
// a ticket, whatever the times its QR is scanned.
func (u *Screens) rateDesk(p queue.Place) {
	office := ""
	about := u.Tr.Text(p.LineName)
	if l, ok := u.Content.Queue.Line(p.Line); ok {
		office = l.Office
	}
	if d, ok := u.Content.Queue.Desk(p.Desk); ok {
		if d.Office != "" {
			office = d.Office
		}
		about += " · " + u.Tr.Text(d.Name)
	}
	r := ratings.New(office, "")
	r.Desk, r.UID = p.Desk, "coda-"+p.Token
	u.rate = &rateFlow{u: u.rating, rating: r, about: about}
	u.Show(u.rate.facesStep)
}
