// Sportello is the self-service kiosk of an Italian public relations office
// (URP). main only wires: the command line, the store and the Fyne window.
package main

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sync"
	"syscall"
	"time"

	_ "early.local/locale" // first of all: a C locale reads as Italian before Fyne looks (see the package)
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"sportello/app"
	"sportello/app/kit"
	"sportello/app/staffmode"
	"sportello/assets"
	"sportello/internal/accessreg"
	"sportello/internal/appointments"
	"sportello/internal/charter"
	"sportello/internal/cli"
	"sportello/internal/events"
	"sportello/internal/firstframe"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/mail"
	"sportello/internal/media"
	"sportello/internal/pdfview"
	"sportello/internal/printer"
	"sportello/internal/queue"
	"sportello/internal/ratings"
	"sportello/internal/register"
	"sportello/internal/relay"
	"sportello/internal/requests"
	"sportello/internal/screen"
	"sportello/internal/settings"
	"sportello/internal/speech"
	"sportello/internal/staff"
	"sportello/internal/stopguard"
	"sportello/internal/store"
	"sportello/internal/systemd"
	"sportello/internal/tapframe"
	"sportello/internal/upkeep"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Getenv: os.Getenv, StartKiosk: startKiosk, StartDisplay: startDisplay,
	}))
}

func startKiosk(db *store.DB, opts cli.KioskOptions) error {
	if opts.LogJSON {
		slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stderr, nil)))
	}
	catalog, err := translations()
	if err != nil {
		return err
	}
	a := fyneapp.NewWithID("it.provincia.bt.sportello")
	stopguard.Watch(5*time.Second, func() { os.Exit(0) }, syscall.SIGTERM, syscall.SIGINT)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := window(a, opts.Windowed)
	stop := make(chan struct{})
	stores := storesFor(db, opts, stop)
	regs := &registers{local: db, central: opts.Central}
	cups := printer.NewSwitchable(opts.Printer)
	spool := &printer.Spool{Dir: filepath.Join(opts.DataDir, "spool"), Printer: cups}
	desks := &queue.Service{Store: db, Content: db.Content, Now: time.Now, Kiosk: opts.Kiosk} // the office's own queue: on the kiosk's database
	ui := app.New(w, app.Deps{
		ContentStore: stores.content,
		Requests:     &requests.Service{Store: stores.requests, Content: db.Content, Now: time.Now, RetentionMonths: retentionOf(db)},
		Printer:      spool,
		Direct:       cups,
		PrinterReady: cups.Ready,
		PrinterFor:   func(queue string) printer.Printer { return printer.CUPS{Queue: queue} },
		Lookups:      &requests.Limiter{Max: 10, Window: time.Minute, Now: time.Now},
		Ratings:      &ratings.Service{Store: stores.ratings, Content: db.Content, Now: time.Now, Kiosk: opts.Kiosk},
		Charter:      &charter.Service{Requests: stores.requests, Ratings: stores.ratings, Content: db.Content, Now: time.Now},
		Queue:        desks,
		Bookings: &appointments.Service{Store: db, Content: db.Content, Now: time.Now, Queue: desks,
			Mail: db, Settings: db.Settings, Log: slog.Default()},
		Signups:         &events.Service{Store: db, Content: db.Content, Now: time.Now},
		Staff:           &staff.Service{Store: db, Now: time.Now},
		Settings:        db,
		Register:        stores.register,
		StaffWarnings:   func() []kiosk.Text { return regs.warnings(opts) },
		SetPrinterQueue: cups.SetQueue, PrinterQueue: opts.Printer,
		StaffMode:      opts.Staff,
		Media:          mediaRoots(),
		Audit:          db,
		AccessRegister: &accessreg.Desk{Store: stores.requests, Log: regs, Content: db.Content, Now: time.Now},
		Pages:          pdfview.Renderer{CacheDir: filepath.Join(opts.DataDir, "cache", "pages")},
		Speech:         speaker(),
		Office:         opts.Office,
		TapGuard:       opts.TapGuard, IdleAfter: opts.Idle, WarnFor: 20 * time.Second, AttractAfter: opts.Attract,
		HelpKey: fyne.KeyName(opts.HelpKey),
		Catalog: catalog, Now: time.Now, Log: slog.Default(),
	})
	firstframe.Watch(w)
	ui.Frames = tapframe.Watch(w, ui.Targets)
	background(ui, db, opts, spool, regs, stop)
	a.Lifecycle().SetOnStarted(func() {
		if err := systemd.Notify("READY=1"); err != nil {
			slog.Warn("systemd notify", "err", err)
		}
	})
	defer profileCPU()()
	w.ShowAndRun()
	close(stop)
	return nil
}

