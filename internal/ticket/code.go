// Package ticket makes what a citizen takes home: the unguessable tracking
// code, its QR and the 80 mm printed ticket.
package ticket

import (
	"crypto/rand"
	"encoding/binary"
	"io"
	"net/url"
	"path"
	"strings"

	"sportello/internal/kiosk"
)

// Crockford's base32 alphabet; legacySymbols are the 37 check symbols codes
// printed before had (Crockford's, whose last five, * ~ $ = U, are on no
// keyboard page a citizen finds at once).
const (
	alphabet      = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	legacySymbols = alphabet + "*~$=U"
	codeSymbols   = 12 // 60 bits
)

// NewCode returns a tracking code of 60 random bits from r (crypto/rand when
// nil), in canonical form: 12 Crockford base32 symbols and a check symbol
// from the same 32 (Luhn mod 32), so that a citizen can type every symbol.
func NewCode(r io.Reader) (string, error) {
	if r == nil {
		r = rand.Reader
	}
	var b [8]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return "", err
	}
	v := binary.BigEndian.Uint64(b[:]) >> 4
	out := make([]byte, codeSymbols+1)
	for i := codeSymbols - 1; i >= 0; i-- {
		out[i] = alphabet[v&31]
		v >>= 5
	}
	out[codeSymbols] = alphabet[luhn32(string(out[:codeSymbols]))]
	return string(out), nil
}

// luhn32 is the Luhn mod 32 check of symbols: it catches every single
// mistyped symbol and every swap of two neighbours but one pair.
func luhn32(symbols string) int {
	const n = 32
	factor, sum := 2, 0
	for i := len(symbols) - 1; i >= 0; i-- {
		addend := factor * strings.IndexByte(alphabet, symbols[i])
		factor = 3 - factor
		sum += addend/n + addend%n
	}
	return (n - sum%n) % n
}

// checks reports whether code's last symbol checks its first 12: by Luhn
// mod 32, or by the mod 37 check of the codes printed before it.
func checks(code string) bool {
	last := code[codeSymbols]
	if strings.IndexByte(alphabet, last) == luhn32(code[:codeSymbols]) {
		return true
	}
	return strings.IndexByte(legacySymbols, last) == int(value(code[:codeSymbols])%37)
}

func value(symbols string) uint64 {
	var v uint64
	for i := 0; i < len(symbols); i++ {
		v = v<<5 | uint64(strings.IndexByte(alphabet, symbols[i]))
	}
	return v
}

// Format groups a canonical code for reading: K7QM-2XHD-9RTA-5.
func Format(code string) string {
	if len(code) != codeSymbols+1 {
		return code
	}
	return code[0:4] + "-" + code[4:8] + "-" + code[8:12] + "-" + code[12:]
}

// ErrInvalidCode is the answer to a code that is mistyped: wrong length,
// a symbol outside the alphabet, or a check symbol that does not match.
var ErrInvalidCode = kiosk.NewError(kiosk.Invalid,
	"Codice non valido. Controlli di averlo scritto come sulla ricevuta.",
	"Invalid code. Please check it is written as on your ticket.")

// Parse reads a code as a person types it: lower case, spaces, with or
// without dashes, O for 0 and I or L for 1. It returns the canonical form.
func Parse(s string) (string, error) {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch r {
		case ' ', '-', '\t':
			continue
		case 'O':
			r = '0'
		case 'I', 'L':
			r = '1'
		}
		b.WriteRune(r)
	}
	code := b.String()
	if len(code) != codeSymbols+1 {
		return "", ErrInvalidCode
	}
	for i := 0; i < codeSymbols; i++ {
		if strings.IndexByte(alphabet, code[i]) < 0 {
			return "", ErrInvalidCode
		}
	}
	if !checks(code) {
		return "", ErrInvalidCode
	}
	return code, nil
}

// ParseScan reads what a scanner or a person typed: the code, or the status
// URL a ticket's QR holds (the code in its "code" parameter or last path part).
func ParseScan(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil {
			return "", ErrInvalidCode
		}
		if c := u.Query().Get("code"); c != "" {
			return Parse(c)
		}
		return Parse(path.Base(u.Path))
	}
	return Parse(s)
}

// Link is what a ticket's QR holds: the status page with the code when a base
// URL is configured, otherwise the code alone.
func Link(statusURL, code string) string {
	if statusURL == "" {
		return Format(code)
	}
	u, err := url.Parse(statusURL)
	if err != nil {
		return Format(code)
	}
	q := u.Query()
	q.Set("code", Format(code))
	u.RawQuery = q.Encode()
	return u.String()
}
