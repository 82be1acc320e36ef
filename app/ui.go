// Package app is Sportello's touchscreen interface: one file a screen, the
// theme and the navigation. It holds no SQL and no rule: it asks internal/.
package app

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/ratings"
	"sportello/internal/requests"
	"sportello/internal/search"
	"sportello/internal/staff"
	"sportello/internal/tapframe"
)

// Deps is what the interface needs from the rest of the program.
type Deps struct {
	Content  kiosk.ContentStore
	Requests *requests.Service
	Printer  printer.Printer // tickets: the spool in production, it never loses one
	Direct   printer.Printer // documents and letters: printed now or the screen says not, never later
	// PrinterReady reports whether the ticket printer can print now; nil
	// when there is no way to know.
	PrinterReady func() bool
	// PrinterFor prints straight to a CUPS queue: "Stampa di prova" on the
	// queue typed in the settings, without making it the live one.
	PrinterFor func(queue string) printer.Printer
	Lookups    *requests.Limiter // status lookups allowed at this kiosk
	Ratings    *ratings.Service
	Staff      *staff.Service
	Settings   SettingsStore // nil: the flags' values stand
	Register   RegisterDesk  // the protocol register: a registration, its annulment
	// StaffWarnings are what staff must be told at sign-in: late daily
	// registers, the emergency register, items the central database keeps
	// refusing; nil: none.
	StaffWarnings func() []kiosk.Text

	// SetPrinterQueue points ticket printing at another CUPS queue;
	// PrinterQueue is the one it starts on.
	SetPrinterQueue func(queue string)
	PrinterQueue    string
	Pages           PageRenderer // shows PDF pages
	Speech          Speaker      // nil when speech is not available
	Office          string       // the office the kiosk stands in, for the attract screen

	TapGuard     time.Duration // a second tap on a control within this is ignored (0: none)
	IdleAfter    time.Duration // with no touch, ask "Sei ancora lì?" (default 90 s)
	WarnFor      time.Duration // then count down this long before wiping (default 20 s)
	AttractAfter time.Duration // on the untouched home screen, show the attract screen (default 3 min)
	HelpKey      fyne.KeyName  // the hardware help key that starts listening mode (default F1)

	StaffMode bool     // start on the staff sign-in (sportello --staff)
	Media     []string // where staff's files are looked for: USB sticks and their folders

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

// RegisterDesk is what staff mode does in the protocol register.
type RegisterDesk interface {
	Annul(a kiosk.Annul) (kiosk.Registration, error)
}

// PageRenderer turns PDF pages into images.
type PageRenderer interface {
	Pages(pdf []byte) (int, error)
	Page(pdf []byte, n int) ([]byte, error)
}

// Speaker speaks text aloud; a new text stops the previous one.
type Speaker interface {
	Say(text string, lang kiosk.Lang, volume int) error
	Stop()
}

// screen builds a screen's body in the current language; it is called again
// when the language changes.
type screen func() fyne.CanvasObject

// UI is the kiosk's window content: a header, the current screen and a
// bottom bar with the language switch and Home.
type UI struct {
	Deps
	renders int         // screens built so far: a late answer does not rebuild another screen
	opened  openedItems // search results opened at this kiosk, for the suggestions
	win     fyne.Window
	tr      *i18n.Translator
	content kiosk.Content

	root   *fyne.Container // the window's content
	bar    *fyne.Container // the bottom bar: language, search, accessibility, Home
	header *header
	body   *fyne.Container
	stack  []screen // the screens shown, the current one last

	index *search.Index // over the content; nil until the first search after a reload

	// What the current visit has open; Home forgets it.
	home       *homeScreen   // the last home screen built
	flow       *requestFlow  // the request being filed
	rate       *rateFlow     // the rating being given
	status     *statusScreen // the status lookup
	offices    *officesScreen
	services   *servicesScreen
	documents  *documentsScreen
	docView    *documentView
	noticeRows map[string]*tile
	search     *searchScreen
	staff      *staffScreens // staff mode, from the sign-in on

	settings     kiosk.Settings  // as saved by an admin
	settingsForm *settingsScreen // the settings being edited
	onTick       func()          // what the current screen updates each second
	scrollers    []*scroller     // of the current screen

	keyboard    *keyboard
	accessPanel *accessPanel
	access      access // the current citizen's choice
	listening   bool   // speech mode
	volume      int
	idle        idle
	attract     *tile // the attract screen's tile, when shown

	pageTitle *widget.Label  // the title of the last page built
	focus     fyne.Focusable // what the screen being built wants focused once shown
	backBtn   *widget.Button
	langBtn   *widget.Button
	searchBtn *widget.Button
	accessBtn *widget.Button
	homeBtn   *widget.Button
}

// New builds the interface into win and shows the home screen.
func New(win fyne.Window, d Deps) *UI {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.Default()
	}
	if d.IdleAfter == 0 {
		d.IdleAfter, d.WarnFor, d.AttractAfter = defaultIdleAfter, defaultWarnFor, defaultAttractAfter
	}
	if d.HelpKey == "" {
		d.HelpKey = fyne.KeyF1
	}
	u := &UI{Deps: d, win: win, tr: i18n.NewTranslator(d.Catalog), volume: defaultVolume}
	u.setAccess(access{})
	u.idle.last = d.Now()
	u.header = newHeader(u)
	u.body = container.NewStack()
	u.keyboard = newKeyboard(u)
	u.accessPanel = newAccessPanel()
	u.langBtn = u.button("", nil, u.switchLang)
	u.searchBtn = u.button("", theme.SearchIcon(), func() { u.show(u.searchScreen) })
	u.accessBtn = u.button("", theme.VisibilityIcon(), u.toggleAccessPanel)
	u.homeBtn = u.button("", theme.HomeIcon(), u.homeTapped)
	u.homeBtn.Importance = widget.HighImportance
	u.bar = container.NewGridWithColumns(4, u.langBtn, u.searchBtn, u.accessBtn, u.homeBtn)
	dock := container.NewVBox(u.keyboard.object, u.accessPanel.object, u.bar)
	body := container.New(shrinkable{}, container.NewPadded(u.body))
	u.root = container.NewBorder(u.header.object, container.NewPadded(dock), nil, nil, body)
	win.SetContent(u.root)
	u.settings = kiosk.Settings{Office: d.Office, English: true, PrinterQueue: d.PrinterQueue,
		IdleSeconds: int(d.IdleAfter / time.Second), AttractSeconds: int(d.AttractAfter / time.Second),
		RetentionMonths: kiosk.DefaultSettings().RetentionMonths}
	if d.Ratings != nil {
		u.settings.KioskName = d.Ratings.Kiosk
	}
	if d.Settings != nil {
		if s, found, err := d.Settings.Settings(); err != nil {
			d.Log.Error("reading settings", "err", err)
		} else if found {
			u.applySettings(s)
		}
	}
	win.Canvas().SetOnTypedKey(u.typedKey)
	win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt},
		func(fyne.Shortcut) { u.openSignIn() })
	u.GoHome()
	if d.StaffMode {
		u.openSignIn()
	}
	return u
}

