// Package kit is what every screen of the kiosk is built on: the shell (the
// header, the bottom bar, the navigation between screens, the on-screen
// keyboard, the idle timer, accessibility and speech), the theme, and the
// widgets the screens share. It holds no SQL and no rule.
package kit

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/tapframe"
)

// Config is what the shell needs from the rest of the program.
type Config struct {
	ContentStore kiosk.ContentStore // the public content, read again at each Home
	Speech       Speaker            // nil when speech is not available

	TapGuard     time.Duration // a second tap on a control within this is ignored (0: none)
	IdleAfter    time.Duration // with no touch, ask "È ancora lì?" (default 90 s)
	WarnFor      time.Duration // then count down this long before wiping (default 20 s)
	AttractAfter time.Duration // on the untouched home screen, show the attract screen (default 3 min)
	HelpKey      fyne.KeyName  // the hardware help key that starts listening mode (default F1)

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

// Hooks are what the screens built on the shell tell it: the home screen,
// the attract screen, how to open staff mode, and what a visit leaves that
// Home forgets.
type Hooks struct {
	Home    Screen // the citizens' home screen
	Attract Screen // shown on an untouched home screen
	SignIn  func() // the staff sign-in: a long press on the header, Ctrl+Alt+S
	// HomeTapped runs when Home is tapped (staff mode signs staff out); it
	// reports whether it showed a screen itself, else the citizens' home is
	// shown.
	HomeTapped func() bool
	// Forget drops what the current visit has open; GoHome runs them.
	Forget []func()
	// Busy reports whether a citizen has something in progress that the
	// idle wipe must ask about even on the home screen.
	Busy func() bool
	// Session reports a staff session: no citizen to warn, it ends after
	// its own idle time.
	Session func() (active bool, idleFor time.Duration, end func())
	// ContentChanged runs when staff replaced the content.
	ContentChanged func()
	// Settings run when saved settings take effect.
	SettingsApplied []func(kiosk.Settings)
}

// Speaker speaks text aloud; a new text stops the previous one.
type Speaker interface {
	Say(text string, lang kiosk.Lang, volume int) error
	Stop()
}

// Screen builds a screen's body in the current language; it is called again
// when the language changes.
type Screen func() fyne.CanvasObject

// Shell is the kiosk's window content: a header, the current screen and a
// bottom bar with the language switch, search, accessibility and Home;
// with the on-screen keyboard, the idle timer and the navigation between
// screens. Citizen and staff screens are built on it.
type Shell struct {
	Config
	Hooks
	renders  int       // screens built so far: a late answer does not rebuild another screen
	tapping  *tapStart // the tap whose handler runs
	Win      fyne.Window
	Tr       *i18n.Translator
	Content  kiosk.Content  // as last read
	settings kiosk.Settings // in effect

	root   *fyne.Container // the window's content
	bar    *fyne.Container // the bottom bar: language, search, accessibility, Home
	header *header
	Body   *fyne.Container
	stack  []Screen // the screens shown, the current one last

	OnTick func() // what the current screen updates each second
	// OnCompact tells the current screen that the keyboard took (true) or
	// gave back (false) the room of a short screen: it may tuck a hint away.
	OnCompact func(compact bool)

	keyboard    *Keyboard
	accessPanel *AccessPanel
	access      access // the current citizen's choice
	listening   bool   // speech mode
	volume      int
	idle        idle

	PageTitle *widget.Label  // the title of the last page built
	title     string         // the screen shown's: its page's title, Home for a screen without one
	Focus     fyne.Focusable // what the screen being built wants focused once shown
	BackBtn   *Button
	PageHome  *Button // the page's Home, beside its title while the bar is away for the keyboard
	LangBtn   *Button
	SearchBtn *Button
	AccessBtn *Button
	HomeBtn   *Button
}

// New builds the shell into win, with these settings in effect; Start
// shows the first screen once the screens have set their hooks.
func New(win fyne.Window, c Config, s kiosk.Settings) *Shell {
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.IdleAfter == 0 {
		c.IdleAfter, c.WarnFor, c.AttractAfter = defaultIdleAfter, defaultWarnFor, defaultAttractAfter
	}
	if c.HelpKey == "" {
		c.HelpKey = fyne.KeyF1
	}
	u := &Shell{Config: c, Win: win, Tr: i18n.NewTranslator(c.Catalog), volume: defaultVolume, settings: s}
	u.SetAccess(access{})
	u.idle.last = c.Now()
	u.header = newHeader(u)
	u.Body = container.NewStack()
	u.keyboard = newKeyboard(u)
	u.accessPanel = newAccessPanel()
	u.LangBtn = u.Button("", nil, u.switchLang)
	u.SearchBtn = u.Button("", theme.SearchIcon(), nil)
	u.AccessBtn = u.Button("", theme.VisibilityIcon(), u.toggleAccessPanel)
	u.HomeBtn = u.Button("", theme.HomeIcon(), u.homeTapped)
	bar := u.Columns(4)
	bar.Even = true // four or two a row, never three and one
	u.bar = container.New(bar, u.LangBtn, u.SearchBtn, u.AccessBtn, u.HomeBtn)
	dock := container.NewVBox(u.keyboard.object, u.accessPanel.object, u.bar)
	body := container.New(shrinkable{}, container.NewPadded(u.Body))
	u.root = container.New(&shellLayout{u}, u.header.object, body, container.NewPadded(dock))
	win.SetContent(u.root)
	win.Canvas().SetOnTypedKey(u.typedKey)
	win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt},
		func(fyne.Shortcut) { u.signIn() })
	return u
}

