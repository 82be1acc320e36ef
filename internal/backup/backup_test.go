package backup

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

func TestBackupRestoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "sportello.db")
	db, err := store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	testdb.LoadDemo(t, db)
	first := kiosk.Request{Code: "0000000000000", Kind: kiosk.KindSuggestion, Text: "prima", Registered: time.Now(), TermDays: 30, Status: kiosk.StatusReceived}
	if err := db.CreateRequest(&first, kiosk.Registration{}, nil); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 25, 2, 30, 0, 0, time.UTC)
	var last string
	for i := range Keep + 2 { // the database is open and in use all along
		if last, err = Run(dbPath, Dir(dir), now.Add(time.Duration(i)*24*time.Hour), Keep); err != nil {
			t.Fatal(err)
		}
	}
	if names, _ := List(Dir(dir)); len(names) != Keep || names[0] != last {
		t.Fatalf("kept %d backups, newest %s", len(names), names[0])
	}
	if st, _ := os.Stat(last); st.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", st.Mode().Perm())
	}
	if at, ok := Age(Dir(dir)); !ok || !at.Equal(now.Add((Keep+1)*24*time.Hour)) {
		t.Errorf("age %v %v", at, ok)
	}
	later := kiosk.Request{Code: "0000000000001", Kind: kiosk.KindSuggestion, Text: "dopo il backup", Registered: time.Now(), TermDays: 30, Status: kiosk.StatusReceived}
	db.CreateRequest(&later, kiosk.Registration{}, nil)
	db.Close()

	bogus := filepath.Join(dir, "bogus.db")
	os.WriteFile(bogus, []byte("not a database"), 0o600)
	for _, bad := range []string{bogus, filepath.Join(dir, "missing.db")} {
		if _, err := Restore(bad, dbPath, now); kiosk.ErrorCode(err) != kiosk.Invalid {
			t.Errorf("restore of %s: %v", bad, err)
		}
	}
	kept, err := Restore(last, dbPath, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("the replaced database was not kept: %v", err)
	}
	db, err = store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, _ := db.Requests()
	if len(all) != 1 || all[0].Text != "prima" {
		t.Errorf("after restore: %d requests", len(all))
	}
}
