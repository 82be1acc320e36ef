package ticket

import (
	"bytes"
	"time"

	"github.com/jung-kurt/gofpdf"
	"github.com/skip2/go-qrcode"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
)

// Ticket is what the printed ticket says, in the citizen's language.
type Ticket struct {
	Lang         kiosk.Lang
	Organization string
	Office       string
	Kind         string
	Protocol     kiosk.Protocol
	Number       string // the number as the citizen reads it: the emergency register's while it waits
	Segnatura    string // the stamp of art. 55; empty while the number waits
	Registered   time.Time
	Deadline     kiosk.Date
	Code         string // canonical
	Link         string // what the QR holds: see Link
	Phone        string // the URP's
}

// Width is the paper width of a ticket in millimetres.
const Width = 80

var words = map[string]kiosk.Text{
	"protocol": kiosk.T("Protocollo n.", "Protocol no."),
	"provisional": kiosk.T("Il numero di protocollo seguirà: il codice qui sotto funziona già per vedere lo stato.",
		"The registry number will follow: the code below already works to see the status."),
	"segnatura":  kiosk.T("Segnatura:", "Registry stamp:"),
	"registered": kiosk.T("Registrata il", "Filed on"),
	"deadline":   kiosk.T("Risposta entro il", "Reply due by"),
	"code":       kiosk.T("Codice della richiesta", "Request code"),
	"how1": kiosk.T("Per sapere a che punto è la richiesta, inquadri il codice QR allo sportello o con il telefono.",
		"To see where your request stands, scan the QR code at the kiosk or with your phone."),
	"how2": kiosk.T("Conservi questa ricevuta: il codice è l'unico modo per consultare lo stato.",
		"Keep this ticket: the code is the only way to look up the status."),
	"phone": kiosk.T("Informazioni: URP, tel.", "Information: URP, phone"),
}

// QR returns a PNG holding content with medium error correction, each module
// scale pixels square.
func QR(content string, scale int) ([]byte, error) {
	return qrcode.Encode(content, qrcode.Medium, -scale)
}

const (
	margin = 4.0  // mm around the text
	qrSize = 44.0 // mm
)

// PDF renders the 80 mm ticket, as long as its text needs and no longer.
func PDF(t Ticket) ([]byte, error) {
	return roll(t.Link, func(l *liner) float64 { return layout(l, t) })
}

// roll renders an 80 mm page with a QR of link, as long as layout's
// content needs: layout runs once to measure (draw false) and once to draw,
// each time returning where its content ends.
func roll(link string, layout func(l *liner) float64) ([]byte, error) {
	code, err := qrcode.New(link, qrcode.Medium)
	if err != nil {
		return nil, err
	}
	f := pdf.NewDoc(Width, Width)
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(false, 0)
	l := &liner{f: f, y: margin, qrBits: code.Bitmap()}
	height := layout(l) + margin
	f.AddPageFormat("P", gofpdf.SizeType{Wd: Width, Ht: height})
	*l = liner{f: f, y: margin, qrBits: l.qrBits, draw: true}
	layout(l)
	var b bytes.Buffer
	err = f.Output(&b)
	return b.Bytes(), err
}

// liner writes centred lines down a ticket from y; while not drawing it
// only measures.
type liner struct {
	f      *pdf.Doc
	y      float64
	draw   bool
	qrBits [][]bool // the QR's modules, quiet zone included, true for dark
}

// line writes text in a size, bold or not, h millimetres a line, wrapped.
func (l *liner) line(size float64, bold bool, h float64, text string) {
	style := ""
	if bold {
		style = "B"
	}
	inner := Width - 2*margin
	l.f.SetFont(pdf.Family, style, size)
	if l.draw {
		l.f.SetY(l.y)
		l.f.MultiCell(inner, h, text, "", "C", false)
	}
	l.y += h * float64(len(l.f.SplitText(text, inner)))
}

