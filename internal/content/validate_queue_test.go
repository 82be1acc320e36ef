package content

import (
	"fmt"
	"strings"
	"testing"
)

func TestTheQueueIsCheckedByLine(t *testing.T) {
	base := `organization:
  name: {it: Provincia}
  office: {it: URP}
  privacy: {short: {it: Breve}, full: {it: Completa}}
queue:
  lines:
    - letter: A
      name: {it: Informazioni}
    - letter: %s
      name: {it: Protocollo}
  desks:
    - id: sportello-1
      name: {it: Sportello 1}
      lines: [%s]
`
	cases := []struct{ letter, lines, want string }{
		{"P", "A, P", ""},
		{"a", "A", "line 9: a line's letter is one capital"},
		{"A", "A", "line 9: the letter «A» is already used"},
		{"P", "A, Z", "line 14: «Z» is not in queue.lines"},
	}
	for _, c := range cases {
		_, problems := Parse([]byte(strings.NewReplacer("%s", c.letter).Replace(strings.Replace(base, "lines: [%s]", "lines: ["+c.lines+"]", 1))), nil)
		var got []string
		for _, p := range problems {
			if strings.HasPrefix(p.Path, "queue") { // the rest of this short file is not the point
				got = append(got, fmt.Sprintf("line %d: %s", p.Line, p.Message.En))
			}
		}
		all := strings.Join(got, "\n")
		if c.want == "" && len(got) > 0 || c.want != "" && !strings.Contains(all, c.want) {
			t.Errorf("letter %q lines %q:\n%s\nwant %q", c.letter, c.lines, all, c.want)
		}
	}
}
