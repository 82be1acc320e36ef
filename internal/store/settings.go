package store

import (
	"fmt"
	"strconv"

	"sportello/internal/kiosk"
)

// Settings returns the kiosk's settings, and whether an admin ever saved any.
func (d *DB) Settings() (kiosk.Settings, bool, error) {
	s := kiosk.DefaultSettings()
	rows, err := d.db.Query(`SELECT key, value FROM settings`)
	if err != nil {
		return s, false, err
	}
	defer rows.Close()
	found := false
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return s, false, err
		}
		found = true
		n, _ := strconv.Atoi(v)
		switch k {
		case "kiosk_name":
			s.KioskName = v
		case "office":
			s.Office = v
		case "english":
			s.English = v == "1"
		case "idle_seconds":
			s.IdleSeconds = n
		case "attract_seconds":
			s.AttractSeconds = n
		case "printer_queue":
			s.PrinterQueue = v
		case "retention_months":
			s.RetentionMonths = n
		case "conservation_dir":
			s.ConservationDir = v
		case "mail_host":
			s.Mail.Host = v
		case "mail_port":
			s.Mail.Port = n
		case "mail_from":
			s.Mail.From = v
		case "mail_user":
			s.Mail.User = v
		case "mail_password":
			s.Mail.Password = v
		}
	}
	return s, found, rows.Err()
}

// settingsText is what the audit log keeps of the settings: whether there
// is a mail password, never the password.
func settingsText(s kiosk.Settings) string {
	password := ""
	if s.Mail.Password != "" {
		password = "***"
	}
	return fmt.Sprintf("kiosk_name=%s office=%s english=%v idle=%d attract=%d printer=%s retention=%d conservation=%s mail=%s:%d from=%s user=%s password=%s",
		s.KioskName, s.Office, s.English, s.IdleSeconds, s.AttractSeconds, s.PrinterQueue, s.RetentionMonths, s.ConservationDir,
		s.Mail.Host, s.Mail.Port, s.Mail.From, s.Mail.User, password)
}

// SaveSettings stores the settings and records the change in the audit log.
func (d *DB) SaveSettings(s kiosk.Settings, who string) error {
	before, _, err := d.Settings()
	if err != nil {
		return err
	}
	english := "0"
	if s.English {
		english = "1"
	}
	return d.tx(func(tx *txn) error {
		for k, v := range map[string]string{
			"kiosk_name": s.KioskName, "office": s.Office, "english": english,
			"idle_seconds": strconv.Itoa(s.IdleSeconds), "attract_seconds": strconv.Itoa(s.AttractSeconds),
			"printer_queue": s.PrinterQueue, "retention_months": strconv.Itoa(s.RetentionMonths),
			"conservation_dir": s.ConservationDir,
			"mail_host":        s.Mail.Host, "mail_port": strconv.Itoa(s.Mail.Port), "mail_from": s.Mail.From,
			"mail_user": s.Mail.User, "mail_password": s.Mail.Password,
		} {
			if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
				return err
			}
		}
		return addAudit(tx, kiosk.AuditEntry{At: d.Now(), Who: who, Action: "settings", Target: "kiosk",
			Before: settingsText(before), After: settingsText(s)})
	})
}