// Start shows the home screen; search is what the bar's Cerca opens.
func (u *Shell) Start(search Screen) {
	u.SearchBtn.OnTapped = u.Action(func() string { return u.SearchBtn.Text }, func() { u.Show(search) })
	u.ApplySettings(u.settings)
	u.GoHome()
}

// Settings are the settings in effect.
func (u *Shell) Settings() kiosk.Settings { return u.settings }

// ApplySettings puts saved settings into effect at once: idle times and the
// language switch here, the rest through the Settings hooks.
func (u *Shell) ApplySettings(s kiosk.Settings) {
	u.settings = s
	u.IdleAfter = secondsOf(s.IdleSeconds)
	u.AttractAfter = secondsOf(s.AttractSeconds)
	if s.English {
		u.LangBtn.Show()
	} else {
		u.LangBtn.Hide()
		u.Tr.SetLang(kiosk.Italian)
	}
	for _, f := range u.SettingsApplied {
		f(s)
	}
}

func secondsOf(n int) time.Duration { return time.Duration(n) * time.Second }

// SetContent shows content staff just saved, whatever the screen now.
func (u *Shell) SetContent(c kiosk.Content) {
	u.Content = c
	if u.ContentChanged != nil {
		u.ContentChanged()
	}
}

// signIn opens the staff sign-in, when staff mode is wired.
func (u *Shell) signIn() {
	if u.SignIn != nil {
		u.SignIn()
	}
}

// homeTapped is the Home button: the citizens' home, after whatever the
// HomeTapped hook does first.
func (u *Shell) homeTapped() {
	if u.HomeTapped != nil && u.HomeTapped() {
		return
	}
	u.GoHome()
}

// Restart forgets the screens shown and shows s as the first.
func (u *Shell) Restart(s Screen) {
	u.stack = u.stack[:0]
	u.Show(s)
}

// ShowOverFirst shows s above the first screen alone: Back from it goes
// home, never to the steps before it (a request filed, a rating given).
func (u *Shell) ShowOverFirst(s Screen) {
	u.stack = u.stack[:min(len(u.stack), 1)]
	u.Show(s)
}

// Depth is how many screens are shown, the current one on top: work that
// finishes later checks it has not changed before it moves on.
func (u *Shell) Depth() int { return len(u.stack) }

// Load runs work off the UI goroutine for the screen being built, then done
// on it and builds the screen again, unless another screen was shown
// meanwhile. It reports whether the work finished at once (the test
// driver's inline mode), when the screen can use its result straight away.
func (u *Shell) Load(work, done func()) bool {
	finished, inline, at := false, true, u.renders
	u.Background(work, func() {
		done()
		finished = true
		if !inline && u.renders == at {
			u.Render()
		}
	})
	inline = false
	return finished
}

