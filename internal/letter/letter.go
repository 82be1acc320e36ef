// Package letter writes the A4 reply letter to a request.
package letter

import (
	"bytes"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
)

// PDF writes the reply letter: the office's heading, the segnatura of its
// outgoing registration g, the addressee, the subject with the incoming
// protocol number, the text and the signature line.
func PDF(org kiosk.Organization, office string, r kiosk.Request, kind string, reply kiosk.Reply, g kiosk.Registration) ([]byte, error) {
	f := pdf.A4()
	f.SetMargins(25, 25, 25)
	f.SetAutoPageBreak(true, 25)
	f.AddPage()
	f.SetTextColor(0x00, 0x66, 0xCC)
	f.SetFont(pdf.Family, "B", 14)
	f.CellFormat(0, 7, org.Name.It, "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 11)
	f.CellFormat(0, 6, org.Office.It, "", 1, "L", false, 0, "")
	if office != "" {
		f.CellFormat(0, 6, office, "", 1, "L", false, 0, "")
	}
	f.SetTextColor(0x17, 0x32, 0x4D)
	f.Ln(8)
	day := hours.Today(reply.At)
	f.CellFormat(0, 6, "Prot. n. "+g.Protocol.String()+" (in uscita) del "+i18n.ShortDate(day), "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 9)
	f.CellFormat(0, 5, "Segnatura: "+g.Segnatura(hours.Rome), "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 11)
	f.Ln(8)
	to := r.Name
	if to == "" {
		to = "Richiedente"
	}
	for _, line := range []string{"Gentile " + to, r.Email, r.Phone} {
		if line != "" {
			f.CellFormat(0, 6, line, "", 1, "R", false, 0, "")
		}
	}
	f.Ln(8)
	f.SetFont(pdf.Family, "B", 11)
	f.MultiCell(0, 6, "Oggetto: risposta a "+kind+", prot. n. "+r.Protocol.String()+" del "+i18n.ShortDate(hours.Today(r.Registered)), "", "L", false)
	f.Ln(4)
	f.SetFont(pdf.Family, "", 11)
	f.MultiCell(0, 6, reply.Text, "", "L", false)
	f.Ln(14)
	f.CellFormat(0, 6, "Il responsabile del procedimento", "", 1, "R", false, 0, "")
	f.CellFormat(0, 6, reply.Who, "", 1, "R", false, 0, "")
	f.SetCreationDate(reply.At) // the same registration writes the same bytes
	f.SetModificationDate(reply.At)
	var b bytes.Buffer
	err := f.Output(&b)
	return b.Bytes(), err
}

// For writes the reply letter of a request with the names the content gives
// its kind and office.
func For(c kiosk.Content, r kiosk.Request, reply kiosk.Reply, g kiosk.Registration) ([]byte, error) {
	kind := c.KindLabel(r.Kind).It
	office := ""
	if o, ok := c.Office(r.Office); ok {
		office = o.Name.It
	}
	return PDF(c.Organization, office, r, kind, reply, g)
}
