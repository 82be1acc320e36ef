package accessreg

import (
	"bytes"
	"fmt"

	"github.com/jung-kurt/gofpdf"

	"sportello/internal/i18n"
	"sportello/internal/pdf"
)

// pdfColumn is a column of the printed register: its heading, its width in
// millimetres and its text from a row's cells.
type pdfColumn struct {
	heading string
	width   float64
	text    func(cells []string) string
}

func cell(i int) func([]string) string { return func(c []string) string { return c[i] } }

// pdfColumns fit an A4 landscape page: the riesame's four cells in one.
var pdfColumns = []pdfColumn{
	{"Protocollo", 23, cell(0)}, {"Data", 20, cell(1)}, {"Tipo", 27, cell(2)}, {"Oggetto", 50, cell(3)},
	{"Ufficio", 30, cell(4)}, {"Contro-\ninteressati", 19, cell(5)}, {"Esito", 24, cell(6)}, {"Decisione", 20, cell(7)},
	{"Motivazione", 31, cell(8)}, {"Riesame", 37, func(c []string) string {
		if c[9] == "" {
			return ""
		}
		s := fmt.Sprintf("%s del %s: %s", c[9], c[10], c[11])
		if c[12] != "" {
			s += " il " + c[12]
		}
		return s
	}},
}

const lineHeight = 4.2

// PDF writes the register as A4 landscape pages, the headings repeated on each.
func PDF(g Register) ([]byte, error) {
	f := pdf.New(297, 210)
	f.SetMargins(8, 10, 8)
	f.SetAutoPageBreak(false, 10)
	f.AddPage()
	f.SetFont(pdf.Family, "B", 16)
	f.SetTextColor(0x00, 0x66, 0xCC)
	f.CellFormat(0, 8, "Registro degli accessi", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 10)
	f.SetTextColor(0x17, 0x32, 0x4D)
	f.CellFormat(0, 6, fmt.Sprintf("%s · richieste dal %s al %s · %d richieste", g.Organization, i18n.ShortDate(g.From), i18n.ShortDate(g.To), len(g.Rows)), "", 1, "L", false, 0, "")
	f.Ln(2)
	headings := make([]string, len(pdfColumns))
	for i, c := range pdfColumns {
		headings[i] = c.heading
	}
	printRow(f, headings, true)
	if len(g.Rows) == 0 {
		f.SetFont(pdf.Family, "", 10)
		f.CellFormat(0, 8, "Nessuna richiesta di accesso nel periodo.", "", 1, "L", false, 0, "")
	}
	for _, r := range g.Rows {
		cells := r.Cells()
		texts := make([]string, len(pdfColumns))
		for i, c := range pdfColumns {
			texts[i] = c.text(cells)
		}
		if f.GetY()+rowHeight(f, texts) > 200 {
			f.AddPage()
			printRow(f, headings, true)
		}
		printRow(f, texts, false)
	}
	var b bytes.Buffer
	err := f.Output(&b)
	return b.Bytes(), err
}

// rowHeight is how tall a row's longest cell prints.
func rowHeight(f *gofpdf.Fpdf, texts []string) float64 {
	lines := 1
	for i, t := range texts {
		lines = max(lines, len(f.SplitText(t, pdfColumns[i].width-2)))
	}
	return float64(lines)*lineHeight + 1
}

// printRow prints one row of cells, each wrapped in its column, framed.
func printRow(f *gofpdf.Fpdf, texts []string, heading bool) {
	style, size := "", 8.0
	if heading {
		style = "B"
	}
	f.SetFont(pdf.Family, style, size)
	h := rowHeight(f, texts)
	x, y := f.GetX(), f.GetY()
	for i, t := range texts {
		w := pdfColumns[i].width
		if heading {
			f.SetFillColor(0xE3, 0xEE, 0xF9)
			f.Rect(x, y, w, h, "FD")
		} else {
			f.Rect(x, y, w, h, "D")
		}
		f.SetXY(x+1, y+0.5)
		f.MultiCell(w-2, lineHeight, t, "", "L", false)
		x += w
	}
	f.SetXY(8, y+h)
}
