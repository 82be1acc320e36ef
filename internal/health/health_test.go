package health

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/backup"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

func TestReport(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "sportello.db")
	db, err := store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	printer := "printer Ticket is idle.  enabled since ..."
	ready := true
	c := Checker{DataDir: dir, Database: dbPath, Queue: "Ticket", Version: "0.1.0", Now: func() time.Time { return now },
		PrinterStatus: func(string) (string, bool) { return printer, ready }}

	r := c.Check()
	if r.OK || len(r.Problems) != 2 { // no backup, never ran
		t.Fatalf("fresh install: %+v", r)
	}
	if _, err := backup.Run(dbPath, backup.Dir(dir), now.Add(-time.Hour), backup.Keep); err != nil {
		t.Fatal(err)
	}
	WriteHeartbeat(dir, Heartbeat{Version: "0.1.0", Started: now.Add(-2 * time.Hour), At: now.Add(-time.Minute), LastInteraction: now.Add(-5 * time.Minute)})
	r = c.Check()
	if !r.OK || r.UptimeSeconds != 7140 || r.Database != "ok" || r.LastInteraction == nil {
		t.Fatalf("healthy kiosk: %+v", r)
	}
	b, _ := json.Marshal(r)
	for _, field := range []string{"version", "uptime_seconds", "database", "last_backup", "printer", "spool_backlog", "last_interaction", "ok", "problems"} {
		if !strings.Contains(string(b), `"`+field+`"`) {
			t.Errorf("JSON lacks %s: %s", field, b)
		}
	}
	late := []kiosk.Date{{Year: 2026, Month: 11, Day: 20}}
	c.Overdue = func() ([]kiosk.Date, error) { return late, nil }
	if r = c.Check(); r.OK || len(r.DailyRegistersOverdue) != 1 || r.DailyRegistersOverdue[0] != "2026-11-20" {
		t.Errorf("a daily register late for conservation passes: %+v", r)
	}
	c.Overdue = func() ([]kiosk.Date, error) { return nil, nil }
	if r = c.Check(); !r.OK {
		t.Errorf("no daily register late: %+v", r)
	}
	var waiting, aside []kiosk.OutboxItem
	c.Outbox = func() ([]kiosk.OutboxItem, []kiosk.OutboxItem, error) { return waiting, aside, nil }
	waiting = []kiosk.OutboxItem{{Key: "a", Created: now.Add(-time.Minute)}}
	if r = c.Check(); !r.OK || r.OutboxBacklog != 1 || r.OutboxOldest == nil {
		t.Errorf("a fresh outbox item: %+v", r)
	}
	waiting[0].Created = now.Add(-time.Hour)
	if r = c.Check(); r.OK {
		t.Errorf("an hour-old outbox passes: %+v", r)
	}
	waiting, aside = nil, []kiosk.OutboxItem{{Key: "b"}}
	if r = c.Check(); r.OK || r.OutboxSetAside != 1 {
		t.Errorf("an item set aside passes: %+v", r)
	}
	c.Outbox = nil
	os.MkdirAll(filepath.Join(dir, "spool"), 0o700)
	os.WriteFile(filepath.Join(dir, "spool", "1-2026-0000001.pdf"), []byte("%PDF"), 0o600)
	ready, printer = false, "printer Ticket disabled since ..."
	now = now.Add(10 * time.Minute)
	r = c.Check()
	if r.OK || r.SpoolBacklog != 1 || len(r.Problems) != 3 {
		t.Errorf("printer down, backlog, stale heartbeat: %+v", r)
	}
	os.WriteFile(dbPath, []byte("garbage"), 0o600)
	if r = c.Check(); r.Database == "ok" {
		t.Error("a broken database passes")
	}
}
