package kiosk

// Lang is a language the kiosk speaks: Italian first, English second.
type Lang string

// The languages of the kiosk, in the order they are offered.
const (
	Italian Lang = "it"
	English Lang = "en"
)

// Langs lists the languages in the order the kiosk offers them.
var Langs = []Lang{Italian, English}

// ParseLang reads a language code such as "it", "en" or "it_IT.UTF-8";
// anything it does not know is Italian, the kiosk's first language.
func ParseLang(s string) Lang {
	if len(s) >= 2 && (s[:2] == "en" || s[:2] == "EN") {
		return English
	}
	return Italian
}

// Text is citizen-facing text in Italian (required) and English (optional).
type Text struct {
	It string `yaml:"it"`
	En string `yaml:"en,omitempty"`
}

// T builds a Text from its Italian and English wording.
func T(it, en string) Text { return Text{It: it, En: en} }

// In returns the text in lang, falling back to Italian when there is no translation.
func (t Text) In(lang Lang) string {
	if lang == English && t.En != "" {
		return t.En
	}
	return t.It
}

// IsZero reports whether the text is empty in every language.
func (t Text) IsZero() bool { return t.It == "" && t.En == "" }
