// Package app is Sportello's touchscreen interface: one file a screen, the
// theme and the navigation. It holds no SQL and no rule: it asks internal/.
package app

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/requests"
	"sportello/internal/search"
)

// Deps is what the interface needs from the rest of the program.
type Deps struct {
	Content  kiosk.ContentStore
	Requests *requests.Service
	Printer  printer.Printer   // the spool in production: it never loses a ticket
	Lookups  *requests.Limiter // status lookups allowed at this kiosk
	Pages    PageRenderer      // shows PDF pages
	Catalog  *i18n.Catalog
	Now      func() time.Time
	Log      *slog.Logger
}

// PageRenderer turns PDF pages into images.
type PageRenderer interface {
	Pages(pdf []byte) (int, error)
	Page(pdf []byte, n int) ([]byte, error)
}

// screen builds a screen's body in the current language; it is called again
// when the language changes.
type screen func() fyne.CanvasObject

// UI is the kiosk's window content: a header, the current screen and a
// bottom bar with the language switch and Home.
type UI struct {
	Deps
	win     fyne.Window
	tr      *i18n.Translator
	content kiosk.Content

	header *header
	body   *fyne.Container
	stack  []screen // the screens shown, the current one last

	index *search.Index // over the content, rebuilt when it is reloaded

	// What the current visit has open; Home forgets it.
	home       *homeScreen   // the last home screen built
	flow       *requestFlow  // the request being filed
	status     *statusScreen // the status lookup
	offices    *officesScreen
	services   *servicesScreen
	documents  *documentsScreen
	docView    *documentView
	noticeRows map[string]*tile
	search     *searchScreen
	onTick     func()      // what the current screen updates each second
	scrollers  []*scroller // of the current screen

	pageTitle *widget.Label  // the title of the last page built
	focus     fyne.Focusable // what the screen being built wants focused once shown
	backBtn   *widget.Button
	langBtn   *widget.Button
	searchBtn *widget.Button
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
	fyne.CurrentApp().Settings().SetTheme(newTheme())
	u := &UI{Deps: d, win: win, tr: i18n.NewTranslator(d.Catalog)}
	u.header = newHeader(u)
	u.body = container.NewStack()
	u.langBtn = widget.NewButton("", u.switchLang)
	u.searchBtn = widget.NewButtonWithIcon("", theme.SearchIcon(), func() { u.show(u.searchScreen) })
	u.homeBtn = widget.NewButtonWithIcon("", theme.HomeIcon(), u.GoHome)
	u.homeBtn.Importance = widget.HighImportance
	bar := container.NewGridWithColumns(3, u.langBtn, u.searchBtn, u.homeBtn)
	win.SetContent(container.NewBorder(u.header.object, container.NewPadded(bar), nil, nil, container.NewPadded(u.body)))
	u.GoHome()
	return u
}

// GoHome reloads the content, forgets the screens shown and shows the home screen.
func (u *UI) GoHome() {
	c, err := u.Content.Content()
	if err != nil {
		u.Log.Error("reading content", "err", err)
	} else {
		u.content = c
		u.index = search.FromContent(c)
	}
	u.stack = u.stack[:0]
	u.flow, u.status, u.services, u.documents, u.search = nil, nil, nil, nil, nil
	u.show(u.homeScreen)
}

// show pushes a screen and displays it.
func (u *UI) show(s screen) {
	u.stack = append(u.stack, s)
	u.render()
}

// back returns to the previous screen.
func (u *UI) back() {
	if len(u.stack) > 1 {
		u.stack = u.stack[:len(u.stack)-1]
	}
	u.render()
}

// render builds the current screen again, in the current language.
func (u *UI) render() {
	u.langBtn.SetText(u.tr.T("lang.switch"))
	u.searchBtn.SetText(u.tr.T("search.button"))
	u.homeBtn.SetText(u.tr.T("nav.home"))
	u.header.update()
	u.focus, u.onTick, u.scrollers = nil, nil, nil
	u.body.Objects = []fyne.CanvasObject{u.stack[len(u.stack)-1]()}
	u.body.Refresh()
	if u.focus != nil {
		u.win.Canvas().Focus(u.focus)
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
}

// page frames a screen other than home: "Indietro" top left, the title beside it.
func (u *UI) page(title string, body fyne.CanvasObject) fyne.CanvasObject {
	u.backBtn = widget.NewButtonWithIcon(u.tr.T("nav.back"), theme.NavigateBackIcon(), u.back)
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = sizeHeading
	heading.Wrapping = fyne.TextWrapWord
	u.pageTitle = heading
	top := container.NewBorder(nil, nil, u.backBtn, nil, heading)
	return container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil, body)
}
