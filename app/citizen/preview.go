package citizen

import (
	"bytes"
	"image/png"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/kiosk"
)

// documentView pages through one document, zooms it, prints it and offers
// its link. A page fits the width of the screen at first, its printed part
// filling it; zoomed in, it is wider than the screen and the arrows beside
// it move it sideways too.
type documentView struct {
	u               *Screens
	pdf             []byte
	page, pages     int
	zoom            int     // index in zooms
	width           float32 // of the area the page is shown in
	aspect          float32 // height over width of the page's image
	image           *canvas.Image
	sheet           *fyne.Container
	scroller        *kit.Scroller
	pageLabel       *widget.Label
	zoomLabel       *widget.Label
	prev, next      *kit.Button
	zoomIn, zoomOut *kit.Button
	print, qr       *kit.Button
	state           *widget.Label
	asked           int // the image last asked of the renderer: an older answer is dropped
	shown           int // the width in pixels of the image asked for last, 0 for none
}

// zooms are the sizes of a page, as a share of the width that fits the screen.
var zooms = []float32{1, 1.5, 2, 3}

// a4 is an A4 page's height over its width, until the page's image comes.
const a4 = 297.0 / 210

func (u *Screens) documentPage(d doc) kit.Screen {
	v := &documentView{u: u, page: 1, aspect: a4}
	return func() fyne.CanvasObject {
		u.docView = v
		tr := u.Tr
		v.pdf = nil
		if d.file != "" {
			var err error
			if v.pdf, err = u.ContentStore.File(d.file); err != nil {
				u.Log.Error("reading a document", "file", d.file, "err", err)
			}
		}
		v.build(d)
		v.turn(0)
		if v.pdf != nil && v.pages == 0 { // poppler may take long: the screen shows now, the page when it comes
			v.say(tr.T("doc.loading"))
			var n int
			var err error
			pdf := v.pdf
			u.Background(func() { n, err = u.Pages.Pages(pdf) }, func() {
				v.say("")
				if err != nil {
					v.say(kiosk.ErrorMessage(err, u.Tr.Lang()))
				}
				v.pages = n
				v.turn(0)
			})
		}
		return u.Page(tr.Text(d.title), container.NewBorder(nil, v.controls(d), nil, nil, v.scroller.Object()))
	}
}

// build makes the page's image and the controls.
func (v *documentView) build(d doc) {
	u, tr := v.u, v.u.Tr
	v.state = kit.Paragraph("")
	v.state.Alignment = fyne.TextAlignCenter
	v.state.Hide()
	v.pageLabel = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	v.zoomLabel = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	v.image = canvas.NewImageFromResource(nil)
	v.image.FillMode = canvas.ImageFillStretch // the sheet's layout keeps the page's own shape
	v.sheet = container.New(sheetLayout{v}, canvas.NewRectangle(theme.Color(theme.ColorNameButton)), v.image)
	v.shown = 0
	v.scroller = u.PanScroller(v.sheet)
	v.scroller.OnView = v.viewed
	v.prev = v.iconButton("doc.prev", theme.NavigateBackIcon(), func() { v.turn(-1) })
	v.next = v.iconButton("doc.next", theme.NavigateNextIcon(), func() { v.turn(1) })
	v.zoomOut = v.iconButton("doc.zoom.out", theme.ZoomOutIcon(), func() { v.zoomBy(-1) })
	v.zoomIn = v.iconButton("doc.zoom.in", theme.ZoomInIcon(), func() { v.zoomBy(1) })
	v.print = u.Button(tr.T("doc.print"), theme.DocumentPrintIcon(), func() { v.printIt(d) })
	v.qr = u.Button(tr.T("doc.download"), theme.DownloadIcon(), func() { u.Show(u.downloadPage(d)) })
	v.print.Importance = widget.HighImportance
	if v.pdf == nil {
		v.print.Disable()
	}
	if d.url == "" {
		v.qr.Hide()
	}
	v.zoomBy(0)
}

// say shows what happened under the page; nothing, and no room, for "".
func (v *documentView) say(text string) {
	v.state.SetText(text)
	v.state.Hidden = text == ""
	v.state.Refresh()
}

// iconButton is a button with an icon alone, that speaks its name in listening mode.
func (v *documentView) iconButton(name string, icon fyne.Resource, tapped func()) *kit.Button {
	b := kit.NewButton("", icon, nil)
	b.OnTapped = v.u.Action(func() string { return v.u.Tr.T(name) }, tapped)
	return b
}

// controls are the page's: turning, zooming, the download and print buttons.
func (v *documentView) controls(d doc) fyne.CanvasObject {
	wide := func(b *kit.Button) fyne.CanvasObject { return container.New(&kit.FixedWidth{Width: 96}, b) }
	nav := container.NewBorder(nil, nil, wide(v.prev), wide(v.next), v.pageLabel)
	zoom := container.NewHBox(wide(v.zoomOut), container.New(&kit.FixedWidth{Width: 96}, v.zoomLabel), wide(v.zoomIn))
	actions := container.NewGridWithColumns(2, v.qr, v.print)
	if d.url == "" {
		actions = container.NewGridWithColumns(1, v.print)
	}
	tools := container.NewBorder(nil, nil, zoom, nil, actions)
	return container.NewVBox(v.state, container.New(&oneRowIfItFits{}, nav, tools))
}

