package kiosk

import (
	"testing"
	"time"
)

func TestParseProtocol(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Protocol
		ok   bool
	}{
		{"2026/0000123", Protocol{Year: 2026, Number: 123}, true},
		{" 2026/123 ", Protocol{Year: 2026, Number: 123}, true},
		{"URP-2026/0000007", Protocol{Prefix: "URP", Year: 2026, Number: 7}, true},
		{"REG-URP-2026/0000007", Protocol{Prefix: "REG-URP", Year: 2026, Number: 7}, true},
		{"2026/0000000", Protocol{}, false},
		{"26/1", Protocol{}, false},
		{"duemila", Protocol{}, false},
	} {
		got, err := ParseProtocol(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("%q: %+v %v", c.in, got, err)
		}
		if err != nil && (ErrorCode(err) != Invalid || ErrorMessage(err, Italian) == "") {
			t.Errorf("%q: the error %v says nothing to the clerk", c.in, err)
		}
	}
}

func TestSegnaturaAndPrefix(t *testing.T) {
	rome, _ := time.LoadLocation("Europe/Rome")
	g := Registration{Register: Register{IPA: "p_demo", AOO: "AOO_URP", Code: "PG", Mode: RegisterGeneral},
		Protocol: Protocol{Year: 2026, Number: 123}, At: time.Date(2026, 11, 30, 23, 30, 0, 0, time.UTC)}
	if s := g.Segnatura(rome); s != "p_demo · AOO_URP · PG · 2026/0000123 del 01/12/2026" {
		t.Error(s)
	}
	if (Register{Code: "URP", Mode: RegisterParticular}).Prefix() != "URP" || (Register{Code: "PG", Mode: RegisterGeneral}).Prefix() != "" {
		t.Error("the prefix of a registrazione particolare")
	}
	for code, ok := range map[string]bool{"PG": true, "URP_2026.a-b": true, "": false, "PG/1": false, "ABCDEFGHIJKLMNOPQ": false} {
		if (CheckRegisterCode(code) == nil) != ok {
			t.Errorf("register code %q", code)
		}
	}
	for name, want := range map[string]string{"ATRIO": "RE-ATRIO-2026-0000001", "atrio sede/Trani": "RE-ATRIO-SEDE-TRANI-2026-0000001", "  ": "RE-CHIOSCO-2026-0000001"} {
		if got := EmergencyNumber(name, 2026, 1); got != want {
			t.Errorf("%q: %s, want %s", name, got, want)
		}
	}
	o := Outage{Began: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	if o.NeedsAuthorisation(o.Began.Add(24*time.Hour)) || !o.NeedsAuthorisation(o.Began.Add(24*time.Hour+time.Minute)) {
		t.Error("the 24 hours of art. 63 c.2")
	}
}
