package citizen

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/app/kit/kittest"
)

// openLine is the first line under an office's name: whether it is open now.
func openLine(r *kit.Tile) string {
	line, _, _ := strings.Cut(r.Desc, "\n")
	return line
}

// labels are the labels under o, by their text.
func labels(o fyne.CanvasObject) map[string]*widget.Label {
	found := map[string]*widget.Label{}
	kittest.Walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			found[l.Text] = l
		}
	})
	return found
}

// On the portrait totem every office row shows the lines under its name,
// whether it is open now and its address, in normal and in large text.
func TestOfficeRowsKeepTheirLinesInPortrait(t *testing.T) {
	u, w := newTestUI(t)
	w.Resize(fyne.NewSize(1080, 1920))
	for _, large := range []bool{false, true} {
		if large {
			test.Tap(u.AccessBtn)
			test.Tap(u.AccessPanel().Large)
			test.Tap(u.AccessBtn)
		}
		test.Tap(u.home.tiles[sectionOffices])
		for _, o := range u.Content.Offices {
			r := u.offices.rows[o.ID]
			if !r.ShowsDesc() || !strings.HasSuffix(r.Desc, "\n"+o.Address) || r.TextSize().Height < r.TextMinSize().Height {
				t.Errorf("large text %v: row %s shows its lines %v (%q), text %v in %v", large, o.ID, r.ShowsDesc(), r.Desc, r.TextMinSize(), r.TextSize())
			}
		}
		test.Tap(u.HomeBtn)
	}
}

// In the week's hours on an office's page today's row says "Oggi" and is
// in bold; the other days are not.
func TestTodayIsMarkedInTheWeeksHours(t *testing.T) {
	u, _ := newTestUI(t) // Wednesday 25 November 2026
	test.Tap(u.home.tiles[sectionOffices])
	test.Tap(u.offices.rows["urp-barletta"])
	shown := labels(u.Body)
	today, ok := shown["Oggi, mercoledì 25/11"]
	if !ok || !today.TextStyle.Bold {
		t.Fatalf("no bold row for today: %v", ok)
	}
	bold := 0
	kittest.Walk(u.Body, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == "9:00–12:30" && l.TextStyle.Bold {
			bold++
		}
	})
	if bold != 1 {
		t.Errorf("%d days' hours are in bold, want today's alone", bold)
	}
	if strings.Count(kittest.VisibleText(u.Body), "Oggi") != 1 {
		t.Error("more than one day is marked as today")
	}
	if _, plain := shown["giovedì 26/11"]; !plain {
		t.Error("tomorrow is not listed as a plain day")
	}
	test.Tap(u.LangBtn)
	if _, ok := labels(u.Body)["Today, Wednesday 25/11"]; !ok {
		t.Error("in English today's row does not say Today")
	}
}

// A notice's page says what kind it is and from which day to which it
// holds, in full, names its office, which opens from there, and shows a QR
// code of its link with the address.
func TestNoticePageShowsDaysAndQR(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionNotices])
	test.Tap(u.noticeRows["gara-manutenzione-strade"])
	shown := kittest.VisibleText(u.Body)
	for _, want := range []string{"Bando di gara", "Dal 2 novembre 2026 al 15 gennaio 2027", "https://www.provincia-esempio.invalid/bandi/manutenzione-strade"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the notice's page lacks %q:\n%s", want, shown)
		}
	}
	if qr := qrShown(u.Body); qr == nil || qr.MinSize().Width < 240 {
		t.Error("no QR code of the notice's link")
	}
	test.Tap(kittest.FindRow(t, u.Shell, "Ufficio Viabilità e trasporti"))
	if u.PageTitle.Text != "Ufficio Viabilità e trasporti" {
		t.Errorf("the notice's office opened %q", u.PageTitle.Text)
	}
	test.Tap(u.BackBtn)
	test.Tap(u.BackBtn)
	test.Tap(u.noticeRows["seminario-urp"])
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "giovedì 3 dicembre 2026") {
		t.Errorf("a notice of one day:\n%s", shown)
	}
	if qrShown(u.Body) != nil || strings.Contains(kittest.VisibleText(u.Body), "Ufficio") {
		t.Error("a notice without a link or an office shows a QR code or an office")
	}
}

// qrShown is the QR code image under o, nil for none.
func qrShown(o fyne.CanvasObject) *canvas.Image {
	var qr *canvas.Image
	kittest.Walk(o, func(o fyne.CanvasObject) {
		if img, ok := o.(*canvas.Image); ok && img.Resource != nil && img.Resource.Name() == "qr.png" {
			qr = img
		}
	})
	return qr
}

