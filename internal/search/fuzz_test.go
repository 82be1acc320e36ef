package search

import (
	"testing"

	"sportello/internal/kiosk"
)

// Whatever is typed in the search, it answers at most limit results from
// the index, never a panic.
func FuzzSearch(f *testing.F) {
	ix := demoIndex(f)
	for _, s := range []string{"acesso agli ati", "orari URP", "", "   ", "ÀÈÌ€", "a b c d e f g h i j k l", "passo carrabile 2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, lang := range kiosk.Langs {
			if got := ix.Search(q, lang, 5); len(got) > 5 {
				t.Fatalf("%q: %d results past the limit", q, len(got))
			}
		}
		Words(q)
	})
}
