package sqlite

import (
	"testing"
	"time"

	"sportello/internal/kiosk"
)

func TestAuditCannotBeChanged(t *testing.T) {
	db := open(t)
	r := kiosk.Request{Code: "0000000000000", Kind: kiosk.KindSuggestion, Registered: time.Now(), TermDays: 30, Status: kiosk.StatusReceived}
	if err := db.CreateRequest(&r); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateRequest(r.Code, "mrossi", func(r *kiosk.Request) error { r.Status = kiosk.StatusAssigned; return nil }); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"UPDATE audit SET who = 'x'", "DELETE FROM audit"} {
		if _, err := db.db.Exec(q); err == nil {
			t.Errorf("%s: the audit log was changed", q)
		}
	}
	if a, _ := db.Audit(); len(a) != 1 || a[0].Who != "mrossi" {
		t.Errorf("audit %+v", a)
	}
}
