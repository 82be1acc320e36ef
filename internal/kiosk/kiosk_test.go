package kiosk

import (
	"errors"
	"testing"
)

func TestCheckEmail(t *testing.T) {
	for s, ok := range map[string]bool{
		"urp@provincia.bt.it": true, "nome.cognome@pec.esempio.it": true,
		"": false, "urp": false, "urp@localhost": false, "a b@x.it": false,
		"Mario <m@x.it>": false, "@x.it": false, "m@x.": false,
	} {
		if err := CheckEmail(s); (err == nil) != ok {
			t.Errorf("CheckEmail(%q) = %v, want ok %v", s, err, ok)
		}
	}
}

func TestCheckPhone(t *testing.T) {
	for s, ok := range map[string]bool{
		"0883 123456": true, "+39 0883 123456": true, "(0883) 12-34-56": true, "333.1234567": true,
		"": false, "12345": false, "0883 abc": false, "++39 0883 1234": false, "1234567890123456": false, "-0883123456": false,
	} {
		if err := CheckPhone(s); (err == nil) != ok {
			t.Errorf("CheckPhone(%q) = %v, want ok %v", s, err, ok)
		}
	}
}

func TestParseClockAndSlot(t *testing.T) {
	for s, want := range map[string]int{"9:00": 540, "09:30": 570, "24:00": 1440, "0:00": 0} {
		c, err := ParseClock(s)
		if err != nil || int(c) != want {
			t.Errorf("ParseClock(%q) = %d, %v; want %d", s, c, err, want)
		}
	}
	for _, s := range []string{"", "9", "25:00", "24:01", "9:60", "9:5", "09:00x", "ab:cd"} {
		if _, err := ParseClock(s); err == nil {
			t.Errorf("ParseClock(%q) accepted", s)
		}
	}
	sl, err := ParseSlot("09:00-13:00")
	if err != nil || sl.Open != 540 || sl.Close != 780 {
		t.Errorf("ParseSlot = %v, %v", sl, err)
	}
	if b, _ := sl.MarshalText(); string(b) != "09:00-13:00" {
		t.Errorf("MarshalText = %s", b)
	}
	for _, s := range []string{"09:00", "09:00-", "-13:00", "9-13"} {
		if _, err := ParseSlot(s); err == nil {
			t.Errorf("ParseSlot(%q) accepted", s)
		}
	}
}

func TestDates(t *testing.T) {
	if _, err := ParseDate("2026-02-30"); err == nil {
		t.Error("30 February accepted")
	}
	d, _ := ParseDate("2026-12-31")
	if d.AddDays(1).String() != "2027-01-01" {
		t.Errorf("AddDays = %s", d.AddDays(1))
	}
	var m MonthDay
	if err := m.UnmarshalText([]byte("02-29")); err == nil {
		t.Error("02-29 accepted as a yearly day")
	}
	if err := m.UnmarshalText([]byte("05-09")); err != nil || m.In(2026).String() != "2026-05-09" {
		t.Errorf("MonthDay = %v, %v", m, err)
	}
}

func TestErrorMessages(t *testing.T) {
	e := NewError(NotFound, "Nessuna richiesta", "No request")
	wrapped := errors.Join(errors.New("context"), e)
	if ErrorCode(wrapped) != NotFound || ErrorMessage(wrapped, English) != "No request" {
		t.Errorf("code %s, message %q", ErrorCode(wrapped), ErrorMessage(wrapped, English))
	}
	plain := errors.New("disk full")
	if ErrorCode(plain) != Internal || ErrorMessage(plain, Italian) == "disk full" {
		t.Error("an unexpected error must not reach the citizen")
	}
	if !errors.Is(Wrap(plain), plain) || Wrap(nil) != nil {
		t.Error("Wrap must keep the cause for the log")
	}
	if T("Sì", "").In(English) != "Sì" {
		t.Error("missing English must fall back to Italian")
	}
}
