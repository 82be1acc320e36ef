package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sportello/internal/kiosk"
	"sportello/internal/testenv"
)

func day(s string) kiosk.Date { d, _ := kiosk.ParseDate(s); return d }

func TestBuild(t *testing.T) {
	q := kiosk.RatingQuery{From: day("2026-11-02"), To: day("2026-11-15")}
	counts := []kiosk.RatingCount{
		{Day: day("2026-11-02"), Scale: 3, Value: 3, Count: 6},                   // positivo
		{Day: day("2026-11-03"), Scale: 3, Value: 2, Count: 2},                   // sufficiente
		{Day: day("2026-11-04"), Scale: 3, Value: 1, Reason: "attesa", Count: 2}, // negativo
		{Day: day("2026-11-10"), Scale: 5, Value: 5, Count: 3},
		{Day: day("2026-11-11"), Scale: 5, Value: 1, Reason: "cortesia", Count: 1},
		{Day: day("2026-11-12"), Scale: 5, Value: 2, Reason: "attesa", Count: 1},
	}
	r := Build(q, counts)
	if r.Total != 15 {
		t.Errorf("total %d", r.Total)
	}
	// Not negative: 6 + 2 + 3 = 11 of 15.
	if got := number(r.Satisfied); got != "73,3" {
		t.Errorf("satisfied %s", got)
	}
	// Scores: 6×100 + 2×50 + 2×0 + 3×100 + 1×0 + 1×25 = 1025 over 15.
	if got := number(r.Score); got != "68,3" {
		t.Errorf("score %s", got)
	}
	if len(r.Reasons) != 2 || r.Reasons[0] != (ReasonCount{"attesa", 3}) {
		t.Errorf("reasons %v", r.Reasons)
	}
	if len(r.Weeks) != 2 || r.Weeks[0].Start != day("2026-11-02") || r.Weeks[0].Count != 10 || r.Weeks[1].Count != 5 {
		t.Errorf("weeks %+v", r.Weeks)
	}
	if number(r.Weeks[1].Score) != "65,0" { // (300 + 0 + 25) / 5
		t.Errorf("second week score %v", r.Weeks[1].Score)
	}
	if empty := Build(q, nil); empty.Total != 0 || empty.Score != 0 || len(empty.Weeks) != 2 {
		t.Errorf("empty report %+v", empty)
	}
}

func TestCSVAndPDF(t *testing.T) {
	q := kiosk.RatingQuery{From: day("2026-11-02"), To: day("2026-11-29"), Office: "urp-andria"}
	r := Build(q, []kiosk.RatingCount{
		{Day: day("2026-11-02"), Scale: 3, Value: 3, Count: 4},
		{Day: day("2026-11-20"), Scale: 3, Value: 1, Reason: "chiarezza", Count: 1},
	})
	var b bytes.Buffer
	if err := CSV(r, &b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"totale;;5;80,0;80,0", "valore;3/3 Positivo;4", "motivo;Chiarezza delle informazioni;1", "settimana;2026-11-16;1;0,0;0,0"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("CSV lacks %q:\n%s", want, b.String())
		}
	}
	doc, err := PDF(r, "URP - Sede di Andria")
	if err != nil || !bytes.HasPrefix(doc, []byte("%PDF")) {
		t.Fatalf("PDF: %v", err)
	}
	testenv.NeedTools(t, "pdftotext")
	file := filepath.Join(t.TempDir(), "r.pdf")
	os.WriteFile(file, doc, 0o644)
	out, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Rilevazione della soddisfazione", "Soddisfatti: 80,0 %", "URP - Sede di Andria", "Chiarezza delle informazioni", "Positivo"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
}

func TestTone(t *testing.T) {
	tests := []struct {
		scale, value int
		want         string
	}{
		{3, 1, "negative"}, {3, 2, "neutral"}, {3, 3, "positive"},
		{4, 2, "negative"}, {4, 3, "positive"},
		{5, 2, "negative"}, {5, 3, "neutral"}, {5, 4, "positive"},
	}
	for _, tt := range tests {
		if got := Tone(tt.scale, tt.value); got != tt.want {
			t.Errorf("Tone(%d, %d) = %s, want %s", tt.scale, tt.value, got, tt.want)
		}
	}
}
