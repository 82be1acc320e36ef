package register

import (
	"fmt"
	"strings"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
)

// Daily is one day's register (registro giornaliero di protocollo): the
// registrations made that day, incoming and outgoing, and the annulments
// made that day, also of earlier registrations.
type Daily struct {
	Org      kiosk.Organization
	Day      kiosk.Date
	Made     []kiosk.Registration // in number order
	Annulled []kiosk.Registration // annulled that day
	At       time.Time            // when it is made
}

// FileName is the daily register's PDF: IPA-AOO-REGISTER-YYYYMMDD.pdf.
func FileName(r kiosk.Register, day kiosk.Date) string {
	return fmt.Sprintf("%s-%04d%02d%02d.pdf", Key(r), day.Year, day.Month, day.Day)
}

// Range returns the first and last number registered and how many.
func (d Daily) Range() (first, last, count int) {
	for _, g := range d.Made {
		if first == 0 || g.Protocol.Number < first {
			first = g.Protocol.Number
		}
		last = max(last, g.Protocol.Number)
	}
	return first, last, len(d.Made)
}

// PDF writes the daily register: every field of each registration, the
// annulments and changes of the day, the first and last number and the count.
func (d Daily) PDF() ([]byte, error) {
	reg := d.Org.Register
	f := pdf.A4()
	f.SetMargins(15, 15, 15)
	f.SetAutoPageBreak(true, 15)
	f.SetFooterFunc(func() {
		f.SetY(-12)
		f.SetFont(pdf.Family, "", 8)
		f.CellFormat(0, 5, fmt.Sprintf("%s · pagina %d", FileName(reg, d.Day), f.PageNo()), "", 0, "C", false, 0, "")
	})
	f.AddPage()
	f.SetTextColor(0x00, 0x66, 0xCC)
	f.SetFont(pdf.Family, "B", 13)
	f.CellFormat(0, 6, d.Org.Name.It, "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 10)
	f.CellFormat(0, 5, d.Org.Office.It, "", 1, "L", false, 0, "")
	f.SetTextColor(0x17, 0x32, 0x4D)
	f.Ln(3)
	f.SetFont(pdf.Family, "B", 15)
	f.CellFormat(0, 8, "Registro giornaliero di protocollo del "+i18n.ShortDate(d.Day), "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 10)
	mode := "registro di protocollo generale"
	if reg.Mode == kiosk.RegisterParticular {
		mode = "registrazione particolare (art. 53 c.5 DPR 445/2000)"
	}
	first, last, count := d.Range()
	for _, line := range []string{
		fmt.Sprintf("Amministrazione (IPA): %s · AOO: %s · Registro: %s, %s", reg.IPA, reg.AOO, reg.Code, mode),
		rangeLine(d.Day.Year, reg.Prefix(), first, last, count),
		fmt.Sprintf("Annullamenti del giorno: %d · Prodotto il %s alle %s", len(d.Annulled),
			i18n.ShortDate(hours.Today(d.At)), i18n.Clock(d.At.In(hours.Rome))),
	} {
		f.MultiCell(0, 5.5, line, "", "L", false)
	}
	section := func(title string) {
		f.Ln(4)
		f.SetFont(pdf.Family, "B", 12)
		f.CellFormat(0, 7, title, "B", 1, "L", false, 0, "")
		f.Ln(1)
	}
	section("Registrazioni del giorno")
	if len(d.Made) == 0 {
		f.SetFont(pdf.Family, "", 10)
		f.CellFormat(0, 6, "Nessuna registrazione.", "", 1, "L", false, 0, "")
	}
	for _, g := range d.Made {
		entry(f, g)
	}
	section("Annullamenti e modifiche del giorno")
	if len(d.Annulled) == 0 {
		f.SetFont(pdf.Family, "", 10)
		f.CellFormat(0, 6, "Nessun annullamento né modifica.", "", 1, "L", false, 0, "")
	}
	for _, g := range d.Annulled {
		entry(f, g)
	}
	return output(f, d.At)
}

func rangeLine(year int, prefix string, first, last, count int) string {
	if count == 0 {
		return "Nessun numero assegnato in questo giorno."
	}
	p := func(n int) string { return kiosk.Protocol{Prefix: prefix, Year: year, Number: n}.String() }
	return fmt.Sprintf("Primo numero: %s · Ultimo numero: %s · Registrazioni: %d", p(first), p(last), count)
}

// entry writes one registration, every field of art. 53, and its annulment.
func entry(f interface {
	SetFont(string, string, float64)
	MultiCell(float64, float64, string, string, string, bool)
	SetTextColor(int, int, int)
	Ln(float64)
}, g kiosk.Registration) {
	at := g.At.In(hours.Rome)
	dir := "in arrivo"
	if g.Direction == kiosk.Outgoing {
		dir = "in partenza"
	}
	f.SetFont(pdf.Family, "B", 10)
	head := fmt.Sprintf("N. %s · %s %s · %s", g.Protocol, i18n.ShortDate(hours.Today(at)), at.Format("15:04:05"), dir)
	if g.Annulled() {
		head += " · ANNULLATO"
	}
	f.MultiCell(0, 5.5, head, "", "L", false)
	f.SetFont(pdf.Family, "", 9)
	lines := []string{
		"Mittente: " + g.Sender + " · Destinatario: " + g.Recipient,
		"Oggetto: " + g.Subject,
		"Classifica: " + strings.TrimSpace(g.Class.Code+" "+g.Class.Name) + " · Documento: " + orDash(g.Document),
		"Impronta SHA-256: " + orDash(g.SHA256),
	}
	if g.Emergency != "" {
		lines = append(lines, fmt.Sprintf("Registrata in emergenza come %s il %s alle %s", g.Emergency,
			i18n.ShortDate(hours.Today(g.EmergencyAt)), g.EmergencyAt.In(hours.Rome).Format("15:04")))
	}
	if a := g.Annulment; a != nil {
		lines = append(lines, fmt.Sprintf("ANNULLATO il %s alle %s da %s. Motivo: %s. Atto: %s",
			i18n.ShortDate(hours.Today(a.At)), a.At.In(hours.Rome).Format("15:04"), a.Who, a.Reason, a.Act))
	}
	for _, l := range lines {
		f.MultiCell(0, 4.8, l, "", "L", false)
	}
	f.Ln(2)
}
