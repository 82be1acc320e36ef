package kiosk

import (
	"net/mail"
	"strings"
)

// CheckEmail accepts a plain e-mail address such as nome@esempio.it.
func CheckEmail(s string) error {
	a, err := mail.ParseAddress(s)
	at := strings.LastIndexByte(s, '@')
	if err != nil || a.Address != s || at < 1 || !strings.Contains(s[at+1:], ".") || strings.HasSuffix(s, ".") {
		return Errorf(Invalid, "«%s» non è un indirizzo e-mail valido (esempio: nome@esempio.it)",
			"«%s» is not a valid e-mail address (example: name@example.com)", s)
	}
	return nil
}

// CheckPhone accepts a phone number of 6 to 15 digits, with an optional
// leading + and spaces, dots, dashes, slashes or brackets between digits.
func CheckPhone(s string) error {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case (r == '+' || r == '(') && i == 0:
		case strings.ContainsRune(" .-/()", r) && i > 0:
		default:
			digits = -1
		}
		if digits < 0 {
			break
		}
	}
	if digits < 6 || digits > 15 {
		return Errorf(Invalid, "«%s» non è un numero di telefono valido (esempio: 0883 123456)",
			"«%s» is not a valid phone number (example: +39 0883 123456)", s)
	}
	return nil
}