// turn moves by delta pages and shows the page from its top.
func (v *documentView) turn(delta int) {
	v.page = max(1, min(v.page+delta, v.pages))
	enableIf(v.prev, v.page > 1)
	enableIf(v.next, v.page < v.pages)
	if v.pages == 0 {
		v.pageLabel.SetText("")
		return
	}
	v.pageLabel.SetText(v.u.Tr.T("doc.page", map[string]any{"N": v.page, "Of": v.pages}))
	if delta != 0 {
		v.shown = 0
		v.scroller.ScrollToTop()
	}
	v.render()
}

// zoomBy moves by steps along zooms; never under the width that fits.
func (v *documentView) zoomBy(steps int) {
	v.zoom = max(0, min(v.zoom+steps, len(zooms)-1))
	enableIf(v.zoomOut, v.zoom > 0)
	enableIf(v.zoomIn, v.zoom < len(zooms)-1)
	v.zoomLabel.SetText(v.u.Tr.T("doc.zoom", map[string]any{"P": int(zooms[v.zoom] * 100)}))
	if steps != 0 {
		v.relayout()
		v.render()
	}
}

func enableIf(b *kit.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// viewed hears the size of the area the page is shown in: a new width
// asks for an image of the page at that width.
func (v *documentView) viewed(size fyne.Size) {
	if d := size.Width - v.width; d > 1 || d < -1 {
		v.width = size.Width
		v.relayout()
		v.render()
	}
}

// sheetEdge is the grey edge around the page.
func sheetEdge() float32 { return theme.Padding() * 2 }

// imageWidth is how wide the page is shown.
func (v *documentView) imageWidth() float32 {
	return max(0, v.width-2*sheetEdge()) * zooms[v.zoom]
}

// render asks for the page's image at the width it is shown, in pixels,
// unless it has it or asked already.
func (v *documentView) render() {
	u := v.u
	pixels := int(v.imageWidth() * u.Win.Canvas().Scale())
	if v.pages == 0 || pixels <= 0 || pixels == v.shown {
		return
	}
	v.shown = pixels
	v.asked++
	asked, page, pdf := v.asked, v.page, v.pdf
	var img []byte
	var err error
	u.Background(func() { img, err = u.Pages.Page(pdf, page, pixels) }, func() {
		if asked != v.asked {
			return // the citizen turned or zoomed meanwhile
		}
		if err != nil {
			v.say(kiosk.ErrorMessage(err, u.Tr.Lang()))
			return
		}
		if c, err := png.DecodeConfig(bytes.NewReader(img)); err == nil && c.Width > 0 {
			v.aspect = float32(c.Height) / float32(c.Width)
		}
		v.image.Resource = fyne.NewStaticResource("page.png", img)
		v.image.Refresh()
		v.relayout()
	})
}

// relayout lays the sheet out again at its new size.
func (v *documentView) relayout() {
	if v.scroller != nil {
		v.scroller.Refresh()
	}
}

// printIt prints the document, saying how it went.
func (v *documentView) printIt(d doc) {
	u := v.u
	v.say(u.Tr.T("doc.printing"))
	v.print.Disable()
	var err error
	pdf := v.pdf
	u.Background(func() { err = u.Direct.Print(d.id, pdf) }, func() { // printed now or not at all: never later, for nobody
		v.print.Enable()
		if err != nil {
			u.Log.Warn("printing a document", "id", d.id, "err", err)
			v.say(u.Tr.T("doc.noprinter"))
			return
		}
		v.say(u.Tr.T("doc.printed"))
	})
}

// sheetLayout shows the page's image at imageWidth, in its own shape, on a
// grey ground with an edge around it, centred when narrower than the area.
type sheetLayout struct{ v *documentView }

func (l sheetLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	w := l.v.imageWidth()
	return fyne.NewSize(w+2*sheetEdge(), w*l.v.aspect+2*sheetEdge())
}

func (l sheetLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[0].Move(fyne.Position{})
	w := l.v.imageWidth()
	objs[1].Resize(fyne.NewSize(w, w*l.v.aspect))
	objs[1].Move(fyne.NewPos(max(sheetEdge(), (size.Width-w)/2), sheetEdge()))
}

// oneRowIfItFits lays two groups of controls out side by side when the
// width holds both, else one above the other.
type oneRowIfItFits struct{ oneRow bool }

func (l *oneRowIfItFits) fits(objs []fyne.CanvasObject, width float32) bool {
	return width >= objs[0].MinSize().Width+objs[1].MinSize().Width+2*theme.Padding()
}

func (l *oneRowIfItFits) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	if l.oneRow {
		return fyne.NewSize(a.Width+b.Width+2*theme.Padding(), max(a.Height, b.Height))
	}
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height+theme.Padding())
}

func (l *oneRowIfItFits) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	a, b := objs[0], objs[1]
	l.oneRow = l.fits(objs, size.Width)
	if !l.oneRow {
		h := a.MinSize().Height
		a.Move(fyne.Position{})
		a.Resize(fyne.NewSize(size.Width, h))
		b.Move(fyne.NewPos(0, h+theme.Padding()))
		b.Resize(fyne.NewSize(size.Width, size.Height-h-theme.Padding()))
		return
	}
	spare := size.Width - a.MinSize().Width - b.MinSize().Width - 2*theme.Padding()
	wa := a.MinSize().Width + spare/2
	a.Move(fyne.Position{})
	a.Resize(fyne.NewSize(wa, size.Height))
	b.Move(fyne.NewPos(wa+2*theme.Padding(), 0))
	b.Resize(fyne.NewSize(size.Width-wa-2*theme.Padding(), size.Height))
}