// qr draws the QR side millimetres square, centred, gap below the last
// line: as rectangles, one a run of dark modules in a row, which cost less
// to make and to print than an image and stay sharp at any resolution.
func (l *liner) qr(side, gap float64) {
	if l.draw {
		module := side / float64(len(l.qrBits))
		x0, y0 := (Width-side)/2, l.y+gap
		l.f.SetFillColor(0, 0, 0)
		for i, row := range l.qrBits {
			for j := 0; j < len(row); j++ {
				start := j
				for j < len(row) && row[j] {
					j++
				}
				if j > start { // a hair taller, so that no seam shows between rows
					l.f.Rect(x0+float64(start)*module, y0+float64(i)*module, float64(j-start)*module, module*1.02, "F")
				}
			}
		}
	}
	l.y += side + gap + 2
}

// layout places the ticket's content down l; while l does not draw it only
// measures. It returns where the content ends.
func layout(l *liner, t Ticket) float64 {
	w := func(k string) string { return words[k].In(t.Lang) }
	inner := Width - 2*margin
	f, draw, line := l.f, l.draw, l.line
	rule := func() {
		l.y += 2
		if draw {
			f.SetDrawColor(0x17, 0x32, 0x4D)
			f.SetLineWidth(0.2)
			f.Line(margin, l.y, margin+inner, l.y)
		}
		l.y += 2
	}
	line(11, true, 5, t.Organization)
	line(9, false, 4.5, t.Office)
	rule()
	line(13, true, 6, t.Kind)
	if t.Protocol.Provisional() {
		if t.Number != "" {
			line(10, true, 5, t.Number)
		}
		line(10, true, 5, w("provisional"))
	} else {
		line(10, false, 5, w("protocol")+" "+t.Protocol.String())
		if t.Segnatura != "" {
			line(7, false, 3.4, w("segnatura"))
			line(7, false, 3.4, t.Segnatura)
		}
	}
	reg := t.Registered.In(hours.Rome)
	line(10, false, 5, w("registered")+" "+i18n.ShortDate(hours.Today(reg))+" "+i18n.Clock(reg))
	line(10, true, 5, w("deadline")+" "+i18n.ShortDate(t.Deadline))
	rule()
	line(9, false, 4.5, w("code"))
	line(fitted(f, Format(t.Code), inner, 20), true, 10, Format(t.Code)) // on one line, whatever its letters
	l.qr(qrSize, 1)
	line(8.5, false, 4, w("how1"))
	line(8.5, false, 4, w("how2"))
	if t.Phone != "" {
		l.y++
		line(9, true, 4.5, w("phone")+" "+t.Phone)
	}
	return l.y
}

// fitted is the largest bold size up to most at which text fits a cell of
// width on one line (a cell keeps a margin each side).
func fitted(f *pdf.Doc, text string, width, most float64) float64 {
	room := width - 2*f.GetCellMargin() - 0.5
	size := most
	for ; size > 8; size-- {
		f.SetFont(pdf.Family, "B", size)
		if f.GetStringWidth(text) <= room {
			break
		}
	}
	return size
}

// TestPage is the short 80 mm page "Stampa di prova" prints.
func TestPage(organization, kioskName string, at time.Time) ([]byte, error) {
	f := pdf.NewDoc(Width, 50)
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(false, 0)
	f.AddPage()
	f.SetFont(pdf.Family, "B", 14)
	f.MultiCell(Width-2*margin, 7, "Stampa di prova / Test print", "", "C", false)
	f.SetFont(pdf.Family, "", 10)
	local := at.In(hours.Rome)
	for _, line := range []string{organization, kioskName, i18n.ShortDate(hours.Today(local)) + " " + i18n.Clock(local), "àèéìòù €"} {
		f.MultiCell(Width-2*margin, 5, line, "", "C", false)
	}
	var b bytes.Buffer
	err := f.Output(&b)
	return b.Bytes(), err
}
