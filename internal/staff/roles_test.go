package staff

import (
	"testing"

	"sportello/internal/kiosk"
)

func TestEachRoleIsDeniedWhatItMayNotDo(t *testing.T) {
	cases := []struct {
		role    kiosk.Role
		allowed map[Action]bool
	}{
		{kiosk.RoleOperator, map[Action]bool{HandleRequests: true, ReadReports: true}},
		{kiosk.RoleEditor, map[Action]bool{EditContent: true, ReadReports: true}},
		{kiosk.RoleAdmin, map[Action]bool{HandleRequests: true, EditContent: true, ReadReports: true, ChangeSettings: true, ReadAudit: true}},
		{"", map[Action]bool{}},
	}
	for _, c := range cases {
		for _, a := range []Action{HandleRequests, EditContent, ReadReports, ChangeSettings, ReadAudit} {
			err := Can(c.role, a)
			if (err == nil) != c.allowed[a] {
				t.Errorf("%s %s: %v", c.role, a, err)
			}
			if err != nil && (kiosk.ErrorCode(err) != kiosk.Denied || kiosk.ErrorMessage(err, kiosk.Italian) == "") {
				t.Errorf("%s %s: the denial does not say why: %v", c.role, a, err)
			}
		}
	}
}
