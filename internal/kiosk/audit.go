package kiosk

import "time"

// AuditEntry is one change in the audit log.
type AuditEntry struct {
	At            time.Time
	Who           string
	Action        string
	Target        string
	Before, After string
}
