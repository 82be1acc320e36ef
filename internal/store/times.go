package store

import (
	"database/sql"
	"time"
)

// timeFormat is how every time is stored: in UTC, to the nanosecond, always
// as wide, so that stored times compare as text as they do as times.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

// formatTime is t as stored.
func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

// parseTime reads a stored time: in timeFormat or, as databases written
// before 011_times.sql hold them, in RFC 3339 with a fraction of any length
// or none. "" reads as the zero time.
func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// parseNullTime reads a stored time that may be NULL: nil then.
func parseNullTime(s sql.NullString) *time.Time {
	if !s.Valid {
		return nil
	}
	t := parseTime(s.String)
	return &t
}
