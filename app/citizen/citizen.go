// Package citizen is the screens a citizen uses at the kiosk, with no help:
// home, offices, services, documents, notices, search, a request, a rating,
// the status of a request. It never reads a citizen's personal data back:
// it files requests and shows what the public view of one says.
package citizen

import (
	"sportello/app/kit"
	"sportello/internal/charter"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/requests"
	"sportello/internal/search"
)

// Registrar files a citizen's request and tells the public view of one.
type Registrar interface {
	Register(d requests.Draft) (kiosk.Request, error)
	Status(typed string) (requests.Public, error)
	// RequestReview files a riesame of the request with firstCode.
	RequestReview(firstCode, who string, d requests.Draft) (kiosk.Request, error)
}

// Rater records a rating.
type Rater interface {
	Rate(r kiosk.Rating) (kiosk.Rating, *kiosk.Alert, error)
}

// Limiter allows a status lookup or refuses it for a while.
type Limiter interface {
	Allow() error
}

// PageRenderer turns PDF pages into images.
type PageRenderer interface {
	Pages(pdf []byte) (int, error)
	// Page is page n (from 1) as a PNG width pixels wide, its printed part filling it.
	Page(pdf []byte, n, width int) ([]byte, error)
}

// Deps is what the citizen screens need besides the shell.
type Deps struct {
	Requests Registrar
	Ratings  Rater
	Lookups  Limiter         // status lookups allowed at this kiosk
	Printer  printer.Printer // tickets: the spool in production, it never loses one
	Direct   printer.Printer // documents: printed now or the screen says not, never later
	// PrinterReady reports whether the ticket printer can print now; nil
	// when there is no way to know.
	PrinterReady func() bool
	Pages        PageRenderer // shows PDF pages
	// Charter is how a service kept its standard in the last 12 months
	// (charter.Service.Measure); nil: the page shows the standard alone.
	Charter func(service string) (charter.Measure, error)
	// Queue gives numbers for the desks; nil: no desk queue at this kiosk.
	Queue QueueTaker
	// Bookings books appointments; nil: none at this kiosk.
	Bookings Booker
	// Signups signs citizens up for events; nil: none at this kiosk.
	Signups SignupDesk
}

// Screens are the citizen screens and what the current visit has open.
type Screens struct {
	*kit.Shell
	Deps
	opened openedItems   // search results opened at this kiosk, for the suggestions
	index  *search.Index // over the content; nil until the first search after a reload

	// What the current visit has open; Home forgets it.
	home       *homeScreen   // the last home screen built
	flow       *requestFlow  // the request being filed
	rate       *rateFlow     // the rating being given
	status     *statusScreen // the status lookup
	desk       *deskFlow     // a number being taken
	booking    *bookingFlow  // an appointment being booked
	signup     *signupFlow   // a sign-up for an event being written
	offices    *officesScreen
	services   *servicesScreen
	documents  *documentsScreen
	docView    *documentView
	noticeRows map[string]*kit.Tile
	search     *searchScreen
	attract    *kit.Tile // the attract screen's tile, when shown

	// What each flow needs, given once.
	requests *requestHost
	rating   *rateHost
	lookup   *statusHost
}

// New builds the citizen screens on shell: its home, attract and search
// screens, and what Home forgets.
func New(shell *kit.Shell, d Deps) *Screens {
	u := &Screens{Shell: shell, Deps: d}
	u.requests = &requestHost{Shell: shell, Requests: d.Requests, Printer: d.Printer, PrinterReady: d.PrinterReady,
		startRating: u.startRating, current: func() *requestFlow { return u.flow }}
	u.rating = &rateHost{Shell: shell, Ratings: d.Ratings, current: func() *rateFlow { return u.rate }}
	u.lookup = &statusHost{Shell: shell, Requests: d.Requests, Lookups: d.Lookups, startReview: u.startReview,
		Bookings: d.Bookings, Signups: d.Signups, arrived: u.arrived, rateDesk: u.rateDesk}
	if d.Queue != nil {
		u.lookup.Queue = d.Queue
	}
	shell.Home, shell.Attract = u.homeScreen, u.attractScreen
	shell.Forget = append(shell.Forget, func() {
		u.flow, u.rate, u.status, u.services, u.documents, u.search, u.desk, u.booking, u.signup = nil, nil, nil, nil, nil, nil, nil, nil, nil
	})
	shell.Busy = func() bool { return u.flow != nil || u.status != nil || u.booking != nil }
	shell.ContentChanged = func() { u.index = nil } // built again at the next search, not on every Home
	return u
}

// Search is the search screen, which the shell's bar opens.
func (u *Screens) Search() kit.Screen { return u.searchScreen }
