package register

import (
	"bytes"
	"time"

	"github.com/jung-kurt/gofpdf"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
)

// RequestDocument returns the DocumentFunc that writes a request as the A4
// PDF its registration registers: the administration's header, the
// segnatura, kind, office, service, the citizen's text and contacts as
// given, the privacy notice accepted, date and time.
func RequestDocument(c kiosk.Content, r kiosk.Request) kiosk.DocumentFunc {
	return func(g kiosk.Registration) (string, []byte, error) {
		data, err := requestPDF(c, r, g)
		return DocumentName(g), data, err
	}
}

func requestPDF(c kiosk.Content, r kiosk.Request, g kiosk.Registration) ([]byte, error) {
	f := newA4(c.Organization, g)
	office := c.Organization.Office.It
	if o, ok := c.Office(r.Office); ok {
		office = o.Name.It
	}
	serviceTitle := "—"
	if s, ok := c.Service(r.Service); ok {
		serviceTitle = s.Title.It
	}
	filed := r.Registered.In(hours.Rome)
	f.SetFont(pdf.Family, "B", 14)
	f.MultiCell(0, 7, c.KindLabel(r.Kind).It, "", "L", false)
	f.Ln(2)
	field := func(label, value string) {
		f.SetFont(pdf.Family, "B", 10)
		f.CellFormat(48, 6, label, "", 0, "L", false, 0, "")
		f.SetFont(pdf.Family, "", 10)
		f.MultiCell(0, 6, value, "", "L", false)
	}
	field("Oggetto", g.Subject)
	field("Ufficio destinatario", office)
	field("Servizio", serviceTitle)
	field("Presentata il", i18n.ShortDate(hours.Today(filed))+" alle "+i18n.Clock(filed))
	if r.Emergency != "" {
		at := g.At.In(hours.Rome)
		field("Registro di emergenza", r.Emergency+" del "+i18n.ShortDate(hours.Today(r.EmergencyAt))+" "+i18n.Clock(r.EmergencyAt.In(hours.Rome)))
		field("Protocollata il", i18n.ShortDate(hours.Today(at))+" alle "+i18n.Clock(at))
	}
	field("Canale", "Sportello self-service (chiosco)")
	f.Ln(3)
	f.SetFont(pdf.Family, "B", 11)
	f.CellFormat(0, 7, "Richiedente", "", 1, "L", false, 0, "")
	name := r.Name
	if name == "" {
		name = "Anonimo"
	}
	field("Nome e cognome", name)
	field("E-mail", orDash(r.Email))
	field("Telefono", orDash(r.Phone))
	f.Ln(3)
	f.SetFont(pdf.Family, "B", 11)
	f.CellFormat(0, 7, "Testo della richiesta", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 10)
	f.MultiCell(0, 5.5, r.Text, "", "L", false)
	f.Ln(4)
	f.SetFont(pdf.Family, "B", 10)
	f.CellFormat(0, 6, "Informativa sulla privacy accettata (art. 13 Regolamento UE 2016/679):", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 9)
	f.MultiCell(0, 4.5, c.Organization.Privacy.Short.It, "", "L", false)
	return output(f.Fpdf, g.At)
}

// newA4 starts an A4 document with the administration's header and the
// segnatura of g on every page: a Doc, which starts in a fraction of the
// time, as the registration transaction writes it while the citizen waits.
func newA4(org kiosk.Organization, g kiosk.Registration) *pdf.Doc {
	f := pdf.NewDoc(210, 297)
	f.SetMargins(20, 20, 20)
	f.SetAutoPageBreak(true, 20)
	f.SetHeaderFunc(func() {
		f.SetTextColor(0x00, 0x66, 0xCC)
		f.SetFont(pdf.Family, "B", 13)
		f.CellFormat(0, 6, org.Name.It, "", 1, "L", false, 0, "")
		f.SetFont(pdf.Family, "", 10)
		f.CellFormat(0, 5, org.Office.It, "", 1, "L", false, 0, "")
		f.SetTextColor(0x17, 0x32, 0x4D)
		f.SetFont(pdf.Family, "B", 9)
		f.CellFormat(0, 6, "Segnatura: "+g.Segnatura(hours.Rome), "B", 1, "L", false, 0, "")
		f.Ln(4)
	})
	f.AddPage()
	return f
}

// output writes the document with its creation date set to at, so that
// the same registration always writes the same bytes.
func output(f *gofpdf.Fpdf, at time.Time) ([]byte, error) {
	f.SetCreationDate(at)
	f.SetModificationDate(at)
	var b bytes.Buffer
	err := f.Output(&b)
	return b.Bytes(), err
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
