package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"sportello/internal/kiosk"
	"sportello/internal/store/testdb"
)

func demoIndex(t testing.TB) *Index {
	return FromContent(testdb.Demo(t).Content, kiosk.Date{Year: 2026, Month: 1, Day: 1})
}

func TestWords(t *testing.T) {
	got := strings.Join(Words("Perché l'UFFICIO è chiuso? Città, 2026!"), " ")
	if got != "perche l ufficio e chiuso citta 2026" {
		t.Errorf("Words = %q", got)
	}
}

func TestMatch(t *testing.T) {
	cases := []struct {
		term, word string
		want       float64
	}{
		{"anagrafe", "anagrafe", 1},
		{"acces", "accesso", 0.8},
		{"certificato", "certificati", 0.7},
		{"certificati", "certificazione", 0.7},
		{"acceso", "accesso", 0.7},
		{"acesso", "accesso", 0.5},
		{"accseso", "accesso", 0.5},
		{"trasporto", "trasporti", 0.7},
		{"atti", "atto", 0.5},
		{"at", "atti", 0},
		{"scuola", "strade", 0},
		{"bus", "bando", 0},
	}
	for _, c := range cases {
		if got := match(c.term, c.word, letterSet(c.term), letterSet(c.word)); got != c.want {
			t.Errorf("match(%q, %q) = %v, want %v", c.term, c.word, got, c.want)
		}
	}
}

func TestSearchDemo(t *testing.T) {
	ix := demoIndex(t)
	cases := []struct {
		query string
		lang  kiosk.Lang
		first string // kind:id of the best result
	}{
		{"acceso atti", kiosk.Italian, "service:accesso-atti"},
		{"ACCESSO AGLI ATTI", kiosk.Italian, "service:accesso-atti"},
		{"passo carrabile", kiosk.Italian, "service:passo-carrabile"},
		{"modulo carrabile", kiosk.Italian, "form:passo-carrabile"},
		{"palestra", kiosk.Italian, "service:palestre-scolastiche"},
		{"viabilita", kiosk.Italian, "office:viabilita"},
		{"Viabilità", kiosk.Italian, "office:viabilita"},
		{"concorsi", kiosk.Italian, "notice:concorso-istruttori"},
		{"bilancio", kiosk.Italian, "document:bilancio-2026"},
		{"statuto", kiosk.Italian, "document:statuto"},
		{"complaints", kiosk.English, "service:reclami"},
		{"oversize transport", kiosk.English, "service:trasporti-eccezionali"},
		{"barleta", kiosk.Italian, "office:urp-barletta"},
	}
	for _, c := range cases {
		res := ix.Search(c.query, c.lang, 0)
		if len(res) == 0 || string(res[0].Kind)+":"+res[0].ID != c.first {
			t.Errorf("%q (%s): %v, want %s first", c.query, c.lang, res, c.first)
		}
	}
	for _, q := range []string{"", "di la", "zzzz", "pizza margherita"} {
		if res := ix.Search(q, kiosk.Italian, 0); len(res) != 0 {
			t.Errorf("%q found %v", q, res)
		}
	}
}

// generated returns n items of made-up words, like a large administration's content.
func generated(n int) []Item {
	r := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ca", "to", "ri", "sa", "mo", "li", "ne", "ta", "po", "ver", "gio", "zio", "ne", "ma", "ti", "co", "lu", "ra"}
	word := func() string {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		return b.String()
	}
	text := func(words int) kiosk.Text {
		var it, en []string
		for range words {
			it, en = append(it, word()), append(en, word())
		}
		return kiosk.T(strings.Join(it, " "), strings.Join(en, " "))
	}
	items := make([]Item, n)
	for i := range items {
		items[i] = Item{Kind: Kinds[i%len(Kinds)], ID: fmt.Sprint(i), Title: text(4), Text: text(30)}
	}
	return items
}

