// Package health says whether a kiosk is well: its database, backups,
// printer, print spool and the heartbeat the running kiosk writes.
package health

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	_ "github.com/mattn/go-sqlite3" // the driver "sqlite3"

	"sportello/internal/backup"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/store"
)

// Heartbeat is what the running kiosk writes each minute.
type Heartbeat struct {
	Version         string    `json:"version"`
	Started         time.Time `json:"started"`
	At              time.Time `json:"at"`
	LastInteraction time.Time `json:"last_interaction"`
}

// HeartbeatFile is the heartbeat's path in a data folder.
func HeartbeatFile(dataDir string) string { return filepath.Join(dataDir, "heartbeat.json") }

// WriteHeartbeat replaces the heartbeat file.
func WriteHeartbeat(dataDir string, h Heartbeat) error {
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	tmp := HeartbeatFile(dataDir) + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, HeartbeatFile(dataDir))
}

// Report is the health of a kiosk, as `sportello health` prints it.
type Report struct {
	OK            bool       `json:"ok"`
	Problems      []string   `json:"problems"`
	Version       string     `json:"version"`
	UptimeSeconds int64      `json:"uptime_seconds"`
	Database      string     `json:"database"`
	LastBackup    *time.Time `json:"last_backup"`
	Printer       string     `json:"printer"`
	SpoolBacklog  int        `json:"spool_backlog"`
	SpoolOldest   *time.Time `json:"spool_oldest"`
	// The outbox of a kiosk that works with a central database: items
	// waiting, the oldest, and those set aside after the central database
	// kept refusing them.
	OutboxBacklog   int        `json:"outbox_backlog"`
	OutboxOldest    *time.Time `json:"outbox_oldest"`
	OutboxSetAside  int        `json:"outbox_set_aside"`
	Heartbeat       *time.Time `json:"heartbeat"`
	LastInteraction *time.Time `json:"last_interaction"`
	// DailyRegistersOverdue are the days whose daily register was due in
	// conservation by the end of the next working day and is not there.
	DailyRegistersOverdue []string `json:"daily_registers_overdue"`
}

// Limits of health.
const (
	HeartbeatStale = 3 * time.Minute // the kiosk writes one a minute
	BackupStale    = 48 * time.Hour  // backups run nightly
)

// Checker gathers a report. PrinterStatus asks CUPS; tests replace it.
type Checker struct {
	DataDir       string
	Database      string
	Queue         string // "" for the system default
	Version       string
	Now           func() time.Time
	PrinterStatus func(queue string) (string, bool)
	// Overdue returns the days whose daily register is late; nil: not checked.
	Overdue func() ([]kiosk.Date, error)
	// Outbox returns the kiosk's outbox: the items waiting and those set aside.
	Outbox func() (waiting, aside []kiosk.OutboxItem, err error)
}

// BacklogStale is how old the oldest ticket in the spool or item in the
// outbox may be before health says so.
const BacklogStale = 15 * time.Minute

// Check looks at everything and says what is wrong.
func (c Checker) Check() Report {
	now := c.Now()
	r := Report{Version: c.Version, Problems: []string{}}
	problem := func(p string) { r.Problems = append(r.Problems, p) }

	r.Database = "ok"
	if err := quickCheck(c.Database); err != nil {
		r.Database = err.Error()
		problem("database: " + err.Error())
	}
	if t, ok := backup.Age(backup.Dir(c.DataDir)); ok {
		r.LastBackup = &t
		if now.Sub(t) > BackupStale {
			problem("the last backup is older than 48 hours")
		}
	} else {
		problem("no backup yet")
	}
	status := c.PrinterStatus
	if status == nil {
		status = printer.Status
	}
	var ready bool
	r.Printer, ready = status(c.Queue)
	if !ready {
		problem("printer: " + r.Printer)
	}
	spooled, _ := filepath.Glob(filepath.Join(c.DataDir, "spool", "*.pdf"))
	if r.SpoolBacklog = len(spooled); r.SpoolBacklog > 0 {
		problem("tickets waiting to be printed")
		if st, err := os.Stat(spooled[0]); err == nil { // named by the time spooled: the first is the oldest
			t := st.ModTime()
			r.SpoolOldest = &t
		}
	}
	if c.Outbox != nil && r.Database == "ok" {
		waiting, aside, err := c.Outbox()
		switch {
		case err != nil:
			problem("outbox: " + err.Error())
		case len(aside) > 0:
			problem("outbox items refused by the central database, set aside")
		}
		r.OutboxBacklog, r.OutboxSetAside = len(waiting), len(aside)
		if len(waiting) > 0 {
			r.OutboxOldest = &waiting[0].Created
			if now.Sub(waiting[0].Created) > BacklogStale {
				problem("the outbox has not reached the central database for more than 15 minutes")
			}
		}
	}
	var hb Heartbeat
	if b, err := os.ReadFile(HeartbeatFile(c.DataDir)); err == nil && json.Unmarshal(b, &hb) == nil {
		r.Heartbeat, r.LastInteraction = &hb.At, &hb.LastInteraction
		r.UptimeSeconds = int64(hb.At.Sub(hb.Started).Seconds())
		if now.Sub(hb.At) > HeartbeatStale {
			problem("the kiosk has not written its heartbeat for more than 3 minutes")
		}
	} else {
		problem("the kiosk has never run here")
	}
	r.DailyRegistersOverdue = []string{}
	if c.Overdue != nil && r.Database == "ok" {
		days, err := c.Overdue()
		if err != nil {
			problem("daily register: " + err.Error())
		}
		for _, d := range days {
			r.DailyRegistersOverdue = append(r.DailyRegistersOverdue, d.String())
		}
		if len(days) > 0 {
			problem("daily registers not delivered to conservation in time")
		}
	}
	r.OK = len(r.Problems) == 0
	return r
}

func quickCheck(path string) error {
	if store.IsPostgres(path) { // the central database: it answers within 2 s
		db, err := sql.Open("pgx", path)
		if err != nil {
			return err
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		return db.QueryRowContext(ctx, `SELECT 1 FROM migrations LIMIT 1`).Err()
	}
	if _, err := os.Stat(path); err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return err
	}
	defer db.Close()
	var result string
	if err := db.QueryRow(`PRAGMA quick_check`).Scan(&result); err != nil {
		return err
	}
	if result != "ok" {
		return &checkError{result}
	}
	return nil
}

type checkError struct{ result string }

func (e *checkError) Error() string { return "quick_check: " + e.result }
