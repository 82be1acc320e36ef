package editor

import (
	"regexp"
	"strconv"
	"strings"

	"sportello/internal/kiosk"
)

// parser reads form strings into content values, collecting a problem per
// field it cannot read.
type parser struct{ problems []Problem }

func (p *parser) fail(key string, err error) {
	p.problems = append(p.problems, Problem{Field: key, Message: kiosk.Wrap(err).(*kiosk.Error).Message})
}

func (p *parser) str(v Values, key string) string { return strings.TrimSpace(v[key]) }

func (p *parser) text(v Values, key string) kiosk.Text {
	return kiosk.Text{It: p.str(v, key+".it"), En: p.str(v, key+".en")}
}

// list reads one value a line, or several on a line split by commas.
func (p *parser) list(v Values, key string) []string {
	var out []string
	for _, line := range strings.FieldsFunc(v[key], func(r rune) bool { return r == '\n' || r == ',' }) {
		if s := strings.TrimSpace(line); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// lines reads one value a line; commas belong to the value.
func (p *parser) lines(v Values, key string) []string {
	var out []string
	for _, line := range strings.Split(v[key], "\n") {
		if s := strings.TrimSpace(line); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// texts pairs the Italian and English lines of a list of texts.
func (p *parser) texts(v Values, key string) []kiosk.Text {
	it, en := p.lines(v, key+".it"), p.lines(v, key+".en")
	var out []kiosk.Text
	for i, s := range it {
		t := kiosk.Text{It: s}
		if i < len(en) {
			t.En = en[i]
		}
		out = append(out, t)
	}
	if len(en) > len(it) {
		p.fail(key+".en", kiosk.NewError(kiosk.Invalid, "ci sono più righe in inglese che in italiano", "there are more English lines than Italian ones"))
	}
	return out
}

// slots reads opening hours written 09:00-13:00 15:00-17:00.
func (p *parser) slots(v Values, key string) []kiosk.Slot {
	var out []kiosk.Slot
	for _, s := range strings.FieldsFunc(v[key], func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '\n' }) {
		slot, err := kiosk.ParseSlot(strings.ReplaceAll(s, ".", ":"))
		if err != nil {
			p.fail(key, err)
			return nil
		}
		out = append(out, slot)
	}
	return out
}

var italianDate = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)

// date reads a day written 2026-12-24 or 24/12/2026; empty is the zero date.
func (p *parser) date(v Values, key string) kiosk.Date {
	s := p.str(v, key)
	if s == "" {
		return kiosk.Date{}
	}
	if m := italianDate.FindStringSubmatch(s); m != nil {
		s = m[3] + "-" + pad(m[2]) + "-" + pad(m[1])
	}
	d, err := kiosk.ParseDate(s)
	if err != nil {
		p.fail(key, err)
	}
	return d
}

func pad(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// number reads a whole number; empty is 0.
func (p *parser) number(v Values, key string) int {
	s := p.str(v, key)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		p.fail(key, kiosk.Errorf(kiosk.Invalid, "«%s» non è un numero intero", "«%s» is not a whole number", s))
	}
	return n
}

func dateString(d kiosk.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func textValues(v Values, key string, t kiosk.Text) {
	v[key+".it"], v[key+".en"] = t.It, t.En
}

func textsValues(v Values, key string, ts []kiosk.Text) {
	var it, en []string
	for _, t := range ts {
		it, en = append(it, t.It), append(en, t.En)
	}
	v[key+".it"], v[key+".en"] = strings.Join(it, "\n"), strings.TrimRight(strings.Join(en, "\n"), "\n")
}