// homeTapped is the Home button: the staff menu for signed-in staff, else the citizens' home.
func (u *UI) homeTapped() {
	if u.staff != nil && u.staff.user != nil {
		u.stack = u.stack[:0]
		u.show(u.staffHome)
		return
	}
	u.GoHome()
}

// load runs work off the UI goroutine for the screen being built, then done
// on it and builds the screen again, unless another screen was shown
// meanwhile. It reports whether the work finished at once (the test
// driver's inline mode), when the screen can use its result straight away.
func (u *UI) load(work, done func()) bool {
	finished, inline, at := false, true, u.renders
	u.background(work, func() {
		done()
		finished = true
		if !inline && u.renders == at {
			u.render()
		}
	})
	inline = false
	return finished
}

// background runs work off the UI goroutine, then done on it.
func (u *UI) background(work func(), done func()) {
	if u.Inline {
		work()
		done()
		return
	}
	go func() {
		work()
		fyne.Do(done)
	}()
}

// shrinkable asks for no space of its own: the screen body takes what the
// header, the keyboard and the bar leave, and is clipped rather than pushing
// the window past the screen.
type shrinkable struct{}

func (shrinkable) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (shrinkable) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

// relayout lays the window out again after the dock (keyboard, accessibility
// panel) appeared or went.
func (u *UI) relayout() { u.root.Refresh() }

