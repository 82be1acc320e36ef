package kiosk

import (
	"strings"
	"time"
)

// AuditEntry is one change in the audit log.
type AuditEntry struct {
	At            time.Time
	Who           string
	Action        string
	Target        string
	Before, After string
}

// AuditQuery selects a page of the audit log, newest first.
type AuditQuery struct {
	Kind   string // the kind of action (AuditKind): "request", "content"...; "" for every kind
	Who    string // who made the change; "" for anyone
	Offset int    // entries skipped, newest first
	Limit  int    // entries at most on the page
}

// AuditKind is the kind of an audit action: what comes before its first
// dot ("content" of "content.offices.edit"), or the whole action
// ("settings").
func AuditKind(action string) string {
	kind, _, _ := strings.Cut(action, ".")
	return kind
}
