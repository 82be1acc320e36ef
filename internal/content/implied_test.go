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
