package citizen

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/appointments"
	"sportello/internal/events"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/requests"
)

// statusScreen looks a request up by the code a citizen scans or types, and
// shows what anyone holding the code may see.
type statusScreen struct {
	u       *statusHost
	typed   string // kept across language switches
	code    *kit.Entry
	search  *kit.Button
	problem *widget.Label
	result  *fyne.Container
	found   *requests.Public
	code0   string        // the code of the request found, as typed
	hint    *widget.Label // how to give the code; it steps aside once a result shows
	review  *kit.Button   // "Chiedere il riesame", when the request found takes one
	checkIn *kit.Button   // of an appointment found: its arrival
	cancel  *kit.Button   // of an appointment found: cancelling it
	rate    *kit.Button   // of a queue ticket served: the rating of its desk
	busy    bool          // a lookup is under way: a second tap does nothing
}

// statusHost is what the status lookup needs besides the shell: the public
// view of a request, and how many lookups this kiosk allows.
type statusHost struct {
	*kit.Shell
	Requests interface {
		Status(typed string) (requests.Public, error)
	}
	Lookups Limiter
	// startReview opens the riesame of the request with code, numbered number.
	startReview func(code string, number kiosk.Text)
	// Bookings finds appointments by the same codes; nil: none here.
	Bookings Booker
	// Signups finds sign-ups for events by the same codes; nil: none here.
	Signups SignupDesk
	// arrived shows the number of a citizen who checked in, and prints it.
	arrived func(p queue.Place)
	// Queue finds a queue ticket by its QR; nil: no queue here.
	Queue interface {
		Place(token string) (queue.Place, error)
	}
	// rateDesk opens the rating of the desk that served a ticket.
	rateDesk func(p queue.Place)
}

func (u *Screens) statusScreen() fyne.CanvasObject {
	if u.status == nil {
		u.status = &statusScreen{u: u.lookup}
	}
	s := u.status
	s.code = u.NewEntry()
	kit.SetEntry(s.code, s.typed)
	s.code.SetPlaceHolder(u.Tr.T("status.placeholder"))
	s.code.OnChanged = func(t string) { s.typed = t }
	s.code.OnSubmitted = func(string) { s.lookup() } // a scanner ends with Enter
	s.search = u.Button(u.Tr.T("status.search"), theme.SearchIcon(), s.lookup)
	s.search.Importance = widget.HighImportance
	s.problem = kit.ProblemLabel()
	s.result = container.NewVBox()
	if s.found != nil {
		s.show(*s.found)
	}
	input := container.NewBorder(nil, nil, nil, s.search, s.code)
	s.hint = kit.Paragraph(u.Tr.T("status.hint"))
	s.hint.Hidden = s.found != nil // a result shown takes its room
	top := kit.FoldingBox(s.hint, input, s.problem)
	out := u.Page(u.Tr.T("status.title"), container.NewBorder(top, nil, nil, nil, u.Scroller(s.result)))
	if s.found == nil { // a result shown is not covered by the keyboard
		u.Focus = s.code
	}
	return out
}

// lookup asks for the status in the background (a central database may be
// slow), saying at once that it searches.
func (s *statusScreen) lookup() {
	u := s.u
	if s.busy {
		return
	}
	s.found = nil
	s.result.RemoveAll()
	err := u.Lookups.Allow()
	if err != nil {
		s.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
		return
	}
	s.busy = true
	s.search.Disable()
	s.problem.Importance = widget.MediumImportance
	s.problem.SetText(u.Tr.T("status.searching"))
	typed := s.code.Text
	var p requests.Public
	var appt *appointments.Appointment
	var signup *events.Signup
	var place *queue.Place
	u.Background(func() {
		if token, ok := queue.ParseToken(typed); ok && u.Queue != nil { // a queue ticket's QR
			var pl queue.Place
			if pl, err = u.Queue.Place(token); err == nil {
				place = &pl
			}
			return
		}
		p, err = u.Requests.Status(typed)
		if kiosk.ErrorCode(err) == kiosk.NotFound && u.Bookings != nil { // the code of an appointment, perhaps
			if a, aerr := u.Bookings.ByCode(typed); aerr == nil {
				appt, err = &a, nil
			}
		}
		if kiosk.ErrorCode(err) == kiosk.NotFound && u.Signups != nil { // or of a sign-up
			if su, serr := u.Signups.ByCode(typed); serr == nil {
				signup, err = &su, nil
			}
		}
	}, func() {
		s.busy = false
		s.search.Enable()
		s.problem.Importance = widget.DangerImportance
		if err != nil {
			if kiosk.ErrorCode(err) == kiosk.Internal {
				u.Log.Error("status lookup", "err", err)
			}
			s.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			return
		}
		s.problem.SetText("")
		s.hint.Hide() // a result shown takes its room
		switch {
		case place != nil:
			s.showQueueTicket(*place)
		case appt != nil:
			s.showAppointment(*appt, typed)
		case signup != nil:
			s.showSignup(*signup, typed)
		default:
			s.found, s.code0 = &p, typed
			s.show(p)
		}
		s.typed = ""
		s.code.SetText("") // ready for the next scan, which a scanner types with the field still focused
		u.HideKeyboard()   // the result shows whole; a tap on the field brings the keyboard back
	})
}

// show lays out a request found, what matters first: its state, when it
// is due, and what the citizen may do about it; then, densely, what it
// is, and its history.
func (s *statusScreen) show(p requests.Public) {
	tr := s.u.Tr
	v := requests.View(p, s.u.Catalog, tr.Lang())
	s.result.Add(widget.NewSeparator())
	if v.Annulled {
		s.result.Add(kit.Field(v.Fields[0].Label, v.Fields[0].Value))
		s.result.Add(kit.Paragraph(v.Fields[1].Value))
		return
	}
	about, state := splitFields(v.Fields, tr.T("status.status"))
	for _, f := range state {
		s.result.Add(kit.Field(f.Label, f.Value))
	}
	s.review = nil
	if v.Remedy != "" { // refused or unanswered: what the citizen may do, and by when
		remedy := kit.Paragraph(v.Remedy)
		remedy.Importance = widget.WarningImportance
		s.result.Add(remedy)
	}
	if p.CanReview {
		code := s.code0
		s.review = s.u.Primary(tr.T("status.review"), func() { s.u.startReview(code, p.Number) })
		s.result.Add(s.review)
	}
	s.result.Add(kit.Paragraph(aboutLine(about)))
	s.result.Add(widget.NewLabelWithStyle(tr.T("status.history"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, e := range v.History {
		text := e.Status
		if e.Note != "" {
			text += " · " + e.Note
		}
		s.result.Add(kit.Field(e.Date, text))
	}
}

// splitFields parts a status view's fields at the status: what the request
// is (kind, protocol, registered, office, service), and where it stands
// (status, deadline, pause, release).
func splitFields(fields []requests.Field, status string) (about, state []requests.Field) {
	for i, f := range fields {
		if f.Label == status {
			return fields[:i], fields[i:]
		}
	}
	return fields, nil
}

// aboutLine writes what a request is on one line that wraps, each fact
// with its name.
func aboutLine(about []requests.Field) string {
	var parts []string
	for _, f := range about {
		parts = append(parts, f.Label+": "+f.Value)
	}
	return strings.Join(parts, " · ")
}
