package content

import (
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
)

func TestNoticesShown(t *testing.T) {
	d := func(m, day int) kiosk.Date { return kiosk.Date{Year: 2026, Month: time.Month(m), Day: day} }
	all := []kiosk.Notice{
		{ID: "expired", From: d(8, 1), To: d(8, 31)},
		{ID: "ends-today", From: d(11, 1), To: d(12, 1)},
		{ID: "open-ended", From: d(1, 10)},
		{ID: "starts-today", From: d(12, 1), To: d(12, 1)},
		{ID: "next-year", From: kiosk.Date{Year: 2027, Month: 1, Day: 7}},
		{ID: "tomorrow", From: d(12, 2), To: d(12, 20)},
	}
	current, upcoming := Notices(all, d(12, 1))
	ids := func(ns []kiosk.Notice) string {
		var out []string
		for _, n := range ns {
			out = append(out, n.ID)
		}
		return strings.Join(out, " ")
	}
	if got, want := ids(current), "starts-today ends-today open-ended"; got != want {
		t.Errorf("current %s, want %s", got, want)
	}
	if got, want := ids(upcoming), "tomorrow next-year"; got != want {
		t.Errorf("upcoming %s, want %s", got, want)
	}
}

func TestKindLabels(t *testing.T) {
	for _, k := range kiosk.DocumentKinds {
		l := DocumentKind(k)
		if l.One.It == k || l.One.En == "" || l.Many.En == "" {
			t.Errorf("document kind %s: %+v", k, l)
		}
	}
	for _, k := range kiosk.NoticeKinds {
		if l := NoticeKind(k); l.It == k || l.En == "" {
			t.Errorf("notice kind %s: %+v", k, l)
		}
	}
	if l := DocumentKind("regolamento"); l.One.It != "Regolamento" || l.Many.It != "Regolamenti" {
		t.Errorf("regolamento: %+v", l)
	}
	if l := DocumentKind("verbale"); l.One.It != "verbale" || l.Many.En != "verbale" {
		t.Errorf("an unknown kind: %+v", l)
	}
}
