package search

import (
	"slices"
	"testing"

	"sportello/internal/content"
	"sportello/internal/kiosk"
)

// Search finds the notices the notices screen lists, and no other: an
// expired one is no longer found, one still to come is.
func TestSearchFindsTheNoticesShown(t *testing.T) {
	today := kiosk.Date{Year: 2026, Month: 12, Day: 1}
	notice := func(id string, from, to kiosk.Date) kiosk.Notice {
		return kiosk.Notice{ID: id, Kind: "avviso", Title: kiosk.T("Apertura straordinaria "+id, ""), From: from, To: to}
	}
	c := kiosk.Content{Notices: []kiosk.Notice{
		notice("scaduto", kiosk.Date{Year: 2026, Month: 11, Day: 1}, kiosk.Date{Year: 2026, Month: 11, Day: 30}),
		notice("oggi", kiosk.Date{Year: 2026, Month: 11, Day: 1}, today),
		notice("prossimo", kiosk.Date{Year: 2026, Month: 12, Day: 15}, kiosk.Date{}),
	}}
	var found []string
	for _, r := range FromContent(c, today).Search("apertura straordinaria", kiosk.Italian, 0) {
		found = append(found, r.ID)
	}
	current, upcoming := content.Notices(c.Notices, today)
	for _, n := range append(current, upcoming...) {
		if !slices.Contains(found, n.ID) {
			t.Errorf("the notice %s is shown but not found", n.ID)
		}
	}
	if slices.Contains(found, "scaduto") || len(found) != 2 {
		t.Errorf("found %v, want oggi and prossimo", found)
	}
}