// BenchmarkSearch queries 5,000 generated items with typed, misspelt and
// partial words.
func BenchmarkSearch(b *testing.B) {
	ix := New(generated(5000))
	queries := []string{"caverto", "rimoli", "sapo tane", "gioziolu", "verca", "tiluma"}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ix.Search(queries[i%len(queries)], kiosk.Italian, 50)
		i++
	}
}

// The letter-set filter only skips work: it never changes a score.
func TestLetterSetFilterChangesNothing(t *testing.T) {
	words := Words("accesso acceso accseso certificato certificati certificazione trasporto trasporti atti atto scuola strade " +
		"anagrafe anagarfe segnalazione segnalazoine bando bandi concorso concroso ambiente ambeinte edilizia edlizia 2026 2025 0001 00012")
	for _, a := range words {
		for _, b := range words {
			if with, without := match(a, b, letterSet(a), letterSet(b)), match(a, b, 0, 0); with != without {
				t.Errorf("match(%q, %q): %v with the filter, %v without", a, b, with, without)
			}
		}
	}
}

// Search shows what the screens show: an expired notice is not found.
func TestExpiredNoticesAreNotFound(t *testing.T) {
	c := kiosk.Content{Notices: []kiosk.Notice{
		{ID: "old", Kind: "avviso", Title: kiosk.T("Chiusura estiva", ""), From: kiosk.Date{Year: 2026, Month: 8, Day: 1}, To: kiosk.Date{Year: 2026, Month: 8, Day: 31}},
		{ID: "now", Kind: "avviso", Title: kiosk.T("Chiusura invernale", ""), From: kiosk.Date{Year: 2026, Month: 12, Day: 1}, To: kiosk.Date{Year: 2026, Month: 12, Day: 31}},
	}}
	ix := FromContent(c, kiosk.Date{Year: 2026, Month: 12, Day: 1})
	var found []string
	for _, r := range ix.Search("chiusura", kiosk.Italian, 10) {
		found = append(found, r.ID)
	}
	if strings.Join(found, " ") != "now" {
		t.Errorf("found %v, want only the current notice", found)
	}
}

// A typo in each word, in proportion to its length, still finds the item.
func TestATypoInEachWord(t *testing.T) {
	ix := demoIndex(t)
	for _, c := range []struct{ query, want string }{
		{"acesso agli ati", "Accesso agli atti"},
		{"acceso atti", "Accesso agli atti"},
		{"pasao carabile", "Passo carrabile"},
	} {
		found := ""
		for _, r := range ix.Search(c.query, kiosk.Italian, 3) {
			if strings.HasPrefix(r.Title.It, c.want) {
				found = r.Title.It
			}
		}
		if found == "" {
			t.Errorf("%q does not find %q in the first three", c.query, c.want)
		}
	}
	for n, want := range map[int]int{1: 0, 2: 0, 3: 1, 8: 1, 9: 2, 14: 2} {
		if typos(n) != want {
			t.Errorf("typos(%d) = %d, want %d", n, typos(n), want)
		}
	}
}

// Documents and notices are found by the words their screens name their
// kind with: "Regolamenti" and "Bando di gara", not only their ids.
func TestKindsAreFoundByTheirLabels(t *testing.T) {
	ix := demoIndex(t)
	for _, c := range []struct {
		query string
		lang  kiosk.Lang
		want  string
	}{
		{"call", kiosk.English, "gara-manutenzione-strade"},   // "Call for tenders": only in the label
		{"bando", kiosk.Italian, "gara-manutenzione-strade"},  // "Bando di gara"
		{"regolamenti", kiosk.Italian, "regolamento-accesso"}, // the plural the screen lists them under
	} {
		found := false
		for _, it := range ix.Search(c.query, c.lang, 20) {
			found = found || it.ID == c.want
		}
		if !found {
			t.Errorf("%q (%s) does not find %s", c.query, c.lang, c.want)
		}
	}
}
