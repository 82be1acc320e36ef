package queue

import (
	"encoding/base32"
	"net/url"
	"path"
	"strings"
)

// tokenLength is the characters of a token: 10 random bytes in base32.
const tokenLength = 16

// ParseToken returns the token a queue ticket's QR carries, as scanned or
// typed: the token alone, or the link to its page (…/coda/TOKEN); ok is
// false for anything else, a request's code among them.
func ParseToken(scanned string) (token string, ok bool) {
	s := strings.TrimSpace(scanned)
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil || path.Base(path.Dir(u.Path)) != "coda" {
			return "", false
		}
		s = path.Base(u.Path)
	}
	s = strings.ToUpper(s)
	if len(s) != tokenLength {
		return "", false
	}
	if _, err := base32.StdEncoding.DecodeString(s); err != nil {
		return "", false
	}
	return s, true
}
