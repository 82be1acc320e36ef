// Package search finds offices, services, forms, documents and notices by
// what a citizen types: case- and accent-insensitive, tolerant of a small
// typo and of word forms, in the citizen's language.
package search

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"sportello/internal/content"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// Kind is what a result is.
type Kind string

// The kinds of result, in the order results are grouped.
const (
	Office   Kind = "office"
	Service  Kind = "service"
	Form     Kind = "form"
	Document Kind = "document"
	Notice   Kind = "notice"
)

// Kinds lists the kinds in the order results are grouped.
var Kinds = []Kind{Service, Office, Form, Document, Notice}

// Item is something that can be found.
type Item struct {
	Kind  Kind
	ID    string
	Title kiosk.Text
	Text  kiosk.Text // the rest of what it says, searched with less weight
	Line  kiosk.Text // one line that says what it is, shown under the title
}

// Result is an item found, with how well it matches.
type Result struct {
	Item
	Score float64
}

// Index answers queries over a fixed set of items.
type Index struct {
	items []Item
	langs map[kiosk.Lang]*vocabulary
}

// vocabulary maps every word of one language to where it occurs.
type vocabulary struct {
	words    []string
	letters  []uint64 // of each word, see letterSet
	postings [][]posting
}

type posting struct {
	item   int32
	weight float32
}

// New indexes items in every language.
func New(items []Item) *Index {
	ix := &Index{items: items, langs: map[kiosk.Lang]*vocabulary{}}
	for _, l := range kiosk.Langs {
		byWord := map[string]map[int32]float32{}
		add := func(text string, item int32, weight float32) {
			for _, w := range Words(text) {
				if byWord[w] == nil {
					byWord[w] = map[int32]float32{}
				}
				byWord[w][item] = max(byWord[w][item], weight)
			}
		}
		for i, it := range items {
			add(it.Title.In(l), int32(i), 3)
			add(it.Text.In(l), int32(i), 1)
		}
		v := &vocabulary{}
		for w := range byWord {
			v.words = append(v.words, w)
		}
		sort.Strings(v.words)
		for _, w := range v.words {
			v.letters = append(v.letters, letterSet(w))
			var ps []posting
			for item, weight := range byWord[w] {
				ps = append(ps, posting{item, weight})
			}
			v.postings = append(v.postings, ps)
		}
		ix.langs[l] = v
	}
	return ix
}

// FromContent indexes every office, service, form and document, and the
// notices shown on today (see content.Notices): what the screens show.
func FromContent(c kiosk.Content, today kiosk.Date) *Index {
	var items []Item
	for _, o := range c.Offices {
		items = append(items, Item{Office, o.ID, o.Name, join(o.Floor, o.Directions, kiosk.T(o.Address+" "+o.Officer, o.Address+" "+o.Officer)),
			kiosk.T(o.Address, o.Address)})
	}
	for _, s := range c.Services {
		items = append(items, Item{Service, s.ID, s.Title, join(append([]kiosk.Text{s.Summary, s.Body, s.Eligible, s.Fees}, s.Documents...)...),
			oneLine(s.Summary)})
	}
	for _, f := range c.Forms {
		items = append(items, Item{Form, f.ID, f.Title, kiosk.T("modulo modulistica", "form"), kiosk.T("Modulo da stampare", "Form to print")})
	}
	for _, d := range c.Documents {
		kind := content.DocumentKind(d.Kind) // found by the words the documents screen shows
		items = append(items, Item{Document, d.ID, d.Title, join(kind.One, kind.Many), published(kind.One, d.Date)})
	}
	current, upcoming := content.Notices(c.Notices, today)
	for _, n := range append(current, upcoming...) {
		items = append(items, Item{Notice, n.ID, n.Title, join(n.Body, content.NoticeKind(n.Kind)), oneLine(n.Body)})
	}
	return New(items)
}

// LineLength is the most a result's line says, in characters.
const LineLength = 90

// oneLine is the start of t, cut at a word within LineLength characters.
func oneLine(t kiosk.Text) kiosk.Text {
	cut := func(s string) string {
		r := []rune(strings.Join(strings.Fields(s), " "))
		if len(r) <= LineLength {
			return string(r)
		}
		s = string(r[:LineLength])
		if i := strings.LastIndexByte(s, ' '); i > LineLength/2 {
			s = s[:i]
		}
		return s + "…"
	}
	return kiosk.T(cut(t.It), cut(t.En))
}

func join(texts ...kiosk.Text) kiosk.Text {
	var it, en []string
	for _, t := range texts {
		it, en = append(it, t.It), append(en, t.In(kiosk.English))
	}
	return kiosk.T(strings.Join(it, " "), strings.Join(en, " "))
}

