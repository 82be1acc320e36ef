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
