package settings

import (
	"errors"
	"strings"
	"testing"

	"sportello/internal/kiosk"
)

func TestCheck(t *testing.T) {
	c := kiosk.Content{Offices: []kiosk.Office{{ID: "urp"}}}
	ok := kiosk.DefaultSettings()
	ok.KioskName, ok.Office = "Atrio", "urp"
	with := func(f func(*kiosk.Settings)) kiosk.Settings { s := ok; f(&s); return s }
	cases := []struct {
		name string
		s    kiosk.Settings
		want string
	}{
		{"defaults with a name", ok, ""},
		{"no office", with(func(s *kiosk.Settings) { s.Office = "" }), ""},
		{"unknown office", with(func(s *kiosk.Settings) { s.Office = "nowhere" }), "does not exist"},
		{"no name", with(func(s *kiosk.Settings) { s.KioskName = " " }), "name"},
		{"idle too short", with(func(s *kiosk.Settings) { s.IdleSeconds = 5 }), "10 to 3600"},
		{"attract too short", with(func(s *kiosk.Settings) { s.AttractSeconds = 10 }), "30 to 86400"},
		{"queue with a space", with(func(s *kiosk.Settings) { s.PrinterQueue = "Ticket 2" }), "spaces"},
		{"retention of 0", with(func(s *kiosk.Settings) { s.RetentionMonths = 0 }), "1 to 120"},
		{"a mail server", with(func(s *kiosk.Settings) { s.Mail = kiosk.MailSettings{Host: "smtp.bt.it", Port: 587, From: "urp@bt.it"} }), ""},
		{"a mail server as a URL", with(func(s *kiosk.Settings) { s.Mail = kiosk.MailSettings{Host: "smtp://x", Port: 587, From: "urp@bt.it"} }), "not a mail server"},
		{"port 0", with(func(s *kiosk.Settings) { s.Mail = kiosk.MailSettings{Host: "smtp.bt.it", From: "urp@bt.it"} }), "1 to 65535"},
		{"no sender", with(func(s *kiosk.Settings) { s.Mail = kiosk.MailSettings{Host: "smtp.bt.it", Port: 25} }), "sender"},
		{"a sender that is not an address", with(func(s *kiosk.Settings) { s.Mail = kiosk.MailSettings{Host: "smtp.bt.it", Port: 25, From: "urp"} }), "not a valid e-mail"},
	}
	for _, tc := range cases {
		err := Check(tc.s, c)
		if got := kiosk.ErrorMessage(err, kiosk.English); (tc.want == "") != (err == nil) || !strings.Contains(got, tc.want) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

func TestRetentionMonths(t *testing.T) {
	saved := kiosk.DefaultSettings()
	saved.RetentionMonths = 36
	for _, c := range []struct {
		name string
		read func() (kiosk.Settings, bool, error)
		want int
	}{
		{"saved", func() (kiosk.Settings, bool, error) { return saved, true, nil }, 36},
		{"never saved", func() (kiosk.Settings, bool, error) { return kiosk.Settings{}, false, nil }, 24},
		{"unreadable", func() (kiosk.Settings, bool, error) { return saved, true, errors.New("disk") }, 24},
	} {
		if got := RetentionMonths(c.read); got != c.want {
			t.Errorf("%s: %d months, want %d", c.name, got, c.want)
		}
	}
}
