package queue

import "testing"

func TestParseToken(t *testing.T) {
	for _, c := range []struct {
		scanned, want string
		ok            bool
	}{
		{"MFRGGZDFMZTWQ2LK", "MFRGGZDFMZTWQ2LK", true},
		{" mfrggzdfmztwq2lk\n", "MFRGGZDFMZTWQ2LK", true},
		{"https://urp.example.it/coda/MFRGGZDFMZTWQ2LK", "MFRGGZDFMZTWQ2LK", true},
		{"https://urp.example.it/stato?code=MFRGGZDFMZTWQ2LK", "", false}, // a request's status page
		{"https://urp.example.it/altro/MFRGGZDFMZTWQ2LK", "", false},
		{"EQ79-CFP4-PFWS-Z", "", false}, // a request's code
		{"EQ79CFP4PFWSZ", "", false},
		{"MFRGGZDFMZTWQ2L1", "", false}, // 1 is not base32
		{"MFRGGZDFMZTWQ2LKA", "", false},
		{"", "", false},
	} {
		if got, ok := ParseToken(c.scanned); got != c.want || ok != c.ok {
			t.Errorf("%q: %q %v, want %q %v", c.scanned, got, ok, c.want, c.ok)
		}
	}
}
