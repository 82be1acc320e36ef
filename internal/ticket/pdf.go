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
	Registered   time.Time
	Deadline     kiosk.Date
	Code         string // canonical
	Link         string // what the QR holds: see Link
	Phone        string // the URP's
}

// Width is the paper width of a ticket in millimetres.
const Width = 80

var words = map[string]kiosk.Text{
	"protocol":   kiosk.T("Protocollo n.", "Registry no."),
	"registered": kiosk.T("Registrata il", "Filed on"),
	"deadline":   kiosk.T("Risposta entro il", "Reply due by"),
	"code":       kiosk.T("Codice della richiesta", "Request code"),
	"how1": kiosk.T("Per sapere a che punto è la richiesta, inquadri il codice QR allo sportello o con il telefono.",
		"To see where your request stands, scan the QR code at the kiosk or with your phone."),
	"how2": kiosk.T("Conservi questa ricevuta: il codice è l'unico modo per consultare lo stato.",
		"Keep this ticket: the code is the only way to look up the status."),
	"phone": kiosk.T("Informazioni: URP, tel.", "Information: URP, phone"),
}

// QR returns a PNG of size pixels square holding content, with medium error correction.
func QR(content string, size int) ([]byte, error) {
	return qrcode.Encode(content, qrcode.Medium, size)
}

// PDF renders the 80 mm ticket, as long as its text needs and no longer.
func PDF(t Ticket) ([]byte, error) {
	f, err := render(t, 300)
	if err != nil {
		return nil, err
	}
	if f, err = render(t, f.GetY()+margin); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = f.Output(&b)
	return b.Bytes(), err
}

const margin = 4.0

func render(t Ticket, height float64) (*gofpdf.Fpdf, error) {
	w := func(k string) string { return words[k].In(t.Lang) }
	f := pdf.New(Width, height)
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(false, 0)
	f.AddPage()
	inner := Width - 2*margin
	line := func(size float64, bold bool, h float64, text string) {
		style := ""
		if bold {
			style = "B"
		}
		f.SetFont(pdf.Family, style, size)
		f.MultiCell(inner, h, text, "", "C", false)
	}
	line(11, true, 5, t.Organization)
	line(9, false, 4.5, t.Office)
	f.Ln(2)
	rule(f, margin, inner)
	line(13, true, 6, t.Kind)
	line(10, false, 5, w("protocol")+" "+t.Protocol.String())
	reg := t.Registered.In(hours.Rome)
	line(10, false, 5, w("registered")+" "+i18n.ShortDate(hours.Today(reg))+" "+i18n.Clock(reg))
	line(10, true, 5, w("deadline")+" "+i18n.ShortDate(t.Deadline))
	f.Ln(2)
	rule(f, margin, inner)
	line(9, false, 4.5, w("code"))
	line(20, true, 10, Format(t.Code))
	png, err := QR(t.Link, 512)
	if err != nil {
		return nil, err
	}
	const qrSize = 44.0
	f.RegisterImageOptionsReader("qr", gofpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(png))
	f.ImageOptions("qr", (Width-qrSize)/2, f.GetY()+1, qrSize, qrSize, false, gofpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	f.SetY(f.GetY() + qrSize + 3)
	line(8.5, false, 4, w("how1"))
	line(8.5, false, 4, w("how2"))
	if t.Phone != "" {
		f.Ln(1)
		line(9, true, 4.5, w("phone")+" "+t.Phone)
	}
	return f, f.Error()
}

func rule(f *gofpdf.Fpdf, x, w float64) {
	f.SetDrawColor(0x17, 0x32, 0x4D)
	f.SetLineWidth(0.2)
	f.Line(x, f.GetY(), x+w, f.GetY())
	f.Ln(2)
}
