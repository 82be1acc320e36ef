package charter

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
)

// Figure writes a figure of the report in lang, "—" when no request was
// handled: 12,5 or 12.5.
func (r Row) Figure(f float64, lang kiosk.Lang) string {
	if r.Handled == 0 {
		return "—"
	}
	return i18n.Decimal(f, lang)
}

// Verdict says whether the row kept its standard: "rispettato", "not met",
// or "nessun caso" when no request was handled.
func (r Row) Verdict() kiosk.Text {
	switch {
	case r.Handled == 0:
		return kiosk.T("nessun caso", "no cases")
	case r.Met:
		return kiosk.T("rispettato", "met")
	}
	return kiosk.T("non rispettato", "not met")
}

// Satisfaction is the row's score out of 100 with the ratings it comes
// from, "—" with none: "82,5 (40 valutazioni)".
func (r Row) Satisfaction() kiosk.Text {
	if r.Ratings == 0 {
		return kiosk.T("—", "—")
	}
	return kiosk.T(fmt.Sprintf("%s (%d valutazioni)", i18n.Decimal(r.Score, kiosk.Italian), r.Ratings),
		fmt.Sprintf("%s (%d ratings)", i18n.Decimal(r.Score, kiosk.English), r.Ratings))
}

// Formats are the formats the report is exported in.
var Formats = []string{"csv", "pdf"}

// Encode writes the report in one of Formats: a PDF for "pdf", a CSV
// otherwise; org names the administration in the PDF's heading.
func Encode(rep Report, org, format string) ([]byte, error) {
	if format == "pdf" {
		return PDF(rep, org)
	}
	var b bytes.Buffer
	c := csv.NewWriter(&b)
	c.Comma = ';' // as an Italian office's spreadsheet opens it, with decimal commas
	c.Write([]string{"periodo", rep.From.String() + " / " + rep.To.String()})
	c.Write([]string{"servizio", "ufficio", "indicatore", "standard", "soglia %", "gestite", "ancora aperte",
		"mediana giorni", "90° percentile giorni", "media giorni", "entro lo standard %", "esito", "valutazioni", "punteggio 0-100"})
	for _, r := range rep.Rows {
		st := r.Standard
		score := ""
		if r.Ratings > 0 {
			score = i18n.Decimal(r.Score, kiosk.Italian)
		}
		c.Write([]string{r.ServiceTitle.It, r.Place.It, st.Indicator.It, st.Target.Label().It, strconv.Itoa(st.Threshold),
			strconv.Itoa(r.Handled), strconv.Itoa(r.Open), r.Figure(r.Median, kiosk.Italian), r.Figure(r.P90, kiosk.Italian),
			r.Figure(r.Mean, kiosk.Italian), r.Figure(r.Within, kiosk.Italian), r.Verdict().It, strconv.Itoa(r.Ratings), score})
	}
	c.Flush()
	return b.Bytes(), c.Error()
}

// FileName is the name an exported report is saved as:
// carta-servizi-2026-01-01-2026-06-30.pdf.
func FileName(rep Report, format string) string {
	return fmt.Sprintf("carta-servizi-%s-%s.%s", rep.From, rep.To, format)
}

// The colours of the design system: primary, body text, success, danger, muted.
var (
	blue  = [3]int{0x00, 0x66, 0xCC}
	slate = [3]int{0x17, 0x32, 0x4D}
	green = [3]int{0x00, 0x80, 0x55}
	red   = [3]int{0xCC, 0x33, 0x4D}
	grey  = [3]int{0xD9, 0xDA, 0xDB}
)

