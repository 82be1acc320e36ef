package register

import (
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
)

func TestWarnings(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	ended := now.Add(-time.Hour)
	reg := kiosk.Register{IPA: "p_demo", AOO: "AOO", Code: "PG", Mode: kiosk.RegisterGeneral}
	cases := []struct {
		name    string
		reg     kiosk.Register
		overdue []kiosk.Date
		outages []kiosk.Outage
		want    []string
	}{
		{"nothing", reg, nil, nil, nil},
		{"no register codes", kiosk.Register{}, nil, nil, []string{"non ha i codici IPA, AOO e registro"}},
		{"a late day", reg, []kiosk.Date{{Year: 2026, Month: 12, Day: 1}}, nil, []string{"del 01/12/2026 non è ancora in conservazione"}},
		{"an outage of an hour", reg, nil, []kiosk.Outage{{Began: now.Add(-time.Hour), Cause: "database centrale non raggiungibile"}},
			[]string{"Registro di emergenza in uso dal 03/12/2026 12:00: database centrale non raggiungibile."}},
		{"an outage of 25 hours", reg, nil, []kiosk.Outage{{Began: now.Add(-25 * time.Hour), Cause: "x"}},
			[]string{"Registro di emergenza in uso", "deve autorizzare il registro di emergenza (art. 63 c.2"}},
		{"an outage that ended", reg, nil, []kiosk.Outage{{Began: now.Add(-30 * time.Hour), Ended: &ended, Cause: "x"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Warnings(c.reg, c.overdue, c.outages, now)
			if len(got) != len(c.want) {
				t.Fatalf("%d warnings %v, want %d", len(got), got, len(c.want))
			}
			for i, w := range c.want {
				if !strings.Contains(got[i].It, w) || got[i].En == "" {
					t.Errorf("warning %d: %q lacks %q", i, got[i].It, w)
				}
			}
		})
	}
}

func TestSubjectAndSender(t *testing.T) {
	c := kiosk.Content{
		Organization: kiosk.Organization{Office: kiosk.T("URP", "")},
		RequestKinds: []kiosk.RequestKind{{ID: kiosk.KindComplaint, Label: kiosk.T("Reclamo", "")}},
		Offices:      []kiosk.Office{{ID: "viab", Name: kiosk.T("Ufficio Viabilità", "")}},
		Services:     []kiosk.Service{{ID: "passo", Title: kiosk.T("Rilascio passo carrabile", "")}},
	}
	for _, tc := range []struct {
		r                          kiosk.Request
		subject, sender, recipient string
	}{
		{kiosk.Request{Kind: kiosk.KindComplaint, Office: "viab", Service: "passo", Name: " Anna Esempio "}, "Reclamo - Rilascio passo carrabile", "Anna Esempio", "Ufficio Viabilità"},
		{kiosk.Request{Kind: kiosk.KindComplaint, Office: "viab"}, "Reclamo - Ufficio Viabilità", "anonimo", "Ufficio Viabilità"},
		{kiosk.Request{Kind: kiosk.KindComplaint}, "Reclamo", "anonimo", "URP"},
	} {
		g := ForRequest(c, tc.r)
		if g.Subject != tc.subject || g.Sender != tc.sender || g.Recipient != tc.recipient || g.Direction != kiosk.Incoming {
			t.Errorf("%+v: %+v", tc.r, g)
		}
	}
}
