package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
	"sportello/internal/ratings"
)

// number writes a number the Italian way, as the office reads the report: 75,6.
func number(f float64) string { return i18n.Decimal(f, kiosk.Italian) }

// CSV writes the report as a spreadsheet an Italian office opens as it is:
// semicolons between fields and decimal commas.
func CSV(r Report, w io.Writer) error {
	c := csv.NewWriter(w)
	c.Comma = ';'
	rows := [][]string{
		{"sezione", "voce", "valutazioni", "soddisfatti %", "punteggio 0-100"},
		{"periodo", r.Query.From.String() + " / " + r.Query.To.String(), "", "", ""},
	}
	if r.Query.Office != "" {
		rows = append(rows, []string{"ufficio", r.Query.Office, "", "", ""})
	}
	if r.Query.Service != "" {
		rows = append(rows, []string{"servizio", r.Query.Service, "", "", ""})
	}
	rows = append(rows, []string{"totale", "", strconv.Itoa(r.Total), number(r.Satisfied), number(r.Score)})
	for _, v := range r.Counts {
		rows = append(rows, []string{"valore", fmt.Sprintf("%d/%d %s", v.Value, v.Scale, ValueLabel(v.Scale, v.Value).It), strconv.Itoa(v.Count), "", ""})
	}
	for _, m := range r.Reasons {
		rows = append(rows, []string{"motivo", ReasonLabel(m.Reason).It, strconv.Itoa(m.Count), "", ""})
	}
	for _, wk := range r.Weeks {
		rows = append(rows, []string{"settimana", wk.Start.String(), strconv.Itoa(wk.Count), number(wk.Satisfied), number(wk.Score)})
	}
	if err := c.WriteAll(rows); err != nil {
		return err
	}
	return c.Error()
}

// Formats are the formats a report is exported in.
var Formats = []string{"csv", "pdf"}

// Encode writes the report in one of Formats: a PDF for "pdf", a CSV
// otherwise; office names the office in the PDF's heading.
func Encode(r Report, office, format string) ([]byte, error) {
	if format == "pdf" {
		return PDF(r, office)
	}
	var b bytes.Buffer
	err := CSV(r, &b)
	return b.Bytes(), err
}

// FileName is the name an exported report is saved as:
// valutazioni-2026-11-01-2026-11-30.csv.
func FileName(r Report, format string) string {
	return fmt.Sprintf("valutazioni-%s-%s.%s", r.Query.From, r.Query.To, format)
}

// The colours of the charts: danger, warning and success of the design system.
var (
	red    = [3]int{0xCC, 0x33, 0x4D}
	orange = [3]int{0x99, 0x5C, 0x00}
	green  = [3]int{0x00, 0x80, 0x55}
	blue   = [3]int{0x00, 0x66, 0xCC}
	slate  = [3]int{0x17, 0x32, 0x4D}
)

// Tone is how a value of a scale reads: "negative", "neutral" (the middle
// of an odd scale) or "positive"; charts colour it red, orange or green.
func Tone(scale, value int) string {
	switch {
	case ratings.Negative(scale, value):
		return "negative"
	case 2*value == scale+1:
		return "neutral"
	}
	return "positive"
}

func barColor(scale, value int) [3]int {
	return map[string][3]int{"negative": red, "neutral": orange, "positive": green}[Tone(scale, value)]
}

