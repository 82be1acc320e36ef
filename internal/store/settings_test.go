package store_test

import (
	"testing"

	"sportello/internal/kiosk"
	"sportello/internal/store/testdb"
)

func TestSettingsRoundTripWithAudit(t *testing.T) {
	db := testdb.Open(t)
	s, found, err := db.Settings()
	if err != nil || found || s != kiosk.DefaultSettings() {
		t.Fatalf("fresh settings %+v %v %v", s, found, err)
	}
	s.KioskName, s.Office, s.English, s.IdleSeconds, s.PrinterQueue = "Atrio", "urp-andria", false, 60, "Ticket"
	if err := db.SaveSettings(s, "admin"); err != nil {
		t.Fatal(err)
	}
	got, found, _ := db.Settings()
	if !found || got != s {
		t.Errorf("saved %+v, read %+v", s, got)
	}
	audit, _ := db.Audit()
	if len(audit) != 1 || audit[0].Action != "settings" || audit[0].Who != "admin" {
		t.Errorf("audit %+v", audit)
	}
}
