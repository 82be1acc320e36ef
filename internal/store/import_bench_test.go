package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sportello/internal/content"
	"sportello/internal/kiosk"
)

// bigContent writes a content file with 20 offices, 10 categories, 100 forms
// and 500 services.
func bigContent() []byte {
	var b strings.Builder
	b.WriteString("organization:\n  name: {it: Provincia, en: Province}\n  office: {it: URP, en: Office}\n  privacy: {short: {it: breve}, full: {it: completa}}\n")
	b.WriteString("offices:\n")
	for i := range 20 {
		fmt.Fprintf(&b, "  - id: office-%d\n    name: {it: Ufficio %d, en: Office %d}\n    address: Via Esempio %d\n    phones: [0883 000%03d]\n    email: u%d@example.org\n    hours:\n      mon: [09:00-13:00]\n      tue: [09:00-13:00, 15:00-17:00]\n", i, i, i, i, i, i)
	}
	b.WriteString("categories:\n")
	for i := range 10 {
		fmt.Fprintf(&b, "  - id: cat-%d\n    name: {it: Categoria %d, en: Category %d}\n", i, i, i)
	}
	b.WriteString("forms:\n")
	for i := range 100 {
		fmt.Fprintf(&b, "  - id: form-%d\n    title: {it: Modulo %d, en: Form %d}\n    language: it\n    url: https://example.org/form-%d.pdf\n", i, i, i, i)
	}
	b.WriteString("services:\n")
	for i := range 500 {
		fmt.Fprintf(&b, "  - id: service-%d\n    title: {it: Servizio numero %d, en: Service number %d}\n    summary: {it: Che cosa fa il servizio %d per i cittadini, en: What service %d does}\n"+
			"    body: {it: Testo più lungo che spiega come funziona il servizio e che cosa serve per chiederlo., en: A longer text.}\n"+
			"    office: office-%d\n    category: cat-%d\n    documents:\n      - {it: Documento di identità, en: Identity document}\n      - {it: Marca da bollo, en: Revenue stamp}\n"+
			"    fees: {it: Gratuito, en: Free}\n    response_days: 30\n    forms: [form-%d, form-%d]\n", i, i, i, i, i, i%20, i%10, i%100, (i+1)%100)
	}
	return []byte(b.String())
}

// BenchmarkContentImport checks and imports a content file with 500 services.
func BenchmarkContentImport(b *testing.B) {
	data := bigContent()
	db, err := Open(filepath.Join(b.TempDir(), "import.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ResetTimer()
	for b.Loop() {
		c, problems := content.Parse(data, func(string) bool { return true })
		if len(problems) > 0 {
			b.Fatalf("line %d: %s", problems[0].Line, problems[0].Message.En)
		}
		if err := db.ReplaceContent(c, nil, kiosk.AuditEntry{Action: "content.import"}); err != nil {
			b.Fatal(err)
		}
	}
}