// PDF writes the report as A4 landscape pages: a bar of the share within
// the standard for each row, against its threshold, then the table.
func PDF(rep Report, org string) ([]byte, error) {
	f := pdf.New(297, 210)
	f.SetMargins(15, 15, 15)
	f.SetAutoPageBreak(true, 15)
	f.AddPage()
	f.SetFont(pdf.Family, "B", 18)
	f.SetTextColor(blue[0], blue[1], blue[2])
	f.CellFormat(0, 9, "Carta dei servizi: gli standard misurati", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 11)
	f.SetTextColor(slate[0], slate[1], slate[2])
	f.CellFormat(0, 6, fmt.Sprintf("%s · dal %s al %s", org, i18n.ShortDate(rep.From), i18n.ShortDate(rep.To)), "", 1, "L", false, 0, "")
	f.MultiCell(0, 5, "Giorni dalla registrazione alla decisione, senza quelli in cui il termine era sospeso. "+
		"Le richieste ancora aperte alla fine del periodo non sono contate tra le gestite.", "", "L", false)
	f.Ln(3)
	if len(rep.Rows) == 0 {
		f.CellFormat(0, 8, "Nessun servizio ha uno standard nel file dei contenuti.", "", 1, "L", false, 0, "")
	}
	shares(f, rep)
	table(f, rep)
	var b bytes.Buffer
	err := f.Output(&b)
	return b.Bytes(), err
}

// shares draws, for each row, the share within the standard as a bar over
// 0-100, green when it keeps the threshold, red when not, with the
// threshold marked.
func shares(f *gofpdf.Fpdf, rep Report) {
	const x0, labelW, barW, h = 15.0, 95.0, 105.0, 6.0 // the words after the bar fit in the 60 mm left
	f.SetFont(pdf.Family, "B", 12)
	f.CellFormat(0, 8, "Casi entro lo standard (%), con la soglia da rispettare", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 9)
	for _, r := range rep.Rows {
		y := f.GetY()
		f.SetXY(x0, y)
		f.CellFormat(labelW, h, fit(f, r.ServiceTitle.It+" · "+r.Place.It, labelW), "", 0, "L", false, 0, "")
		bx := x0 + labelW
		f.SetFillColor(grey[0], grey[1], grey[2])
		f.Rect(bx, y+1, barW, h-2, "F")
		c := red
		if r.Met {
			c = green
		}
		f.SetFillColor(c[0], c[1], c[2])
		f.Rect(bx, y+1, barW*r.Within/100, h-2, "F")
		tx := bx + barW*float64(r.Standard.Threshold)/100
		f.SetDrawColor(slate[0], slate[1], slate[2])
		f.SetLineWidth(0.6)
		f.Line(tx, y, tx, y+h)
		f.SetLineWidth(0.2)
		f.SetXY(bx+barW+2, y)
		f.CellFormat(0, h, fmt.Sprintf("%s %% (soglia %d %%) · %s", r.Figure(r.Within, kiosk.Italian), r.Standard.Threshold, r.Verdict().It), "", 1, "L", false, 0, "")
	}
	f.Ln(4)
}

// table writes the figures of every row.
func table(f *gofpdf.Fpdf, rep Report) {
	cols := []struct { // 267 mm across
		head  string
		width float64
	}{{"Servizio", 55}, {"Ufficio", 40}, {"Standard", 32}, {"Soglia", 13}, {"Gestite", 14}, {"Aperte", 13},
		{"Mediana", 15}, {"90° perc.", 15}, {"Entro %", 14}, {"Esito", 22}, {"Soddisfazione", 34}}
	f.SetFont(pdf.Family, "B", 9)
	f.SetFillColor(0xF5, 0xF5, 0xF5)
	for _, c := range cols {
		f.CellFormat(c.width, 7, c.head, "B", 0, "L", true, 0, "")
	}
	f.Ln(-1)
	f.SetFont(pdf.Family, "", 9)
	for _, r := range rep.Rows {
		cells := []string{r.ServiceTitle.It, r.Place.It, r.Standard.Target.Label().It, strconv.Itoa(r.Standard.Threshold) + " %",
			strconv.Itoa(r.Handled), strconv.Itoa(r.Open),
			r.Figure(r.Median, kiosk.Italian), r.Figure(r.P90, kiosk.Italian), r.Figure(r.Within, kiosk.Italian), r.Verdict().It,
			r.Satisfaction().It}
		for i, c := range cols {
			f.CellFormat(c.width, 6, fit(f, cells[i], c.width), "B", 0, "L", false, 0, "")
		}
		f.Ln(-1)
	}
}

// fit cuts s to what fits in width, with an ellipsis.
func fit(f *gofpdf.Fpdf, s string, width float64) string {
	if f.GetStringWidth(s) <= width-2 {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && f.GetStringWidth(string(r)+"…") > width-2 {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
