package content

import (
	"testing"

	"sportello/internal/kiosk"
)

func TestImpliedKind(t *testing.T) {
	c := kiosk.Content{RequestKinds: []kiosk.RequestKind{{ID: "accesso-atti"}, {ID: "reclamo"}}}
	for _, tc := range []struct {
		service, want string
		ok            bool
	}{
		{"accesso-atti", "accesso-atti", true},
		{"passo-carrabile", "", false},
		{"accesso-civico", "", false}, // two kinds of civic access: the citizen chooses
		{"", "", false},
	} {
		if got, ok := ImpliedKind(c, tc.service); got != tc.want || ok != tc.ok {
			t.Errorf("ImpliedKind(%q) = %q, %v; want %q, %v", tc.service, got, ok, tc.want, tc.ok)
		}
	}
}

func TestRoomLabel(t *testing.T) {
	for room, want := range map[string]kiosk.Text{
		"12":              kiosk.T("stanza 12", "room 12"),
		"A3":              kiosk.T("stanza A3", "room A3"),
		"Sala Consiliare": kiosk.T("Sala Consiliare", "Sala Consiliare"),
		"":                kiosk.T("", ""),
	} {
		if got := RoomLabel(room); got != want {
			t.Errorf("RoomLabel(%q) = %+v, want %+v", room, got, want)
		}
	}
}
