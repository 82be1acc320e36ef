package display

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

// Utterance is one sentence of a call, in one language.
type Utterance struct {
	Lang kiosk.Lang
	Text string
}

// Announcement is what the display says for a ticket called at desk: in
// Italian always ("Numero A 17, sportello 2"), then in English too when the
// ticket was taken in English ("Number A-17, desk 2"). The number is said
// without its leading zeros and apart from its letter, so that the voice
// reads "A diciassette", not "a zero diciassette"; in English the hyphen
// makes espeak-ng say the letter A, not the article.
func Announcement(t queue.Ticket, desk kiosk.Desk) []Utterance {
	n := strconv.Itoa(t.Number)
	out := []Utterance{{kiosk.Italian, "Numero " + t.Line + " " + n + ", " + deskWords(desk, kiosk.Italian) + "."}}
	if kiosk.ParseLang(t.Lang) == kiosk.English && t.Lang != "" {
		out = append(out, Utterance{kiosk.English, "Number " + t.Line + "-" + n + ", " + deskWords(desk, kiosk.English) + "."})
	}
	return out
}

// deskWords is the desk's name as said inside a sentence: "sportello 2";
// a desk the content does not name is said by its id, "sportello-1" as
// "sportello 1".
func deskWords(d kiosk.Desk, lang kiosk.Lang) string {
	name := d.Name.In(lang)
	if name == "" {
		name = strings.NewReplacer("-", " ", "_", " ").Replace(d.ID)
	}
	r, size := utf8.DecodeRuneInString(name)
	if size == 0 || !isCommonWord(name) {
		return name
	}
	return string(unicode.ToLower(r)) + name[size:]
}

// isCommonWord reports whether the name starts with a common word that
// takes a small letter mid-sentence ("Sportello 2"), not an acronym
// ("URP 1") or a name in capitals.
func isCommonWord(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	rest := []rune(first)
	if len(rest) < 2 {
		return true
	}
	for _, r := range rest[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// DeskName is a desk's name on the screen: the content's, or its id.
func DeskName(d kiosk.Desk, lang kiosk.Lang) string {
	if n := d.Name.In(lang); n != "" {
		return n
	}
	return d.ID
}
