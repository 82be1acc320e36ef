package ticket

import (
	"strings"
	"testing"
)

// Whatever is typed or scanned, the parser answers without panicking; what
// it accepts is a canonical code that formats and parses back to itself.
func FuzzParseScan(f *testing.F) {
	for _, s := range []string{"K7QM-2XHD-9RTA-5", "k7qm 2xhd 9rta 5", "https://esempio.it/stato?code=K7QM2XHD9RTA5", "", "----", "ÀÈ€", "O0I1L"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, err := ParseScan(s)
		if err != nil {
			return
		}
		if len(code) != 13 || strings.ContainsAny(code, "-ilo ") {
			t.Fatalf("%q parsed to %q, not canonical", s, code)
		}
		if again, err := Parse(Format(code)); err != nil || again != code {
			t.Fatalf("%q: %q formats to %q, which parses to %q (%v)", s, code, Format(code), again, err)
		}
	})
}