// profileCPU writes a CPU profile of the kiosk, until the function it
// returns is called, into the file SPORTELLO_CPU_PROFILE names, if any:
// where a tap's time goes (packaging/measure-taps).
func profileCPU() func() {
	name := os.Getenv("SPORTELLO_CPU_PROFILE")
	if name == "" {
		return func() {}
	}
	f, err := os.Create(name)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		slog.Warn("cpu profile", "err", err)
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// translations are the kiosk's own words, and the toolkit's in Italian.
func translations() (*i18n.Catalog, error) {
	catalog, err := i18n.Load(assets.Translations)
	if err != nil {
		return nil, err
	}
	fyneIt, err := fs.ReadFile(assets.Translations, "fyne-it.json")
	if err == nil {
		err = lang.AddTranslationsForLocale(fyneIt, fyne.Locale("it"))
	}
	return catalog, err
}

// window is the kiosk's window: full screen, or in a window the size of a
// portrait kiosk screen; sized before the content, so that it is laid out
// once, at the size shown.
func window(a fyne.App, windowed bool) fyne.Window {
	w := a.NewWindow("Sportello")
	if windowed {
		w.Resize(fyne.NewSize(720, 1280))
		return w
	}
	if size, ok := screen.Size(w.Canvas()); ok {
		w.Resize(size)
	}
	w.SetFullScreen(true)
	return w
}

// speaker is the voice of listening mode; none where speech does not work.
func speaker() kit.Speaker {
	sp, err := speech.New()
	if err != nil {
		slog.Warn("speech off", "why", err)
		return nil
	}
	return sp
}

// kioskStores are where the kiosk reads its content and files requests,
// ratings and registrations.
type kioskStores struct {
	content  kiosk.ContentStore
	requests kiosk.RequestStore
	ratings  kiosk.RatingStore
	register staffmode.RegisterDesk
}

// storesFor is the kiosk's own database; or, with a central database,
// requests and ratings go there, through the outbox when it does not
// answer, which is sent on until stop is closed.
func storesFor(db *store.DB, opts cli.KioskOptions, stop <-chan struct{}) kioskStores {
	if opts.Central == "" {
		return kioskStores{db, db, db, db}
	}
	central := &relay.Relay{Local: db, RetentionMonths: retentionOf(db), Timeout: 2 * time.Second, BulkTimeout: 30 * time.Second, Retry: 30 * time.Second, Now: time.Now, Log: slog.Default(),
		Kiosk: func() string { return kioskName(db, opts) }, Arrived: ratingArrived(db), Connect: func(ctx context.Context) (*store.DB, error) { return store.OpenContext(ctx, opts.Central) }}
	go func() { central.Sync(); upkeep.Every(30*time.Second, stop, central.Sync) }()
	return kioskStores{relay.Content{Relay: central}, central, central, central}
}

// background starts the kiosk's clock and its upkeep, each at its times,
// until stop is closed.
func background(ui *app.UI, db *store.DB, opts cli.KioskOptions, spool *printer.Spool, regs *registers, stop <-chan struct{}) {
	log := slog.Default()
	go upkeep.Every(time.Second, stop, func() { fyne.Do(ui.Tick) })
	go upkeep.Every(time.Minute, stop, upkeep.Heartbeat{DataDir: opts.DataDir, Version: cli.Version, Started: time.Now(), Now: time.Now,
		OnUI: fyne.Do, LastTouch: ui.LastTouch, Log: log}.Beat)
	go upkeep.After(3*time.Second, stop, debug.FreeOSMemory) // give back what starting up took (parsing, the first layout) once the kiosk is idle
	retention := upkeep.Retention{Requests: &requests.Service{Store: db, Content: db.Content, Now: time.Now}, Settings: db.Settings, Log: log}.Run
	go upkeep.After(time.Minute, stop, retention) // a minute after the start, not while the first screen is drawn
	go upkeep.Every(24*time.Hour, stop, retention)
	go upkeep.Every(10*time.Minute, stop, func() { regs.dailyRegister(opts) }) // the first run after midnight makes yesterday's
	if period := systemd.WatchdogInterval(); period > 0 {
		go upkeep.Every(period, stop, upkeep.Watchdog(fyne.Do))
	}
	go upkeep.Every(30*time.Second, stop, upkeep.PrintAgain(spool, log))
	go upkeep.Every(time.Minute, stop, mail.Sender{Queue: db, Settings: db.Settings, Now: time.Now, Log: log}.Run)
}

// mediaRoots are where staff's files are looked for: USB sticks, then the home folder.
func mediaRoots() []string {
	roots := slices.Clone(media.Removable)
	if home, err := os.UserHomeDir(); err == nil {
		roots = append(roots, home)
	}
	return roots
}

// registers is where the protocol register lives: the central database
// when the kiosk works with one (opened once, when first needed), else the
// kiosk's own.
type registers struct {
	local   *store.DB
	central string
	mu      sync.Mutex
	opened  *store.DB
}

func (r *registers) store() (*store.DB, error) {
	if r.central == "" {
		return r.local, nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.opened == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		db, err := store.OpenContext(ctx, r.central)
		if err != nil {
			return nil, err
		}
		r.opened = db
	}
	return r.opened, nil
}

// AddAudit and LastAudit keep the access register's exports where the
// register is: on the central database when there is one.
func (r *registers) AddAudit(e kiosk.AuditEntry) error {
	db, err := r.store()
	if err != nil {
		return err
	}
	return db.AddAudit(e)
}

func (r *registers) LastAudit(action string) (kiosk.AuditEntry, bool, error) {
	db, err := r.store()
	if err != nil {
		return kiosk.AuditEntry{}, false, err
	}
	return db.LastAudit(action)
}

// keeper is the daily register's keeper: on the central database when the
// kiosk works with one (one machine makes each day's, under its lock), its
// calls bound to ctx.
func (r *registers) keeper(ctx context.Context, opts cli.KioskOptions) (*register.Keeper, error) {
	db, err := r.store()
	if err != nil {
		return nil, err
	}
	host, _ := os.Hostname()
	return &register.Keeper{Store: db.WithContext(ctx), Content: r.local.Content, Host: host, Now: time.Now, Folder: func() string {
		s, _, _ := r.local.Settings()
		return register.Folder(opts.DataDir, s.ConservationDir)
	}}, nil
}

// dailyRegister delivers every past day's register not yet in conservation.
func (r *registers) dailyRegister(opts cli.KioskOptions) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	k, err := r.keeper(ctx, opts)
	if err != nil {
		slog.Warn("daily register: central database", "err", err)
		return
	}
	outcomes, err := k.CatchUp()
	for _, o := range outcomes {
		slog.Info("daily register", "file", o.Register.File, "made", o.Made, "matches", o.Matches == nil)
	}
	if err != nil {
		slog.Error("daily register", "err", err)
	}
}