// Search returns the items that match every meaningful word of query in
// lang, best first, at most limit (all when limit is 0).
func (ix *Index) Search(query string, lang kiosk.Lang, limit int) []Result {
	v := ix.langs[lang]
	if v == nil {
		v = ix.langs[kiosk.Italian]
	}
	terms := withoutStopwords(Words(query))
	if len(terms) == 0 {
		return nil
	}
	// total[i] is item i's score so far; an item that misses a term is out (-1).
	total := make([]float64, len(ix.items))
	best := make([]float64, len(ix.items))
	for _, term := range terms {
		clear(best)
		letters := letterSet(term)
		for i, w := range v.words {
			m := match(term, w, letters, v.letters[i])
			if m == 0 {
				continue
			}
			for _, p := range v.postings[i] {
				best[p.item] = max(best[p.item], m*float64(p.weight))
			}
		}
		for i, b := range best {
			if b == 0 || total[i] < 0 {
				total[i] = -1
			} else {
				total[i] += b
			}
		}
	}
	var out []Result
	for i, s := range total {
		if s > 0 {
			out = append(out, Result{ix.items[i], s})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Kind != b.Kind {
			return slices.Index(Kinds, a.Kind) < slices.Index(Kinds, b.Kind)
		}
		return a.Title.In(lang) < b.Title.In(lang)
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// letterSet is the set of letters and digits in a word, a bit each (other
// symbols share the last bit).
func letterSet(w string) uint64 {
	var set uint64
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			set |= 1 << (c - 'a')
		case c >= '0' && c <= '9':
			set |= 1 << (26 + c - '0')
		default:
			set |= 1 << 63
		}
	}
	return set
}

// match scores how well a typed word matches an indexed word: 1 the same,
// less for a prefix, another form of the same word, or typos (see typos);
// 0 not at all. termSet and wordSet are their letterSets.
func match(term, word string, termSet, wordSet uint64) float64 {
	switch {
	case term == word:
		return 1
	case len(term) >= 3 && strings.HasPrefix(word, term):
		return 0.8
	}
	if cp := commonPrefix(term, word); cp >= 5 && len(term)-cp <= 3 {
		return 0.7 // certificato, certificati, certificazione
	}
	allowed := typos(len(term))
	if allowed == 0 || len(term) == 3 && term[0] != word[0] { // a short word's typo keeps its first letter
		return 0
	}
	// Each edit adds at most one letter the other word lacks, on each side:
	// words that differ in more letters cannot be within the allowed edits.
	if abs(len(term)-len(word)) <= allowed &&
		bits.OnesCount64(termSet&^wordSet) <= allowed && bits.OnesCount64(wordSet&^termSet) <= allowed &&
		distance(term, word, allowed) <= allowed {
		return 0.5
	}
	return 0
}

// typos is how many mistyped letters a word of n letters may have, in
// proportion to its length: none in one of two letters ("di", "la"), one up
// to eight ("ati" for atti, "acesso" for accesso), two from nine.
func typos(n int) int {
	switch {
	case n < 3:
		return 0
	case n < 9:
		return 1
	}
	return 2
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// maxWord is the longest word distance compares; longer words only match
// exactly, by prefix or by form.
const maxWord = 40

// distance is the optimal string alignment distance (edits and adjacent
// swaps), or limit+1 as soon as it must exceed limit.
func distance(a, b string, limit int) int {
	if len(a) >= maxWord || len(b) >= maxWord {
		return limit + 1
	}
	var rows [3][maxWord]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// Words splits text into lower-case words without accents.
func Words(text string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(text) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a ad al alla alle agli ai all con da dal dalla dei del della delle degli di e ed
		gli i il in la le lo nel nella per su sul sulla un una uno o che come
		an and at by for from in of on or the to with my i how what`) {
		stopwords[w] = true
	}
}

func withoutStopwords(words []string) []string {
	var out []string
	for _, w := range words {
		if !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}

// String describes a result for logs and tests.
func (r Result) String() string { return fmt.Sprintf("%s:%s(%.1f)", r.Kind, r.ID, r.Score) }

// published is a document's line in the results: its kind and the day it
// was published, as the documents screen writes it.
func published(kind kiosk.Text, d kiosk.Date) kiosk.Text {
	if d.IsZero() {
		return kind
	}
	day := i18n.ShortDate(d)
	return kiosk.T(kind.It+" · pubblicato il "+day, kind.In(kiosk.English)+" · published on "+day)
}
