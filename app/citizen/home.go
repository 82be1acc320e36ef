package citizen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
)

// Sections of the home screen, in the order of the tiles.
const (
	sectionOffices  = "offices"
	sectionServices = "services"
	sectionForms    = "forms"
	sectionNotices  = "notices"
	sectionRate     = "rate"
	sectionRequests = "requests"
	sectionStatus   = "status"
	sectionDesk     = "desk"
)

var sections = []struct {
	id   string
	icon func() fyne.Resource
}{
	{sectionDesk, deskIcon}, // most who walk in want a clerk
	{sectionOffices, theme.HistoryIcon},
	{sectionServices, theme.ListIcon},
	{sectionForms, theme.DocumentIcon},
	{sectionNotices, theme.InfoIcon},
	{sectionRate, theme.ConfirmIcon},
	{sectionRequests, theme.MailComposeIcon},
	{sectionStatus, theme.ViewRefreshIcon}, // not Cerca's magnifier
}

// homeScreen is the grid of section tiles.
type homeScreen struct {
	tiles map[string]*kit.Tile
}

func (u *Screens) homeScreen() fyne.CanvasObject {
	h := &homeScreen{tiles: map[string]*kit.Tile{}}
	u.home = h
	var objs []fyne.CanvasObject
	for _, s := range sections {
		if s.id == sectionDesk && (u.Queue == nil || len(u.Content.Queue.Lines) == 0) {
			continue // no desk queue here
		}
		open := u.section(s.id)
		t := u.Tile(s.icon(), u.Tr.T("tile."+s.id), u.Tr.T("tile."+s.id+".desc"), func() { u.Show(open) })
		if u.Speech != nil { // a long press anywhere below the header starts listening mode
			t.OnLongPress = func() { u.SetListening(true) }
		}
		h.tiles[s.id] = t
		objs = append(objs, t)
	}
	welcome := widget.NewLabelWithStyle(u.Tr.T("home.welcome"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	welcome.SizeName = kit.SizeHeading
	welcome.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(welcome)
	if u.Content.Organization.Demo {
		demo := widget.NewLabelWithStyle(u.Tr.T("home.demo"), fyne.TextAlignCenter, fyne.TextStyle{}) // no italic: a third font face costs 5 MB
		demo.Wrapping = fyne.TextWrapWord
		top.Add(demo)
	}
	return container.New(&homeLayout{welcome}, top, u.Tiles(objs...))
}

// homeLayout puts the welcome and the demo notice above the tiles; on a
// short screen the welcome steps aside, so the tiles keep their lines.
type homeLayout struct{ welcome *widget.Label }

// shortHome is the height under which the welcome steps aside.
const shortHome = 560

func (l *homeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	top, grid := objs[0], objs[1]
	l.welcome.Hidden = size.Height < shortHome
	th := top.MinSize().Height
	top.Move(fyne.NewPos(0, 0))
	top.Resize(fyne.NewSize(size.Width, th))
	grid.Move(fyne.NewPos(0, th+theme.Padding()))
	grid.Resize(fyne.NewSize(size.Width, max(0, size.Height-th-theme.Padding())))
}

func (l *homeLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[1].MinSize()
}

// section returns the screen behind a home tile.
func (u *Screens) section(id string) kit.Screen {
	switch id {
	case sectionOffices:
		return u.officesScreen
	case sectionServices:
		return u.servicesScreen
	case sectionForms:
		return u.documentsScreen
	case sectionNotices:
		return u.noticesScreen
	case sectionRate:
		return u.rateHere
	case sectionRequests:
		return u.startRequest
	case sectionStatus:
		return u.statusScreen
	case sectionDesk:
		return u.deskScreen
	}
	return func() fyne.CanvasObject { return u.comingSoon(id) }
}

// comingSoon says that a section is not built yet.
func (u *Screens) comingSoon(id string) fyne.CanvasObject {
	body := widget.NewLabel(u.Tr.T("soon.body"))
	body.Wrapping = fyne.TextWrapWord
	return u.Page(u.Tr.T("tile."+id), container.NewVBox(
		widget.NewLabelWithStyle(u.Tr.T("soon.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), body))
}
