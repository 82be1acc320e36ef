package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A standard written wrongly is named by its line, as every content error.
func TestStandardProblems(t *testing.T) {
	service := base + `categories:
  - id: c
    name: {it: C}
services:
  - id: s
    title: {it: S}
    summary: {it: s}
    office: urp
    category: c
    standard:
      indicator: {it: Tempo di risposta}
      target: 30 giorni
      threshold: 95
`
	f := Load(fstest.MapFS{"c.yaml": {Data: []byte(service)}}, "c.yaml")
	if len(f.Problems) > 0 {
		t.Fatalf("line %d: %s", f.Problems[0].Line, f.Problems[0].Message.En)
	}
	if st := f.Content.Services[0].Standard; st == nil || st.Target.Days != 30 || st.Target.Working || st.Threshold != 95 {
		t.Fatalf("standard read as %+v", st)
	}
	for _, c := range []struct {
		name, from, to string
		line           int
		want           string
	}{
		{"not a term", "target: 30 giorni", "target: trenta giorni", 28, "«trenta giorni» is not a term"},
		{"no days", "target: 30 giorni", "target: 0 giorni", 28, "between 1 and 365 days"},
		{"too many days", "target: 30 giorni", "target: 400 giorni lavorativi", 28, "between 1 and 365 days"},
		{"no target", "      target: 30 giorni\n", "", 26, "«target» is missing"},
		{"a percent sign", "threshold: 95", "threshold: 95%", 29, "«95%» must be a whole number"},
		{"a threshold over 100", "threshold: 95", "threshold: 120", 29, "between 1 and 100"},
		{"no threshold", "      threshold: 95\n", "", 26, "between 1 and 100"},
		{"no indicator", "      indicator: {it: Tempo di risposta}\n", "", 26, "Italian text of «indicator»"},
		{"unknown field", "threshold: 95", "soglia: 95", 29, "unknown field «soglia»"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Load(fstest.MapFS{"c.yaml": {Data: []byte(strings.Replace(service, c.from, c.to, 1))}}, "c.yaml")
			if len(f.Problems) == 0 {
				t.Fatal("no problem reported")
			}
			if p := f.Problems[0]; !strings.Contains(p.Message.En, c.want) || p.Line != c.line || p.Message.It == "" {
				t.Errorf("got line %d %q; want line %d containing %q", p.Line, p.Message.En, c.line, c.want)
			}
		})
	}
}
