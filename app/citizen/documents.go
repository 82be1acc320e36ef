package citizen

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
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
	filters map[string]*kit.Button
	rows    map[string]*kit.Tile // by kind/id
}

func (u *Screens) documentsScreen() fyne.CanvasObject {
	if u.documents == nil {
		u.documents = &documentsScreen{}
	}
	s := u.documents
	s.filters, s.rows = map[string]*kit.Button{}, map[string]*kit.Tile{}
	all := u.docs()
	kinds := []string{""}
	for _, d := range all {
		if !slices.Contains(kinds, d.kind) {
			kinds = append(kinds, d.kind)
		}
	}
	bar := container.New(u.Columns(4))
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

// downloadPage shows a large QR of a document's download address.
func (u *Screens) downloadPage(d doc) kit.Screen {
	return func() fyne.CanvasObject {
		body := container.NewVBox(kit.Paragraph(u.Tr.T("doc.download.hint")), container.NewCenter(qrCode(d.url, 480)),
			widget.NewLabelWithStyle(d.url, fyne.TextAlignCenter, fyne.TextStyle{}), layout.NewSpacer())
		return u.Page(u.Tr.Text(d.title), body)
	}
}

// qrCode is a QR code of url, side units square; the address itself if it
// cannot be made.
func qrCode(url string, side float32) fyne.CanvasObject {
	png, err := ticket.QR(url, 12)
	if err != nil {
		return widget.NewLabel(url)
	}
	img := canvas.NewImageFromResource(fyne.NewStaticResource("qr.png", png))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSquareSize(side))
	return img
}
