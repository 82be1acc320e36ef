package charter

import (
	"strings"
	"testing"

	"sportello/internal/kiosk"
)

func TestEncode(t *testing.T) {
	from, to := kiosk.Date{Year: 2026, Month: 1, Day: 1}, kiosk.Date{Year: 2026, Month: 6, Day: 30}
	rep := Build(charterContent(), from, to, generated())
	rep.Rows[0].Ratings, rep.Rows[0].Score = 40, 82.5
	csv, err := Encode(rep, "Provincia", "csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"periodo;2026-01-01 / 2026-06-30\n",
		"Passo carrabile;Viabilità;Tempo di risposta;30 giorni;80;11;2;28,0;40,0;26,4;72,7;non rispettato;40;82,5\n",
		"Certificato;URP;Tempo di risposta;5 giorni lavorativi;90;4;0;5,5;6,0;5,5;50,0;non rispettato;0;\n",
		"Copie;URP;Tempo di risposta;10 giorni;95;0;0;—;—;—;—;nessun caso;0;\n",
	} {
		if !strings.Contains(string(csv), want) {
			t.Errorf("the CSV lacks %q:\n%s", want, csv)
		}
	}
	pdf, err := Encode(rep, "Provincia", "pdf")
	if err != nil || !strings.HasPrefix(string(pdf), "%PDF") {
		t.Errorf("no PDF: %v", err)
	}
	if name := FileName(rep, "pdf"); name != "carta-servizi-2026-01-01-2026-06-30.pdf" {
		t.Errorf("file name %s", name)
	}
}
