package accessreg

import (
	"encoding/csv"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
	"sportello/internal/testenv"
)

type clock struct{ t time.Time }

func rome(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, hours.Rome) }

// filed files access requests of every kind through their life, and a
// complaint, on a fixed clock, and loads the register of November 2026 as of 4 December.
func filed(t *testing.T) (Register, kiosk.Content) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := testdb.Demo(t).Content
	clk := &clock{rome(2026, 11, 2, 10)}
	svc := &requests.Service{Store: db, Content: func() (kiosk.Content, error) { return c, nil }, Now: func() time.Time { return clk.t }}
	file := func(kind string) kiosk.Request {
		r, err := svc.Register(requests.Draft{Kind: kind, Office: "urp-andria", Text: "Testo riservato del cittadino",
			Name: "Anna Riservata", Email: "anna.riservata@example.org", Phone: "333 1234567", PrivacyAccepted: true})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	step := func(at time.Time, f func() (kiosk.Request, error)) {
		t.Helper()
		clk.t = at
		if _, err := f(); err != nil {
			t.Fatal(err)
		}
	}
	records := file(kiosk.KindAccessRecords) // 2 Nov: counter-interested, granted over their opposition
	step(rome(2026, 11, 3, 10), func() (kiosk.Request, error) { return svc.NotifyCounterParties(records.Code, "mario") })
	clk.t = rome(2026, 11, 3, 12)
	file(kiosk.KindCivicAccessSimple) // 3 Nov: unanswered on 4 Dec, past its deadline of 3 Dec
	clk.t = rome(2026, 11, 5, 10)
	civic := file(kiosk.KindCivicAccessGen) // 5 Nov: refused, then reviewed and granted in part
	step(rome(2026, 11, 16, 10), func() (kiosk.Request, error) {
		return svc.SetStatus(civic.Code, "mario", kiosk.StatusConcluded, kiosk.OutcomeRejected, "", "")
	})
	step(rome(2026, 11, 16, 11), func() (kiosk.Request, error) {
		return svc.SetAccessNotes(civic.Code, "mario", "Contratti di pulizia 2025", "Tutela di interessi economici (art. 5-bis c. 2)")
	})
	var review kiosk.Request
	step(rome(2026, 11, 18, 10), func() (kiosk.Request, error) {
		var err error
		review, err = svc.RequestReview(civic.Code, "", requests.Draft{Text: "Testo riservato del riesame", PrivacyAccepted: true})
		return review, err
	})
	step(rome(2026, 11, 20, 10), func() (kiosk.Request, error) {
		return svc.SetStatus(records.Code, "mario", kiosk.StatusConcluded, kiosk.OutcomeAccepted, "", "")
	})
	clk.t = rome(2026, 12, 1, 9)
	file(kiosk.KindComplaint)     // not an access request
	file(kiosk.KindAccessRecords) // December: outside the period
	step(rome(2026, 12, 2, 10), func() (kiosk.Request, error) {
		return svc.SetStatus(review.Code, "mario", kiosk.StatusConcluded, kiosk.OutcomePartial, "", "")
	})
	g, err := Load(db, c, kiosk.Date{Year: 2026, Month: 11, Day: 1}, kiosk.Date{Year: 2026, Month: 11, Day: 30}, kiosk.Date{Year: 2026, Month: 12, Day: 4})
	if err != nil {
		t.Fatal(err)
	}
	return g, c
}

// want is the register worked out by hand: 2026/0000004 is the riesame of
// 2026/0000003; the complaint and December's request are not in it.
var want = [][]string{
	{"2026/0000001", "02/11/2026", "Accesso agli atti", "Accesso agli atti - URP - Sede di Andria", "URP - Sede di Andria", "sì",
		"accolta", "20/11/2026", "", "", "", "", ""},
	{"2026/0000002", "03/11/2026", "Accesso civico semplice", "Accesso civico semplice - URP - Sede di Andria", "URP - Sede di Andria", "no",
		"senza risposta nei termini", "", "", "", "", "", ""},
	{"2026/0000003", "05/11/2026", "Accesso civico generalizzato", "Contratti di pulizia 2025", "URP - Sede di Andria", "no",
		"respinta", "16/11/2026", "Tutela di interessi economici (art. 5-bis c. 2)", "2026/0000004", "18/11/2026", "accolta parzialmente", "02/12/2026"},
}

func TestTheRegisterHasEveryColumnAndNoPersonalData(t *testing.T) {
	g, _ := filed(t)
	var got [][]string
	for _, r := range g.Rows {
		got = append(got, r.Cells())
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("the register:\n%q\nwant\n%q", got, want)
	}
	for _, format := range Formats {
		b, err := Encode(g, format)
		if err != nil {
			t.Fatal(err)
		}
		text := readBack(t, format, b)
		for _, private := range []string{"Anna", "Riservata", "anna.riservata", "333", "Testo riservato"} {
			if strings.Contains(text, private) {
				t.Errorf("the %s register shows %q", format, private)
			}
		}
		for _, public := range []string{"Contratti di pulizia 2025", "accolta parzialmente", "senza risposta nei termini", "Tutela di interessi"} {
			if !strings.Contains(strings.Join(strings.Fields(text), " "), public) {
				t.Errorf("the %s register lacks %q", format, public)
			}
		}
	}
}

