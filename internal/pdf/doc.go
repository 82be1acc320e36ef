package pdf

import (
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/encoding/charmap"

	"sportello/assets"
)

// Doc is a document for the paths where the time to start one counts (the
// ticket on confirm, the request's registered copy). Its fonts are the
// cp1252 ones: gofpdf loads them in microseconds, where the UTF-8 fonts of
// New cost milliseconds to parse, hash and subset in every document. A text
// with a character cp1252 lacks is written in the UTF-8 fonts instead,
// loaded the first time one is needed, so that nothing prints wrong. The
// cost is in size: each font goes in with all of cp1252, 11 KB a style,
// where New embeds only the glyphs a document uses (a ticket is 32 KB, not 13).
//
// Write text only through the methods Doc defines (MultiCell, CellFormat,
// GetStringWidth, SplitText): the embedded Fpdf's others (Cell, Write, Text)
// would write the UTF-8 bytes as cp1252 ones.
type Doc struct {
	*gofpdf.Fpdf
	style string  // the current font's, as SetFont last chose
	size  float64 // in points
}

// utf8Family is the family of the UTF-8 fonts a Doc falls back to.
const utf8Family = Family + "-UTF8"

var cp1252Fonts = map[string][2][]byte{
	"":  {assets.FontRegularCP1252, assets.FontRegularCP1252Z},
	"B": {assets.FontBoldCP1252, assets.FontBoldCP1252Z},
}

var utf8Fonts = map[string][]byte{"": assets.FontRegular, "B": assets.FontBold}

// NewDoc returns a Doc of the given page size in millimetres.
func NewDoc(width, height float64) *Doc {
	d := &Doc{Fpdf: start(width, height)}
	// Uncompressed: deflating a page costs more (a compressor set up anew,
	// a megabyte, for each stream) than its few kilobytes beside the fonts.
	d.SetCompression(false)
	d.SetFont(Family, "", 11)
	return d
}

// SetFont chooses Family's style ("" or "B") and size in points; a size of
// 0 keeps the current one.
func (d *Doc) SetFont(family, style string, size float64) {
	if size == 0 {
		size = d.size
	}
	d.style, d.size = style, size
	if f, ok := cp1252Fonts[style]; ok && family == Family {
		d.Fpdf.AddFontFromBytes(Family, style, f[0], f[1]) // once: it returns at once for a font it has
	}
	d.Fpdf.SetFont(family, style, size)
}

// MultiCell is Fpdf.MultiCell for a UTF-8 text.
func (d *Doc) MultiCell(w, h float64, text, border, align string, fill bool) {
	d.in(text, func(s string) { d.Fpdf.MultiCell(w, h, s, border, align, fill) })
}

// CellFormat is Fpdf.CellFormat for a UTF-8 text.
func (d *Doc) CellFormat(w, h float64, text, border string, ln int, align string, fill bool, link int, linkURL string) {
	d.in(text, func(s string) { d.Fpdf.CellFormat(w, h, s, border, ln, align, fill, link, linkURL) })
}

// GetStringWidth is Fpdf.GetStringWidth for a UTF-8 text.
func (d *Doc) GetStringWidth(text string) (width float64) {
	d.in(text, func(s string) { width = d.Fpdf.GetStringWidth(s) })
	return width
}

// SplitText is Fpdf.SplitText: the UTF-8 text's lines within width w as
// MultiCell breaks them.
func (d *Doc) SplitText(text string, w float64) (lines []string) {
	if s, ok := encode(text); ok {
		for _, l := range d.Fpdf.SplitLines([]byte(s), w) {
			lines = append(lines, decode(l))
		}
		return lines
	}
	d.in(text, func(s string) { lines = d.Fpdf.SplitText(s, w) })
	return lines
}

// in calls write with text in the encoding of the current font, switched
// to its UTF-8 twin for this text if cp1252 lacks one of its characters.
func (d *Doc) in(text string, write func(string)) {
	if s, ok := encode(text); ok {
		write(s)
		return
	}
	d.Fpdf.AddUTF8FontFromBytes(utf8Family, d.style, utf8Fonts[d.style])
	d.Fpdf.SetFont(utf8Family, d.style, d.size)
	write(text)
	d.SetFont(Family, d.style, d.size)
}

// encode returns text in cp1252, or false if cp1252 lacks a character of it.
func encode(text string) (string, bool) {
	if ascii(text) {
		return text, true
	}
	b := make([]byte, 0, len(text))
	for _, r := range text {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok || r >= 0x80 && r < 0xA0 { // the C1 controls: no glyph in cp1252
			return "", false
		}
		b = append(b, c)
	}
	return string(b), true
}

// decode returns the cp1252 bytes b as UTF-8.
func decode(b []byte) string {
	out := make([]rune, len(b))
	for i, c := range b {
		out[i] = charmap.Windows1252.DecodeByte(c)
	}
	return string(out)
}

func ascii(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
