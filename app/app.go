// Package app wires Sportello's touchscreen interface: the shell (kit), the
// citizen screens (citizen) and staff mode (staffmode), over the services
// main.go builds. The screens live in those packages; this one only joins
// them.
package app

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"

	"sportello/app/citizen"
	"sportello/app/kit"
	"sportello/app/staffmode"
	"sportello/internal/appointments"
	"sportello/internal/charter"
	"sportello/internal/events"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/queue"
	"sportello/internal/ratings"
	"sportello/internal/requests"
	"sportello/internal/staff"
	"sportello/internal/tapframe"
)

// Deps is what the interface needs from the rest of the program.
type Deps struct {
	ContentStore kiosk.ContentStore
	Requests     *requests.Service
	Printer      printer.Printer // tickets: the spool in production, it never loses one
	Direct       printer.Printer // documents and letters: printed now or the screen says not, never later
	// PrinterReady reports whether the ticket printer can print now; nil
	// when there is no way to know.
	PrinterReady func() bool
	// PrinterFor prints straight to a CUPS queue: "Stampa di prova" on the
	// queue typed in the settings, without making it the live one.
	PrinterFor func(queue string) printer.Printer
	Lookups    *requests.Limiter // status lookups allowed at this kiosk
	Ratings    *ratings.Service
	Charter    *charter.Service      // the service charter measured; nil: the standards alone
	Queue      *queue.Service        // the desk queue: numbers at the kiosk, calls at the desks; nil: none
	Bookings   *appointments.Service // appointments booked at the kiosk; nil: none
	Signups    *events.Service       // sign-ups for events; nil: none
	Staff      *staff.Service
	Settings   staffmode.SettingsStore // nil: the flags' values stand
	Register   staffmode.RegisterDesk  // the protocol register: a registration, its annulment
	// StaffWarnings are what staff must be told at sign-in: late daily
	// registers, the emergency register, items the central database keeps
	// refusing; nil: none.
	StaffWarnings func() []kiosk.Text

	// SetPrinterQueue points ticket printing at another CUPS queue;
	// PrinterQueue is the one it starts on.
	SetPrinterQueue func(queue string)
	PrinterQueue    string
	Pages           citizen.PageRenderer // shows PDF pages
	Speech          kit.Speaker          // nil when speech is not available
	Office          string               // the office the kiosk stands in, for the attract screen

	TapGuard     time.Duration // a second tap on a control within this is ignored (0: none)
	IdleAfter    time.Duration // with no touch, ask "È ancora lì?" (default 90 s)
	WarnFor      time.Duration // then count down this long before wiping (default 20 s)
	AttractAfter time.Duration // on the untouched home screen, show the attract screen (default 3 min)
	HelpKey      fyne.KeyName  // the hardware help key that starts listening mode (default F1)

	StaffMode bool               // start on the staff sign-in (sportello --staff)
	Media     []string           // where staff's files are looked for: USB sticks and their folders
	Audit     staffmode.AuditLog // the audit log staff mode's admins read; nil: none
	// AccessRegister is the access register staff export; nil: none.
	AccessRegister staffmode.AccessRegisterDesk

	// Inline runs background work (printing) on the calling goroutine: the
	// fyne test driver has no UI loop for fyne.Do to hand results back to.
	Inline  bool
	Catalog *i18n.Catalog
	Now     func() time.Time
	Log     *slog.Logger
	// Frames measures each tap to the frame that shows it
	// (SPORTELLO_FRAME_LOG); nil measures nothing.
	Frames *tapframe.Log
}

// UI is the kiosk's interface: the shell with the citizen screens and staff mode on it.
type UI struct {
	*kit.Shell
	Citizen *citizen.Screens
	Staff   *staffmode.Screens
}

// New builds the interface into win and shows the home screen (or the
// staff sign-in, with StaffMode).
func New(win fyne.Window, d Deps) *UI {
	shell := kit.New(win, kit.Config{ContentStore: d.ContentStore, Speech: d.Speech, TapGuard: d.TapGuard,
		IdleAfter: d.IdleAfter, WarnFor: d.WarnFor, AttractAfter: d.AttractAfter, HelpKey: d.HelpKey,
		Inline: d.Inline, Catalog: d.Catalog, Now: d.Now, Log: d.Log, Frames: d.Frames}, startSettings(d))
	u := &UI{Shell: shell}
	var desk staffmode.CharterDesk
	var measure func(service string) (charter.Measure, error)
	if d.Charter != nil { // staff read the charter on the reports screen, citizens on a service's page
		desk, measure = d.Charter, d.Charter.Measure
	}
	u.Citizen = citizen.New(shell, citizen.Deps{Requests: d.Requests, Lookups: d.Lookups, Printer: d.Printer,
		Direct: d.Direct, PrinterReady: d.PrinterReady, Pages: d.Pages, Ratings: d.Ratings, Charter: measure,
		Queue: present[citizen.QueueTaker](d.Queue), Bookings: present[citizen.Booker](d.Bookings),
		Signups: present[citizen.SignupDesk](d.Signups)})
	u.Staff = staffmode.New(shell, staffmode.Deps{Requests: d.Requests, Ratings: d.Ratings, Charter: desk,
		Staff: d.Staff, SettingsStore: d.Settings, Register: d.Register, Printer: d.Printer, Direct: d.Direct,
		PrinterFor: d.PrinterFor, StaffWarnings: d.StaffWarnings, Media: d.Media, Audit: d.Audit,
		AccessRegister: d.AccessRegister, Queue: present[staffmode.QueueDesk](d.Queue), Events: present[staffmode.EventsDesk](d.Signups),
		Appointments: present[staffmode.AppointmentDesk](d.Bookings)})
	shell.SettingsApplied = append(shell.SettingsApplied, func(s kiosk.Settings) {
		if d.Ratings != nil && s.KioskName != "" {
			d.Ratings.SetKiosk(s.KioskName)
		}
		if d.SetPrinterQueue != nil {
			d.SetPrinterQueue(s.PrinterQueue)
		}
	})
	shell.Start(u.Citizen.Search())
	if d.StaffMode {
		u.Staff.OpenSignIn()
	}
	return u
}

// startSettings are the settings the kiosk starts with: those an admin
// saved, else the flags' values.
func startSettings(d Deps) kiosk.Settings {
	s := kiosk.DefaultSettings()
	s.Office, s.PrinterQueue = d.Office, d.PrinterQueue
	if d.IdleAfter != 0 {
		s.IdleSeconds, s.AttractSeconds = int(d.IdleAfter/time.Second), int(d.AttractAfter/time.Second)
	}
	if d.Ratings != nil {
		s.KioskName = d.Ratings.KioskName()
	}
	if d.Settings == nil {
		return s
	}
	saved, found, err := d.Settings.Settings()
	if err != nil {
		if d.Log != nil {
			d.Log.Error("reading settings", "err", err)
		}
		return s
	}
	if found {
		return saved
	}
	return s
}

// present is p as the interface I the screens take, or no interface at
// all, not one holding a nil pointer, when the kiosk has no such service.
func present[I any, P comparable](p P) (i I) {
	var none P
	if p == none {
		return i
	}
	return any(p).(I)
}