// PDF writes the report as an A4 page with a bar chart of the values and a
// line chart of the weekly score, labelled in Italian.
func PDF(r Report, office string) ([]byte, error) {
	f := pdf.A4()
	f.SetMargins(18, 18, 18)
	f.SetAutoPageBreak(true, 18)
	f.AddPage()
	color := func(c [3]int) { f.SetTextColor(c[0], c[1], c[2]) }
	f.SetFont(pdf.Family, "B", 18)
	color(blue)
	f.CellFormat(0, 9, "Rilevazione della soddisfazione degli utenti", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 11)
	color(slate)
	scope := "Tutti gli uffici"
	if office != "" {
		scope = office
	}
	if r.Query.Service != "" {
		scope += " · servizio " + r.Query.Service
	}
	f.CellFormat(0, 6, fmt.Sprintf("Dal %s al %s · %s", i18n.ShortDate(r.Query.From), i18n.ShortDate(r.Query.To), scope), "", 1, "L", false, 0, "")
	f.Ln(4)
	f.SetFont(pdf.Family, "B", 13)
	f.CellFormat(60, 8, fmt.Sprintf("Valutazioni: %d", r.Total), "", 0, "L", false, 0, "")
	f.CellFormat(60, 8, "Soddisfatti: "+number(r.Satisfied)+" %", "", 0, "L", false, 0, "")
	f.CellFormat(0, 8, "Punteggio: "+number(r.Score)+" / 100", "", 1, "L", false, 0, "")
	f.Ln(4)
	bars(f, r)
	trend(f, r)
	f.SetFont(pdf.Family, "B", 12)
	f.CellFormat(0, 8, "Motivi delle valutazioni negative", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 11)
	if len(r.Reasons) == 0 {
		f.CellFormat(0, 6, "Nessun motivo indicato.", "", 1, "L", false, 0, "")
	}
	for i, m := range r.Reasons {
		f.CellFormat(10, 6, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		f.CellFormat(90, 6, ReasonLabel(m.Reason).It, "", 0, "L", false, 0, "")
		f.CellFormat(0, 6, strconv.Itoa(m.Count), "", 1, "R", false, 0, "")
	}
	var b bytes.Buffer
	err := f.Output(&b)
	return b.Bytes(), err
}

// bars draws one bar a value, its height the count.
func bars(f *gofpdf.Fpdf, r Report) {
	f.SetFont(pdf.Family, "B", 12)
	f.CellFormat(0, 8, "Valutazioni per valore", "", 1, "L", false, 0, "")
	x0, y0, h := 22.0, f.GetY()+4, 50.0
	peak := 1
	for _, v := range r.Counts {
		peak = max(peak, v.Count)
	}
	w := 150.0 / float64(max(len(r.Counts), 1))
	f.SetFont(pdf.Family, "", 9)
	for i, v := range r.Counts {
		c := barColor(v.Scale, v.Value)
		f.SetFillColor(c[0], c[1], c[2])
		bh := h * float64(v.Count) / float64(peak)
		x := x0 + float64(i)*w
		f.Rect(x+2, y0+h-bh, w-4, bh, "F")
		f.SetXY(x, y0+h-bh-5)
		f.CellFormat(w, 5, strconv.Itoa(v.Count), "", 0, "C", false, 0, "")
		f.SetXY(x, y0+h+1)
		f.CellFormat(w, 5, ValueLabel(v.Scale, v.Value).It, "", 0, "C", false, 0, "")
	}
	f.SetDrawColor(slate[0], slate[1], slate[2])
	f.Line(x0, y0+h, x0+150, y0+h)
	f.SetY(y0 + h + 12)
}

// trend draws the weekly score as a line over 0-100.
func trend(f *gofpdf.Fpdf, r Report) {
	f.SetFont(pdf.Family, "B", 12)
	f.CellFormat(0, 8, "Andamento settimanale del punteggio (0-100)", "", 1, "L", false, 0, "")
	x0, y0, w, h := 22.0, f.GetY()+2, 150.0, 45.0
	f.SetDrawColor(0xD9, 0xDA, 0xDB)
	f.SetFont(pdf.Family, "", 8)
	for _, level := range []float64{0, 50, 100} {
		y := y0 + h - h*level/100
		f.Line(x0, y, x0+w, y)
		f.SetXY(x0-10, y-2)
		f.CellFormat(9, 4, strconv.Itoa(int(level)), "", 0, "R", false, 0, "")
	}
	n := len(r.Weeks)
	step := w / float64(max(n-1, 1))
	f.SetDrawColor(blue[0], blue[1], blue[2])
	f.SetFillColor(blue[0], blue[1], blue[2])
	f.SetLineWidth(0.6)
	var px, py float64
	first := true
	for i, wk := range r.Weeks {
		if wk.Count == 0 {
			continue // no ratings that week: no point
		}
		x, y := x0+float64(i)*step, y0+h-h*wk.Score/100
		if !first {
			f.Line(px, py, x, y)
		}
		f.Circle(x, y, 1, "F")
		px, py, first = x, y, false
	}
	f.SetLineWidth(0.2)
	labelEvery := max(1, n/8)
	for i, wk := range r.Weeks {
		if i%labelEvery == 0 {
			f.SetXY(x0+float64(i)*step-8, y0+h+1)
			f.CellFormat(16, 4, i18n.ShortDate(wk.Start)[:5], "", 0, "C", false, 0, "")
		}
	}
	f.SetY(y0 + h + 10)
}