// Background runs work off the UI goroutine, then done on it. When a tap
// started the work, the tap is measured to the frame after done: what a
// citizen waits for is the screen with the answer (tapframe).
func (u *Shell) Background(work func(), done func()) {
	if u.Inline {
		work()
		done()
		return
	}
	t := u.tapping
	if t != nil && !t.waits {
		t.waits = true
	} else {
		t = nil
	}
	go func() {
		work()
		fyne.Do(func() {
			done()
			if t != nil {
				u.Frames.Shown(t.from, u.Title(), t.at)
			}
		})
	}()
}

// Relayout lays the window out again after the dock (keyboard, accessibility
// panel) appeared or went.
func (u *Shell) Relayout() {
	u.root.Refresh()
	if t := u.PageTitle; t != nil && t.MinSize().Height > t.Size().Height+1 {
		u.root.Refresh() // a title that gave the page's Home room wraps to more lines only once it has its new width
	}
}

// typedKey handles keys typed while no text field has focus: the help key
// toggles listening mode.
func (u *Shell) typedKey(k *fyne.KeyEvent) {
	u.Touched()
	if k.Name == u.HelpKey {
		u.SetListening(!u.listening)
	}
}

// GoHome reloads the content, forgets the screens shown and shows the home screen.
func (u *Shell) GoHome() {
	if c, err := u.ContentStore.Content(); err != nil {
		u.Log.Error("reading content", "err", err)
	} else {
		u.SetContent(c)
	}
	u.stack = u.stack[:0]
	for _, forget := range u.Forget {
		forget()
	}
	u.idle.attract = false
	u.bar.Show()
	u.Show(u.Home)
}

// Show pushes a screen and displays it.
func (u *Shell) Show(s Screen) {
	u.CloseAccessPanel()
	u.stack = append(u.stack, s)
	u.Render()
}

// Back returns to the previous screen.
func (u *Shell) Back() {
	u.CloseAccessPanel()
	if len(u.stack) > 1 {
		u.stack = u.stack[:len(u.stack)-1]
	}
	u.Render()
}

// Render builds the current screen again, in the current language.
func (u *Shell) Render() {
	u.renders++
	u.Touched()
	u.LangBtn.SetText(u.Tr.T("lang.switch"))
	u.SearchBtn.SetText(u.Tr.T("search.button"))
	u.AccessBtn.SetText(u.Tr.T("access.button"))
	u.HomeBtn.SetText(u.Tr.T("nav.home"))
	u.header.update()
	u.Focus, u.OnTick, u.OnCompact, u.PageHome = nil, nil, nil, nil
	u.keyboard.detach()
	titled := u.PageTitle
	u.Body.Objects = []fyne.CanvasObject{u.stack[len(u.stack)-1]()}
	u.title = "Home"
	if u.PageTitle != titled {
		u.title = u.PageTitle.Text
	}
	u.introduce()
	u.Body.Refresh()
	if u.accessPanel.object.Visible() {
		u.buildAccessPanel()
	}
	if u.Focus != nil {
		u.Win.Canvas().Focus(u.Focus)
	}
	u.Frames.Changed()
}

// introduce tells the window's canvas about a new screen before it is laid
// out, as the driver does before each frame. Fyne draws an SVG icon laid out
// before its canvas is known at twice the size "in case of a HiDPI screen", then
// again at the real scale once it is known: the home screen's seven tile icons
// were drawn at 144 px, then at 72. The test driver's canvas has no such step.
func (u *Shell) introduce() {
	if c, ok := u.Win.Canvas().(interface{ EnsureMinSize() bool }); ok {
		c.EnsureMinSize()
	}
}

// switchLang alternates Italian and English and rebuilds the screen.
func (u *Shell) switchLang() {
	if u.Tr.Lang() == kiosk.Italian {
		u.Tr.SetLang(kiosk.English)
	} else {
		u.Tr.SetLang(kiosk.Italian)
	}
	u.Render()
}

// Tick refreshes what changes with time (the clock); the caller runs it each
// second on the UI goroutine.
func (u *Shell) Tick() {
	u.header.update()
	if u.OnTick != nil {
		u.OnTick()
	}
	u.checkIdle()
}
