package citizen

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/content"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// doc is a form or a public document, as the documents screen shows them.
type doc struct {
	id    string
	kind  string // "modulo" for a form, else the document's kind
	title kiosk.Text
	date  kiosk.Date
	file  string
	url   string
}

const formKind = "modulo"

func (u *Screens) docs() []doc {
	var out []doc
	for _, f := range u.Content.Forms {
		out = append(out, doc{f.ID, formKind, f.Title, kiosk.Date{}, f.File, f.URL})
	}
	for _, d := range u.Content.Documents {
		out = append(out, doc{d.ID, d.Kind, d.Title, d.Date, d.File, d.URL})
	}
	return out
}

// formDoc returns the form with id.
func (u *Screens) formDoc(id string) (doc, bool) {
	for _, d := range u.docs() {
		if d.kind == formKind && d.id == id {
			return d, true
		}
	}
	return doc{}, false
}

func (u *Screens) kindLabel(kind string) string {
	if kind == formKind {
		return u.Tr.T("docs.forms")
	}
	return u.Tr.Text(content.DocumentKind(kind).Many)
}

// documentsScreen lists forms and public documents, filtered by kind.
type documentsScreen struct {
	filter  string // "" for all
	filters map[string]*widget.Button
	rows    map[string]*kit.Tile // by kind/id
}

func (u *Screens) documentsScreen() fyne.CanvasObject {
	if u.documents == nil {
		u.documents = &documentsScreen{}
	}
	s := u.documents
	s.filters, s.rows = map[string]*widget.Button{}, map[string]*kit.Tile{}
	all := u.docs()
	kinds := []string{""}
	for _, d := range all {
		if !slices.Contains(kinds, d.kind) {
			kinds = append(kinds, d.kind)
		}
	}
	bar := container.NewGridWithColumns(min(len(kinds), 4))
	for _, k := range kinds {
		label := u.Tr.T("docs.all")
		if k != "" {
			label = u.kindLabel(k)
		}
		b := u.Button(label, nil, func() {
			s.filter = k
			u.Render()
		})
		if s.filter == k {
			b.Importance = widget.HighImportance
		}
		s.filters[k] = b
		bar.Add(b)
	}
	list := container.NewVBox()
	for _, d := range all {
		if s.filter != "" && d.kind != s.filter {
			continue
		}
		detail := u.kindLabel(d.kind)
		if d.kind == formKind {
			detail = u.Tr.T("docs.form")
		}
		if !d.date.IsZero() {
			detail += " · " + u.Tr.T("docs.published", map[string]any{"D": i18n.ShortDate(d.date)})
		}
		r := u.Row(u.Tr.Text(d.title), detail, func() { u.Show(u.documentPage(d)) })
		s.rows[d.kind+"/"+d.id] = r
		list.Add(r)
	}
	return u.Page(u.Tr.T("tile.forms"), container.NewBorder(bar, nil, nil, nil, u.Scroller(list)))
}

// documentView pages through one document, prints it and offers its link.
type documentView struct {
	page       int
	pages      int
	image      *canvas.Image
	pageLabel  *widget.Label
	prev, next *widget.Button
	print, qr  *widget.Button
	state      *widget.Label
	asked      int // the page last asked of the renderer: an older answer is dropped
}

