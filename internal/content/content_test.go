package content

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"sportello/assets"
)

func TestDemoContentIsValidAndComplete(t *testing.T) {
	f := Load(assets.Demo, assets.DemoFile)
	for _, p := range f.Problems {
		t.Errorf("demo content line %d: %s", p.Line, p.Message.It)
	}
	c := f.Content
	if !c.Organization.Demo {
		t.Error("demo content must be marked as demo")
	}
	if len(c.Services) < 12 || len(c.Forms) < 8 || len(c.Documents) < 4 || len(c.Notices) < 3 {
		t.Errorf("demo has %d services, %d forms, %d documents, %d notices",
			len(c.Services), len(c.Forms), len(c.Documents), len(c.Notices))
	}
	if len(c.RequestKinds) != 6 {
		t.Errorf("request kinds = %d, want all 6 after defaults", len(c.RequestKinds))
	}
	for _, fm := range c.Forms {
		if !bytes.HasPrefix(f.Files[fm.File], []byte("%PDF-")) {
			t.Errorf("form %s: %s is not a PDF", fm.ID, fm.File)
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	f := Load(assets.Demo, assets.DemoFile)
	first, err := Encode(f.Content)
	if err != nil {
		t.Fatal(err)
	}
	again, problems := Parse(first, func(p string) bool { _, ok := f.Files[p]; return ok })
	if len(problems) > 0 {
		t.Fatalf("exported content does not parse: line %d: %s\n%s", problems[0].Line, problems[0].Message.It, first)
	}
	second, _ := Encode(again)
	if !bytes.Equal(first, second) {
		t.Errorf("export → import → export differs:\n%s\n---\n%s", first, second)
	}
}

const base = `organization:
  name: {it: Provincia}
  office: {it: URP}
  privacy: {short: {it: breve}, full: {it: completa}}
  register: {ipa: p_esempio, aoo: AOO_ESEMPIO, code: PG, mode: general}
offices:
  - id: urp
    name: {it: URP}
    address: Via Roma 1
    hours:
      mon: [09:00-13:00]
forms:
  - id: mod
    title: {it: Modulo}
    language: it
    url: https://example.org/mod.pdf
`

func TestProblems(t *testing.T) {
	cases := []struct {
		name string
		yaml string
		line int
		want string // in the English message
	}{
		{"malformed yaml", base + "services:\n  - id: [unclosed\n", 18, "malformed YAML"},
		{"tab indentation", base + "\tbad: 1\n", 17, "malformed YAML"},
		{"unknown field", strings.Replace(base, "address:", "adress:", 1), 9, "unknown field «adress»"},
		{"duplicate office id", strings.Replace(base, "forms:", "  - id: urp\n    name: {it: B}\n    address: x\nforms:", 1), 12, "already used"},
		{"unknown office", base + "categories:\n  - id: c\n    name: {it: C}\nservices:\n  - id: s\n    title: {it: S}\n    summary: {it: s}\n    office: nowhere\n    category: c\n", 24, "«nowhere» is not in offices"},
		{"unknown form", base + "categories:\n  - id: c\n    name: {it: C}\nservices:\n  - id: s\n    title: {it: S}\n    summary: {it: s}\n    office: urp\n    category: c\n    forms: [mod, nope]\n", 26, "«nope» is not in forms"},
		{"missing italian", strings.Replace(base, "title: {it: Modulo}", "title: {en: Form}", 1), 14, "Italian text of «title»"},
		{"slot ends before it starts", strings.Replace(base, "09:00-13:00", "13:00-09:00", 1), 11, "ends before it starts"},
		{"slots overlap", strings.Replace(base, "[09:00-13:00]", "[09:00-13:00, 12:00-14:00]", 1), 11, "overlap"},
		{"bad slot", strings.Replace(base, "09:00-13:00", "9-13", 1), 11, "not written like"},
		{"invalid date", base + "closures:\n  - date: 2026-02-30\n    reason: {it: x}\n", 18, "not a real day"},
		{"bad email", strings.Replace(base, "address: Via Roma 1", "address: Via Roma 1\n    email: urp-at-example", 1), 10, "not a valid e-mail"},
		{"bad phone", strings.Replace(base, "address: Via Roma 1", "address: Via Roma 1\n    phones: [call me]", 1), 10, "not a valid phone"},
		{"wrong shape", strings.Replace(base, "address: Via Roma 1", "address: [Via Roma 1]", 1), 9, "must be a plain value"},
		{"missing file", strings.Replace(base, "url: https://example.org/mod.pdf", "file: missing.pdf", 1), 16, "not beside the content file"},
		{"bad kind", base + "notices:\n  - id: n\n    kind: festa\n    title: {it: N}\n    from: 2026-01-01\n", 19, "not one of"},
		{"notice of an unknown office", base + "notices:\n  - id: n\n    kind: bando\n    title: {it: N}\n    from: 2026-01-01\n    office: nowhere\n", 22, "«nowhere» is not in offices"},
		{"empty", "", 1, "empty"},
		{"no register", strings.Replace(base, "  register: {ipa: p_esempio, aoo: AOO_ESEMPIO, code: PG, mode: general}\n", "", 1), 0, "«ipa» is missing"},
		{"bad register code", strings.Replace(base, "code: PG", "code: PG/2026", 1), 5, "register code «PG/2026»"},
		{"bad register mode", strings.Replace(base, "mode: general", "mode: speciale", 1), 5, "not one of"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{"c.yaml": {Data: []byte(c.yaml)}}
			f := Load(fsys, "c.yaml")
			if len(f.Problems) == 0 {
				t.Fatal("no problem reported")
			}
			p := f.Problems[0]
			if !strings.Contains(p.Message.En, c.want) || (c.line != 0 && p.Line != c.line) {
				t.Errorf("got line %d %q; want line %d containing %q", p.Line, p.Message.En, c.line, c.want)
			}
			if p.Message.It == "" {
				t.Error("no Italian message")
			}
		})
	}
	if f := Load(fstest.MapFS{"c.yaml": {Data: []byte(base)}}, "c.yaml"); len(f.Problems) > 0 {
		t.Fatalf("base content: line %d: %s", f.Problems[0].Line, f.Problems[0].Message.En)
	}
}