// fivePages is a renderer of a five-page A4 document that records the
// pages and widths asked of it.
type fivePages struct {
	mu     sync.Mutex
	widths []int
	pages  []int
}

func (f *fivePages) Pages([]byte) (int, error) { return 5, nil }

func (f *fivePages) Page(_ []byte, n, width int) ([]byte, error) {
	f.mu.Lock()
	f.widths, f.pages = append(f.widths, width), append(f.pages, n)
	f.mu.Unlock()
	var b bytes.Buffer
	err := png.Encode(&b, image.NewGray(image.Rect(0, 0, width, width*297/210)))
	return b.Bytes(), err
}

func (f *fivePages) last() (page, width int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.pages[len(f.pages)-1], f.widths[len(f.widths)-1]
}

// A citizen reads a five-page document: the page fits the width with an
// edge and its 12 pt text comes out at 22 px at least; "Pagina 2 di 5"
// follows the arrows, disabled at the ends; zoom makes the page larger in
// steps, wider than the screen, and the arrows then move it sideways.
func TestDocumentPreviewPagesAndZooms(t *testing.T) {
	u, _ := newTestUI(t)
	pages := &fivePages{}
	u.Pages = pages
	test.Tap(u.home.tiles[sectionForms])
	test.Tap(u.documents.rows["statuto/statuto"])
	v := u.docView
	if v.pageLabel.Text != "Pagina 1 di 5" || !v.prev.Disabled() || v.next.Disabled() {
		t.Fatalf("first page: %q, prev disabled %v, next disabled %v", v.pageLabel.Text, v.prev.Disabled(), v.next.Disabled())
	}
	view := v.scroller.View().Width
	fit := v.image.Size().Width
	if fit < view-40 || fit > view-16 {
		t.Errorf("the page is %.0f wide in a view %.0f wide: it does not fit the width with an edge", fit, view)
	}
	// the demo documents' 12 pt text spans their 170 mm between margins, shown with 4 mm each side
	const printed = 170/25.4 + 2*0.15
	if _, width := pages.last(); float64(width)/printed*12/72 < 22 {
		t.Errorf("the page is rendered %d px wide: its 12 pt text is under 22 px", width)
	}
	test.Tap(v.next)
	if n, _ := pages.last(); v.pageLabel.Text != "Pagina 2 di 5" || n != 2 || v.prev.Disabled() {
		t.Errorf("after next: %q, rendered page %d", v.pageLabel.Text, n)
	}
	for range 5 {
		test.Tap(v.next)
	}
	if v.pageLabel.Text != "Pagina 5 di 5" || !v.next.Disabled() {
		t.Errorf("at the end: %q, next disabled %v", v.pageLabel.Text, v.next.Disabled())
	}
	test.Tap(u.LangBtn)
	if v = u.docView; v.pageLabel.Text != "Page 5 of 5" {
		t.Errorf("in English: %q", v.pageLabel.Text)
	}
	test.Tap(u.LangBtn)
	v = u.docView
	if !v.zoomOut.Disabled() || v.zoomIn.Disabled() || v.scroller.Right.Visible() && !v.scroller.Right.Disabled() {
		t.Error("at the width that fits: zoom out disabled, zoom in enabled, nothing to move sideways")
	}
	for step := range 3 {
		before := v.image.Size().Width
		test.Tap(v.zoomIn)
		if after := v.image.Size().Width; after < before*1.2 {
			t.Errorf("zoom step %d: the page went from %.0f to %.0f wide", step+1, before, after)
		}
	}
	if !v.zoomIn.Disabled() || v.zoomOut.Disabled() {
		t.Error("at the largest zoom: zoom in disabled, zoom out enabled")
	}
	if _, width := pages.last(); float32(width) < 2.9*fit {
		t.Errorf("zoomed three times, the page was rendered %d px wide (fit %.0f)", width, fit)
	}
	if v.scroller.Right.Disabled() || !v.scroller.Left.Disabled() {
		t.Fatal("a page wider than the screen: right enabled, left disabled")
	}
	test.Tap(v.scroller.Right)
	if v.scroller.Offset().X <= 0 || v.scroller.Left.Disabled() {
		t.Errorf("right moved the page to %v", v.scroller.Offset())
	}
	test.Tap(v.scroller.Down)
	if v.scroller.Offset().Y <= 0 {
		t.Error("down did not move the zoomed page")
	}
	for range 3 {
		test.Tap(v.zoomOut)
	}
	if got := v.image.Size().Width; got != fit || !v.zoomOut.Disabled() {
		t.Errorf("zoomed out to %.0f, the width that fits is %.0f", got, fit)
	}
}
