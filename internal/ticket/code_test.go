package ticket

import (
	"bytes"
	"strings"
	"testing"
)

func TestNewCodeRoundTrips(t *testing.T) {
	seen := map[string]bool{}
	for range 2000 {
		c, err := NewCode(nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(c) != 13 || seen[c] {
			t.Fatalf("code %q: wrong length or repeated", c)
		}
		seen[c] = true
		got, err := Parse(Format(c))
		if err != nil || got != c {
			t.Fatalf("Parse(Format(%s)) = %s, %v", c, got, err)
		}
	}
}

func TestNewCodeUsesAll60Bits(t *testing.T) {
	ones := bytes.Repeat([]byte{0xFF}, 8)
	c, _ := NewCode(bytes.NewReader(ones))
	if c[:12] != "ZZZZZZZZZZZZ" {
		t.Errorf("all ones = %s", c)
	}
	zeros, _ := NewCode(bytes.NewReader(make([]byte, 8)))
	if zeros != "0000000000000" {
		t.Errorf("all zeros = %s", zeros)
	}
}

func TestParseForgives(t *testing.T) {
	c, _ := NewCode(strings.NewReader("sportello"))
	f := Format(c)
	variants := []string{
		f, strings.ToLower(f), strings.ReplaceAll(f, "-", ""), strings.ReplaceAll(f, "-", " "),
		" " + f + " ", strings.NewReplacer("0", "O", "1", "I").Replace(f), strings.NewReplacer("1", "l").Replace(f),
	}
	for _, v := range variants {
		if got, err := Parse(v); err != nil || got != c {
			t.Errorf("Parse(%q) = %q, %v; want %q", v, got, err, c)
		}
	}
}

func TestParseRejects(t *testing.T) {
	c, _ := NewCode(strings.NewReader("sportello"))
	wrongCheck := c[:12] + string(alphabet[(strings.IndexByte(alphabet, c[12])+1)%32])
	swapped := c[1:2] + c[0:1] + c[2:]
	for _, s := range []string{"", "ABC", c[:12], c + "0", wrongCheck, "UUUU-UUUU-UUUU-0", swapped, "2026/0000123"} {
		if _, err := Parse(s); err != ErrInvalidCode {
			t.Errorf("Parse(%q) = %v, want ErrInvalidCode", s, err)
		}
	}
}

func TestParseScanAndLink(t *testing.T) {
	c, _ := NewCode(strings.NewReader("sportello"))
	for _, s := range []string{
		Link("https://urp.example.org/stato", c),
		"https://urp.example.org/stato/" + Format(c),
		Link("", c),
	} {
		if got, err := ParseScan(s); err != nil || got != c {
			t.Errorf("ParseScan(%q) = %q, %v", s, got, err)
		}
	}
	if got := Link("https://urp.example.org/stato?lang=it", c); !strings.Contains(got, "lang=it") || !strings.Contains(got, "code="+Format(c)) {
		t.Errorf("Link kept no parameters: %s", got)
	}
}

// A million new codes: every check symbol is one of the 32 a citizen types.
func TestCheckSymbolsAreTheAlphabet(t *testing.T) {
	if testing.Short() {
		t.Skip("a million codes")
	}
	seen := map[byte]int{}
	for range 1_000_000 {
		c, err := NewCode(nil)
		if err != nil {
			t.Fatal(err)
		}
		seen[c[12]]++
	}
	for sym := range seen {
		if strings.IndexByte(alphabet, sym) < 0 {
			t.Errorf("check symbol %q is not in the alphabet", sym)
		}
	}
	if len(seen) != 32 {
		t.Errorf("%d check symbols used, want all 32: %v", len(seen), seen)
	}
}

// Codes printed before, with the old mod 37 check, are still read.
func TestCodesPrintedBeforeStayValid(t *testing.T) {
	for _, old := range []string{"K7QM2XHD9RTA", "000000000000", "ZZZZZZZZZZZZ", "06V6SGMX3A0M"} {
		code := old + string(legacySymbols[value(old)%37])
		if got, err := Parse(Format(code)); err != nil || got != code {
			t.Errorf("old code %s: %q %v", Format(code), got, err)
		}
	}
}

// Luhn mod 32 catches every single mistyped symbol of new codes.
func TestASingleMistypedSymbolIsCaught(t *testing.T) {
	c, _ := NewCode(strings.NewReader("sportello"))
	caught := 0
	for i := range codeSymbols + 1 {
		for _, r := range alphabet {
			if byte(r) == c[i] {
				continue
			}
			typo := c[:i] + string(r) + c[i+1:]
			if strings.IndexByte(alphabet, typo[12]) == luhn32(typo[:12]) {
				t.Errorf("%s passes the new check", typo)
			}
			caught++
		}
	}
	if caught != 13*31 {
		t.Errorf("%d typos tried", caught)
	}
}
