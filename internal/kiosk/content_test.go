package kiosk

import "testing"

func TestKindLabelNamesAKindRemovedByItsID(t *testing.T) {
	c := Content{RequestKinds: []RequestKind{{ID: "reclamo", Label: T("Reclamo", "Complaint")}}}
	for id, want := range map[string]Text{"reclamo": T("Reclamo", "Complaint"), "vecchio": T("vecchio", "vecchio")} {
		if got := c.KindLabel(id); got != want {
			t.Errorf("KindLabel(%q) = %+v, want %+v", id, got, want)
		}
	}
	if s, ok := c.Service("nessuno"); ok {
		t.Errorf("found a service that is not there: %+v", s)
	}
}

func TestPrivacyWithRetention(t *testing.T) {
	p := Privacy{Short: T("Conservati per {conservazione}.", "Kept for {conservazione}."), Full: T("Conservazione: {conservazione}.", "")}
	for _, c := range []struct {
		months int
		it, en string
		fullIt string
	}{
		{24, "Conservati per 2 anni.", "Kept for 2 years.", "Conservazione: 2 anni."},
		{12, "Conservati per 1 anno.", "Kept for 1 year.", "Conservazione: 1 anno."},
		{18, "Conservati per 18 mesi.", "Kept for 18 months.", "Conservazione: 18 mesi."},
		{1, "Conservati per 1 mese.", "Kept for 1 month.", "Conservazione: 1 mese."},
	} {
		got := p.WithRetention(c.months)
		if got.Short.It != c.it || got.Short.En != c.en || got.Full.It != c.fullIt {
			t.Errorf("%d months: %+v", c.months, got)
		}
	}
}
