//go:build ignore

// generate writes the demo PDFs that content.yaml names: small real documents,
// each plainly marked as an example. Run it with go generate ./assets.
package main

import (
	"log"
	"os"
	"path/filepath"

	"sportello/internal/content"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
)

func main() {
	data, err := os.ReadFile("demo/content.yaml")
	if err != nil {
		log.Fatal(err)
	}
	c, problems := content.Parse(data, func(string) bool { return true })
	if len(problems) > 0 {
		log.Fatalf("content.yaml: line %d: %s", problems[0].Line, problems[0].Message.It)
	}
	for _, f := range c.Forms {
		write(f.File, f.Title.In(f.Language), c.Organization, formBody(f.Language))
	}
	for _, d := range c.Documents {
		write(d.File, d.Title.It, c.Organization, "Documento pubblicato il "+d.Date.String()+".\n\n"+lorem)
	}
}

func formBody(lang kiosk.Lang) string {
	if lang == kiosk.English {
		return "The undersigned\n\nName and surname: ________________________________\n\nBorn in: ______________________ on: ____________\n\nResident in: ______________________________________\n\nE-mail or phone: __________________________________\n\nasks for:\n\n__________________________________________________\n\n__________________________________________________\n\nDate: ____________     Signature: _____________________"
	}
	return "Il/La sottoscritto/a\n\nNome e cognome: ________________________________\n\nNato/a a: ______________________ il: ____________\n\nResidente in: ______________________________________\n\nE-mail o telefono: __________________________________\n\nchiede:\n\n__________________________________________________\n\n__________________________________________________\n\nData: ____________     Firma: _____________________\n\nInformativa privacy: i dati sono trattati ai sensi del Regolamento UE 2016/679."
}

const lorem = "Il presente documento è un esempio generato per la dimostrazione di Sportello. " +
	"Non ha valore legale e non riproduce atti reali dell'ente.\n\n" +
	"Art. 1 - Oggetto. Il documento descrive, a titolo di esempio, le regole di funzionamento degli uffici.\n\n" +
	"Art. 2 - Principi. L'attività è ispirata a trasparenza, efficacia, economicità e partecipazione.\n\n" +
	"Art. 3 - Accesso. Chiunque può consultare gli atti pubblici presso l'Ufficio Relazioni con il Pubblico."

func write(name, title string, org kiosk.Organization, body string) {
	f := pdf.A4()
	f.SetMargins(20, 20, 20)
	f.AddPage()
	f.SetFont(pdf.Family, "B", 12)
	f.SetTextColor(0, 0x66, 0xCC)
	f.CellFormat(0, 7, org.Name.It, "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 10)
	f.CellFormat(0, 6, org.Office.It, "", 1, "L", false, 0, "")
	f.SetTextColor(0xCC, 0x33, 0x4D)
	f.CellFormat(0, 6, "DOCUMENTO DIMOSTRATIVO - DEMO", "", 1, "L", false, 0, "")
	f.Ln(8)
	f.SetTextColor(0x17, 0x32, 0x4D)
	f.SetFont(pdf.Family, "B", 18)
	f.MultiCell(0, 9, title, "", "L", false)
	f.Ln(6)
	f.SetFont(pdf.Family, "", 12)
	f.MultiCell(0, 7, body, "", "L", false)
	path := filepath.Join("demo", name)
	if err := f.OutputFileAndClose(path); err != nil {
		log.Fatal(err)
	}
}
