package citizen

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/app/kit/kittest"
)

// No home tile nor kind of request shares an icon with the bottom bar's
// buttons: Stato is not Cerca, Accesso civico is not Accessibilità; and Home
// is not a second primary action beside each screen's own.
func TestTilesDoNotShareTheBarsIcons(t *testing.T) {
	u, _ := newTestUI(t)
	bar := map[string]string{u.SearchBtn.Icon.Name(): "Cerca", u.AccessBtn.Icon.Name(): "Accessibilità", u.HomeBtn.Icon.Name(): "Home"}
	check := func(where string, tiles map[string]*kit.Tile) {
		for id, tl := range tiles {
			if b, same := bar[tl.Icon.Name()]; same {
				t.Errorf("%s %s has the icon of %s", where, id, b)
			}
		}
	}
	check("home tile", u.home.tiles)
	test.Tap(u.home.tiles[sectionRequests])
	check("request kind", u.flow.kinds)
	if u.HomeBtn.Importance == widget.HighImportance {
		t.Error("Home is drawn as a primary action")
	}
}

// An English office page is English through: the room too.
func TestAnEnglishOfficePageSaysRoom(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.LangBtn)
	u.Show(u.officePage("viabilita"))
	shown := kittest.VisibleText(u.Body)
	if !strings.Contains(shown, "Second floor, room 21") || strings.Contains(shown, "Stanza") || strings.Contains(shown, "stanza") {
		t.Errorf("the English office page:\n%s", shown)
	}
}
