package ticket

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/testenv"
)

func sample(t *testing.T, lang kiosk.Lang, link string) Ticket {
	code, err := NewCode(nil)
	if err != nil {
		t.Fatal(err)
	}
	if link == "" {
		link = Link("", code)
	}
	return Ticket{
		Lang: lang, Organization: "Provincia di Barletta-Andria-Trani", Office: "Ufficio Relazioni con il Pubblico",
		Kind: "Accesso civico generalizzato", Protocol: kiosk.Protocol{Year: 2026, Number: 123},
		Registered: time.Date(2026, 11, 25, 9, 5, 0, 0, time.UTC), Deadline: kiosk.Date{Year: 2026, Month: 12, Day: 28},
		Code: code, Link: link, Phone: "000 000 0000",
	}
}

// tools returns the external programs the rendering checks need, or skips.
func tools(t *testing.T, names ...string) {
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			testenv.NeedTools(t, n)
		}
	}
}

func run(t *testing.T, name string, args ...string) string {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

func TestTicketRendersAndItsQRDecodes(t *testing.T) {
	tools(t, "pdftoppm", "zbarimg", "pdftotext")
	for _, c := range []struct {
		lang  kiosk.Lang
		base  string
		words []string
	}{
		{kiosk.Italian, "", []string{"Protocollo n. 2026/0000123", "Registrata il 25/11/2026 10:05", "Risposta entro il 28/12/2026", "Accesso civico generalizzato", "tel. 000 000 0000"}},
		{kiosk.English, "https://urp.example.org/stato", []string{"Protocol no. 2026/0000123", "Reply due by 28/12/2026"}},
	} {
		tk := sample(t, c.lang, "")
		if c.base != "" {
			tk.Link = Link(c.base, tk.Code)
		}
		b, err := PDF(tk)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		file := filepath.Join(dir, "ticket.pdf")
		os.WriteFile(file, b, 0o644)
		text := run(t, "pdftotext", "-layout", file, "-")
		for _, w := range append(c.words, Format(tk.Code)) {
			if !strings.Contains(text, w) {
				t.Errorf("%s ticket lacks %q:\n%s", c.lang, w, text)
			}
		}
		info := run(t, "pdfinfo", file)
		if !strings.Contains(info, "226.77 x") { // 80 mm wide
			t.Errorf("page size:\n%s", info)
		}
		run(t, "pdftoppm", "-r", "200", "-png", "-singlefile", file, filepath.Join(dir, "ticket"))
		decoded := strings.TrimSpace(run(t, "zbarimg", "--raw", "-q", filepath.Join(dir, "ticket.png")))
		if decoded != tk.Link {
			t.Errorf("QR holds %q, want %q", decoded, tk.Link)
		}
		if got, err := ParseScan(decoded); err != nil || got != tk.Code {
			t.Errorf("scanning the QR gives %q, %v", got, err)
		}
	}
}

// A ticket taken while the central database did not answer says the number follows.
func TestProvisionalTicket(t *testing.T) {
	tools(t, "pdftotext")
	tk := sample(t, kiosk.Italian, "")
	tk.Protocol = kiosk.Protocol{}
	text := strings.Join(strings.Fields(printedText(t, tk)), " ")
	if !strings.Contains(text, "Il numero di protocollo seguirà") || !strings.Contains(text, "funziona già") || strings.Contains(text, "Protocollo n.") {
		t.Errorf("provisional ticket:\n%s", text)
	}
}

// The widest code there is still prints on one line.
func TestTheWidestCodeFitsOnOneLine(t *testing.T) {
	tools(t, "pdftotext")
	tk := sample(t, kiosk.Italian, "")
	tk.Code = "MMMMMMMMMMMMW"
	if text := printedText(t, tk, "-layout"); !strings.Contains(text, Format(tk.Code)) {
		t.Errorf("the code broke across lines:\n%s", text)
	}
}

// Every character the typeface has prints as typed: those of cp1252
// (accents, €, typographic quotes and dashes) in its fonts, any other (Ł ș ő)
// in the UTF-8 fallback, and the wrapping still measures each line.
// Titillium has no arrows: → prints blank in either.
func TestTicketPrintsEveryCharacter(t *testing.T) {
	tools(t, "pdftotext")
	tk := sample(t, kiosk.Italian, "")
	tk.Organization = "Comune di Łódź, Brașov e Győr: Città dell’Àrea “è” – €"
	tk.Office = "Ufficio più lungo di una riga, perché sì — ancora più lungo del dovuto, ș e oltre"
	text := strings.Join(strings.Fields(printedText(t, tk)), " ")
	for _, w := range []string{"Comune di Łódź, Brașov e Győr: Città dell’Àrea “è” – €", "perché sì — ancora", "dovuto, ș e oltre", "il codice è l'unico", "Registrata il"} {
		if !strings.Contains(text, w) {
			t.Errorf("ticket lacks %q:\n%s", w, text)
		}
	}
}

// printedText renders tk and returns its text as pdftotext reads it, given
// args before the file.
func printedText(t *testing.T, tk Ticket, args ...string) string {
	b, err := PDF(tk)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "ticket.pdf")
	os.WriteFile(file, b, 0o644)
	return run(t, "pdftotext", append(args, file, "-")...)
}