// readBack is the text of an exported register as a reader gets it: the CSV
// parsed, the ODS unzipped and its XML parsed, the PDF through pdftotext.
func readBack(t *testing.T, format string, b []byte) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "registro."+format)
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	switch format {
	case "csv":
		c := csv.NewReader(strings.NewReader(string(b)))
		c.Comma = ';'
		rows, err := c.ReadAll()
		if err != nil || len(rows) != 4 || !reflect.DeepEqual(rows[0], Columns) || !reflect.DeepEqual(rows[3], want[2]) {
			t.Fatalf("the CSV reads back as %q (%v)", rows, err)
		}
		return string(b)
	case "ods":
		testenv.NeedTools(t, "unzip")
		if out, err := exec.Command("unzip", "-p", file, "mimetype").Output(); err != nil || string(out) != odsType {
			t.Fatalf("the ODS mimetype: %q (%v)", out, err)
		}
		out, err := exec.Command("unzip", "-p", file, "content.xml").Output()
		if err != nil {
			t.Fatal(err)
		}
		return odsCells(t, out)
	}
	testenv.NeedTools(t, "pdftotext")
	out, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// odsCells parses content.xml and checks its table has a row a request with
// a cell a column; it returns the cells' text.
func odsCells(t *testing.T, content []byte) string {
	var doc struct {
		Rows []struct {
			Cells []string `xml:"table-cell>p"`
		} `xml:"body>spreadsheet>table>table-row"`
	}
	if err := xml.Unmarshal(content, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Rows) != 4 || !reflect.DeepEqual(doc.Rows[0].Cells, Columns) || !reflect.DeepEqual(doc.Rows[3].Cells, want[2]) {
		t.Fatalf("the ODS table: %+v", doc.Rows)
	}
	var all []string
	for _, r := range doc.Rows {
		all = append(all, r.Cells...)
	}
	return strings.Join(all, "\n")
}

func TestAPeriodThatEndsBeforeItStarts(t *testing.T) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Load(db, kiosk.Content{}, kiosk.Date{Year: 2026, Month: 12, Day: 1}, kiosk.Date{Year: 2026, Month: 11, Day: 1}, kiosk.Date{Year: 2026, Month: 12, Day: 4})
	if err == nil || !strings.Contains(err.Error(), "prima di cominciare") {
		t.Errorf("a period backwards: %v", err)
	}
}

func TestTheHalfYearReminder(t *testing.T) {
	d := func(y int, m time.Month, day int) kiosk.Date { return kiosk.Date{Year: y, Month: m, Day: day} }
	cases := []struct {
		today, exportedTo kiosk.Date
		from, to          kiosk.Date
		due               bool
	}{
		{d(2026, 12, 2), kiosk.Date{}, d(2026, 1, 1), d(2026, 6, 30), true},
		{d(2026, 12, 2), d(2026, 6, 30), d(2026, 1, 1), d(2026, 6, 30), false},
		{d(2026, 12, 2), d(2026, 5, 31), d(2026, 1, 1), d(2026, 6, 30), true},
		{d(2026, 7, 1), d(2025, 12, 31), d(2026, 1, 1), d(2026, 6, 30), true},
		{d(2026, 6, 30), d(2025, 12, 31), d(2025, 7, 1), d(2025, 12, 31), false},
		{d(2027, 1, 1), d(2026, 6, 30), d(2026, 7, 1), d(2026, 12, 31), true},
		{d(2027, 1, 4), d(2026, 12, 31), d(2026, 7, 1), d(2026, 12, 31), false},
	}
	for _, c := range cases {
		from, to, due := Due(c.today, c.exportedTo)
		if from != c.from || to != c.to || due != c.due {
			t.Errorf("on %v, exported to %v: %v-%v due %v, want %v-%v %v", c.today, c.exportedTo, from, to, due, c.from, c.to, c.due)
		}
	}
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	today := d(2026, 12, 2)
	if text, due, err := Reminder(db, today); err != nil || !due || !strings.Contains(text.It, "dal 01/01/2026 al 30/06/2026") {
		t.Fatalf("before any export: %q %v %v", text.It, due, err)
	}
	g := Register{From: d(2026, 1, 1), To: d(2026, 6, 30)}
	if err := Export(db, g, "mario", "ods", rome(2026, 12, 2, 10)); err != nil {
		t.Fatal(err)
	}
	if text, due, err := Reminder(db, today); err != nil || due {
		t.Errorf("after the export: %q %v %v", text.It, due, err)
	}
}