func (u *Screens) documentPage(d doc) kit.Screen {
	v := &documentView{page: 1}
	return func() fyne.CanvasObject {
		u.docView = v
		tr := u.Tr
		var pdf []byte
		if d.file != "" {
			var err error
			if pdf, err = u.ContentStore.File(d.file); err != nil {
				u.Log.Error("reading a document", "file", d.file, "err", err)
			}
		}
		v.state = kit.Paragraph("")
		v.state.Alignment = fyne.TextAlignCenter
		v.pageLabel = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
		v.image = canvas.NewImageFromResource(nil)
		v.image.FillMode = canvas.ImageFillContain
		v.prev = u.Button(tr.T("doc.prev"), theme.NavigateBackIcon(), func() { v.turn(u, pdf, -1) })
		v.next = u.Button(tr.T("doc.next"), theme.NavigateNextIcon(), func() { v.turn(u, pdf, 1) })
		v.print = u.Button(tr.T("doc.print"), theme.DocumentPrintIcon(), func() { v.printIt(u, d, pdf) })
		v.qr = u.Button(tr.T("doc.download"), theme.DownloadIcon(), func() { u.Show(u.downloadPage(d)) })
		v.print.Importance = widget.HighImportance
		if pdf == nil {
			v.print.Disable()
		}
		if d.url == "" {
			v.qr.Hide()
		}
		v.turn(u, pdf, 0)
		if pdf != nil && v.pages == 0 { // poppler may take long: the screen shows now, the page when it comes
			v.state.SetText(tr.T("doc.loading"))
			var n int
			var err error
			u.Background(func() { n, err = u.Pages.Pages(pdf) }, func() {
				v.state.SetText("")
				if err != nil {
					v.state.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
				}
				v.pages = n
				v.turn(u, pdf, 0)
			})
		}
		nav := container.NewBorder(nil, nil, v.prev, v.next, v.pageLabel)
		actions := container.NewGridWithColumns(2, v.qr, v.print)
		if d.url == "" {
			actions = container.NewGridWithColumns(1, v.print)
		}
		bottom := container.NewVBox(v.state, nav, actions)
		return u.Page(tr.Text(d.title), container.NewBorder(nil, bottom, nil, nil, container.NewStack(v.image)))
	}
}

// turn moves by delta pages and shows the page.
func (v *documentView) turn(u *Screens, pdf []byte, delta int) {
	v.page = max(1, min(v.page+delta, v.pages))
	v.prev.Enable()
	v.next.Enable()
	if v.page <= 1 {
		v.prev.Disable()
	}
	if v.page >= v.pages {
		v.next.Disable()
	}
	if v.pages == 0 {
		v.pageLabel.SetText("")
		return
	}
	v.pageLabel.SetText(u.Tr.T("doc.page", map[string]any{"N": v.page, "Of": v.pages}))
	v.asked++
	asked, page := v.asked, v.page
	var png []byte
	var err error
	u.Background(func() { png, err = u.Pages.Page(pdf, page) }, func() {
		if asked != v.asked {
			return // the citizen turned on meanwhile
		}
		if err != nil {
			v.state.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			return
		}
		v.image.Resource = fyne.NewStaticResource("page.png", png)
		v.image.Refresh()
	})
}

// printIt prints the document, saying how it went.
func (v *documentView) printIt(u *Screens, d doc, pdf []byte) {
	v.state.SetText(u.Tr.T("doc.printing"))
	v.print.Disable()
	var err error
	u.Background(func() { err = u.Direct.Print(d.id, pdf) }, func() { // printed now or not at all: never later, for nobody
		v.print.Enable()
		if err != nil {
			u.Log.Warn("printing a document", "id", d.id, "err", err)
			v.state.SetText(u.Tr.T("doc.noprinter"))
			return
		}
		v.state.SetText(u.Tr.T("doc.printed"))
	})
}

// downloadPage shows a large QR of a document's download address.
func (u *Screens) downloadPage(d doc) kit.Screen {
	return func() fyne.CanvasObject {
		var qr fyne.CanvasObject = widget.NewLabel(d.url)
		if png, err := ticket.QR(d.url, 12); err == nil {
			img := canvas.NewImageFromResource(fyne.NewStaticResource("download.png", png))
			img.FillMode = canvas.ImageFillContain
			img.SetMinSize(fyne.NewSquareSize(480))
			qr = img
		}
		body := container.NewVBox(kit.Paragraph(u.Tr.T("doc.download.hint")), container.NewCenter(qr),
			widget.NewLabelWithStyle(d.url, fyne.TextAlignCenter, fyne.TextStyle{}), layout.NewSpacer())
		return u.Page(u.Tr.Text(d.title), body)
	}
}