// typedKey handles keys typed while no text field has focus: the help key
// toggles listening mode.
func (u *UI) typedKey(k *fyne.KeyEvent) {
	u.touched()
	if k.Name == u.HelpKey {
		u.setListening(!u.listening)
	}
}

// GoHome reloads the content, forgets the screens shown and shows the home screen.
func (u *UI) GoHome() {
	c, err := u.Content.Content()
	if err != nil {
		u.Log.Error("reading content", "err", err)
	} else {
		u.content = c
		u.index = nil // built again at the next search, not on every Home
	}
	u.stack = u.stack[:0]
	u.flow, u.rate, u.status, u.services, u.documents, u.search, u.staff = nil, nil, nil, nil, nil, nil, nil
	u.settingsForm = nil
	u.idle.attract = false
	u.show(u.homeScreen)
}

// show pushes a screen and displays it.
func (u *UI) show(s screen) {
	u.closeAccessPanel()
	u.stack = append(u.stack, s)
	u.render()
}

// back returns to the previous screen.
func (u *UI) back() {
	u.closeAccessPanel()
	if len(u.stack) > 1 {
		u.stack = u.stack[:len(u.stack)-1]
	}
	u.render()
}

// render builds the current screen again, in the current language.
func (u *UI) render() {
	u.renders++
	u.touched()
	u.langBtn.SetText(u.tr.T("lang.switch"))
	u.searchBtn.SetText(u.tr.T("search.button"))
	u.accessBtn.SetText(u.tr.T("access.button"))
	u.homeBtn.SetText(u.tr.T("nav.home"))
	if cols := map[bool]int{false: 4, true: 2}[u.access.largeText]; len(u.bar.Objects) > 0 {
		u.bar.Layout = layout.NewGridLayoutWithColumns(cols) // large text: two rows, so the labels fit
	}
	u.header.update()
	u.focus, u.onTick, u.scrollers = nil, nil, nil
	u.keyboard.detach()
	u.body.Objects = []fyne.CanvasObject{u.stack[len(u.stack)-1]()}
	u.introduce()
	u.body.Refresh()
	if u.accessPanel.object.Visible() {
		u.buildAccessPanel()
	}
	if u.focus != nil {
		u.win.Canvas().Focus(u.focus)
	}
}

// introduce tells the window's canvas about a new screen before it is laid
// out, as the driver does before each frame. Fyne draws an SVG icon laid out
// before its canvas is known at twice the size "in case of a HiDPI screen", then
// again at the real scale once it is known: the home screen's seven tile icons
// were drawn at 144 px, then at 72. The test driver's canvas has no such step.
func (u *UI) introduce() {
	if c, ok := u.win.Canvas().(interface{ EnsureMinSize() bool }); ok {
		c.EnsureMinSize()
	}
}

// switchLang alternates Italian and English and rebuilds the screen.
func (u *UI) switchLang() {
	if u.tr.Lang() == kiosk.Italian {
		u.tr.SetLang(kiosk.English)
	} else {
		u.tr.SetLang(kiosk.Italian)
	}
	u.render()
}

// Tick refreshes what changes with time (the clock); the caller runs it each
// second on the UI goroutine.
func (u *UI) Tick() {
	u.header.update()
	if u.onTick != nil {
		u.onTick()
	}
	u.checkIdle()
}

// page frames a screen other than home: "Indietro" top left, the title beside it.
func (u *UI) page(title string, body fyne.CanvasObject) fyne.CanvasObject {
	u.backBtn = u.button(u.tr.T("nav.back"), theme.NavigateBackIcon(), u.back)
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = sizeHeading
	heading.Wrapping = fyne.TextWrapWord
	u.pageTitle = heading
	u.say(title)
	top := container.NewBorder(nil, nil, u.backBtn, nil, heading)
	return container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil, body)
}