// warnings are what staff are told of the register at sign-in.
func (r *registers) warnings(opts cli.KioskOptions) []kiosk.Text {
	outages, err := r.local.Outages()
	if err != nil {
		slog.Warn("emergency register", "err", err)
	}
	var overdue []kiosk.Date
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if k, err := r.keeper(ctx, opts); err == nil {
		if overdue, err = k.Overdue(); err != nil {
			slog.Warn("daily register", "err", err)
		}
	}
	c, err := r.local.Content()
	if err != nil {
		slog.Warn("content", "err", err)
	}
	out := register.Warnings(c.Organization.Register, overdue, outages, time.Now())
	if text, due, err := accessreg.Reminder(r, hours.Today(time.Now())); due {
		out = append(out, text)
	} else if err != nil {
		slog.Warn("access register", "err", err)
	}
	aside, err := r.local.SetAside()
	if err != nil {
		slog.Warn("outbox", "err", err)
	}
	failed, err := r.local.FailedMail()
	if err != nil {
		slog.Warn("mail queue", "err", err)
	}
	return append(append(out, relay.Warnings(aside)...), mail.Warnings(failed)...)
}

// ratingArrived raises, on the central database, the alert a rating from
// the outbox makes due when it arrives there.
func ratingArrived(db *store.DB) func(kiosk.RatingStore, kiosk.Rating) {
	return func(central kiosk.RatingStore, r kiosk.Rating) {
		c, err := db.Content()
		if err == nil {
			_, err = ratings.Arrived(central, c.Ratings, r)
		}
		if err != nil {
			slog.Warn("an alert for a rating from the outbox", "err", err)
		}
	}
}

// kioskName is the kiosk's name as an admin set it, else the --kiosk flag's.
func kioskName(db *store.DB, opts cli.KioskOptions) string {
	if s, found, err := db.Settings(); err == nil && found && s.KioskName != "" {
		return s.KioskName
	}
	return opts.Kiosk
}

// retentionOf is the retention the settings of db give, read when asked.
func retentionOf(db *store.DB) func() int {
	return func() int { return settings.RetentionMonths(db.Settings) }
}
