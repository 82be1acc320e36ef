// Package backup copies the live database into the data folder, keeps the
// last copies, and restores one after checking it.
package backup

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the driver "sqlite3"

	"sportello/internal/kiosk"
)

// Keep is how many backups stay.
const Keep = 14

// Dir is where the backups of a data folder go.
func Dir(dataDir string) string { return filepath.Join(dataDir, "backups") }

// Run copies the database at dbPath, while it is in use, into dir as
// sportello-YYYYMMDD-HHMMSS.db, then deletes all but the newest keep copies.
func Run(dbPath, dir string, now time.Time, keep int) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	target := filepath.Join(dir, "sportello-"+now.UTC().Format("20060102-150405")+".db")
	db, err := sql.Open("sqlite3", "file:"+dbPath+"?_busy_timeout=10000")
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.Exec(`VACUUM INTO ?`, target); err != nil {
		return "", fmt.Errorf("backup of %s: %w", dbPath, err)
	}
	if err := os.Chmod(target, 0o600); err != nil {
		return "", err
	}
	return target, prune(dir, keep)
}

// List returns the backups in dir, newest first.
func List(dir string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "sportello-*.db"))
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	return names, err
}

func prune(dir string, keep int) error {
	names, err := List(dir)
	if err != nil {
		return err
	}
	for i := keep; i < len(names); i++ {
		if err := os.Remove(names[i]); err != nil {
			return err
		}
	}
	return nil
}

// Check accepts a file only if it is a sound Sportello database.
func Check(path string) error {
	bad := func(why string, args ...any) error {
		return kiosk.Errorf(kiosk.Invalid, "%s non è un backup valido di Sportello: %s", "%s is not a valid Sportello backup: %s",
			path, fmt.Sprintf(why, args...))
	}
	if st, err := os.Stat(path); err != nil || st.IsDir() {
		return bad("the file cannot be read")
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return bad("%v", err)
	}
	defer db.Close()
	var result string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&result); err != nil {
		return bad("%v", err)
	}
	if result != "ok" {
		return bad("integrity check: %s", result)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n); err != nil || n == 0 {
		return bad("no Sportello schema")
	}
	if err := db.QueryRow(`SELECT count(*) FROM organization`).Scan(&n); err != nil || n != 1 {
		return bad("no content")
	}
	return nil
}

// Restore checks the backup at from, then puts it in place of the database
// at dbPath; the database it replaces is kept beside it.
func Restore(from, dbPath string, now time.Time) (kept string, err error) {
	if err := Check(from); err != nil {
		return "", err
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return "", err
	}
	tmp := dbPath + ".restore"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return "", err
	}
	if _, err := os.Stat(dbPath); err == nil {
		kept = dbPath + ".before-restore-" + now.UTC().Format("20060102-150405")
		if err := os.Rename(dbPath, kept); err != nil {
			return "", err
		}
	}
	for _, suffix := range []string{"-wal", "-shm"} { // the old database's journal must not apply to the new one
		if err := os.Remove(dbPath + suffix); err != nil && !os.IsNotExist(err) {
			return kept, err
		}
	}
	return kept, os.Rename(tmp, dbPath)
}

// Age returns when the newest backup in dir was taken, from its name.
func Age(dir string) (time.Time, bool) {
	names, err := List(dir)
	if err != nil || len(names) == 0 {
		return time.Time{}, false
	}
	stamp := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(names[0]), "sportello-"), ".db")
	t, err := time.Parse("20060102-150405", stamp)
	return t, err == nil
}
