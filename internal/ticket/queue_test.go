package ticket

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
)

func TestQueueLink(t *testing.T) {
	for _, c := range []struct{ base, want string }{
		{"", "TOKEN"},
		{"https://urp.example.org/stato", "https://urp.example.org/coda/TOKEN"},
		{"https://www.example.org/urp/stato?x=1", "https://www.example.org/urp/coda/TOKEN"},
	} {
		if got := QueueLink(c.base, "TOKEN"); got != c.want {
			t.Errorf("%q: %q, want %q", c.base, got, c.want)
		}
	}
}

func TestQueueTicketRendersAndItsQRDecodes(t *testing.T) {
	tools(t, "pdftoppm", "zbarimg", "pdftotext")
	tk := Queue{Lang: kiosk.Italian, Organization: "Provincia di Barletta-Andria-Trani", Office: "Ufficio Relazioni con il Pubblico",
		Label: "A017", Line: "Informazioni e orientamento", Priority: true, Ahead: 3, Wait: "circa 12 minuti",
		Taken: time.Date(2026, 12, 2, 9, 5, 0, 0, time.UTC), Link: QueueLink("https://urp.example.org/stato", "MFRGGZDFMZTWQ2LK")}
	b, err := QueuePDF(tk)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "coda.pdf")
	os.WriteFile(file, b, 0o644)
	text := run(t, "pdftotext", "-layout", file, "-")
	for _, w := range []string{"A017", "Informazioni e orientamento", "con precedenza", "Persone prima di Lei: 3", "Attesa stimata: circa 12 minuti", "Preso il 02/12/2026 10:05"} {
		if !strings.Contains(text, w) {
			t.Errorf("the queue ticket lacks %q:\n%s", w, text)
		}
	}
	run(t, "pdftoppm", "-r", "200", "-png", "-singlefile", file, filepath.Join(dir, "coda"))
	if decoded := strings.TrimSpace(run(t, "zbarimg", "--raw", "-q", filepath.Join(dir, "coda.png"))); decoded != tk.Link {
		t.Errorf("QR holds %q, want %q", decoded, tk.Link)
	}
}
