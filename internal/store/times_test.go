package store

import (
	"testing"
	"time"
)

// Stored times compare as text as they do as times, whatever their
// fraction, zone or year; RFC 3339 with its fraction cut short did not.
func TestStoredTimesSortAsTimes(t *testing.T) {
	rome := time.FixedZone("CET", 3600)
	base := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
	times := []time.Time{ // in time order
		{},
		time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		base.Add(-time.Second),
		base.Add(-time.Nanosecond),
		base,
		base.Add(time.Nanosecond),
		base.Add(100 * time.Millisecond),
		base.Add(400 * time.Millisecond),
		base.Add(500 * time.Millisecond).In(rome),
		base.Add(time.Second - time.Nanosecond),
		base.Add(time.Second),
		base.Add(time.Hour).In(rome),
		time.Date(2027, 1, 1, 0, 0, 0, 0, rome), // 2026-12-31T23:00Z
		time.Date(2026, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for i, a := range times {
		s := formatTime(a)
		if len(s) != len(timeFormat) {
			t.Errorf("%v is stored as %q, %d characters", a, s, len(s))
		}
		if back := parseTime(s); !back.Equal(a) {
			t.Errorf("%q reads back as %v, want %v", s, back, a)
		}
		for _, b := range times[i+1:] {
			if a.Equal(b) {
				continue
			}
			if !a.Before(b) {
				t.Fatalf("the table is out of order at %v, %v", a, b)
			}
			if sa, sb := formatTime(a), formatTime(b); sa >= sb {
				t.Errorf("%q (%v) does not sort before %q (%v)", sa, a, sb, b)
			}
		}
	}
	if old, later := base.Format(time.RFC3339Nano), base.Add(time.Second/2).Format(time.RFC3339Nano); old < later {
		t.Errorf("RFC 3339 sorted %q before %q: the table shows nothing", old, later)
	}
}

// Times stored before 011_times.sql, in RFC 3339 with a fraction of any
// length or none, read as they were written.
func TestOlderStoredTimesRead(t *testing.T) {
	for s, want := range map[string]time.Time{
		"2026-11-25T09:30:00Z":           time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC),
		"2026-11-25T09:30:00.5Z":         time.Date(2026, 11, 25, 9, 30, 0, 500000000, time.UTC),
		"2026-11-25T09:30:00.123456789Z": time.Date(2026, 11, 25, 9, 30, 0, 123456789, time.UTC),
		"2026-11-25T09:30:00.000000000Z": time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC),
		"2026-11-25T10:30:00.25+01:00":   time.Date(2026, 11, 25, 9, 30, 0, 250000000, time.UTC),
		"":                               {},
	} {
		if got := parseTime(s); !got.Equal(want) {
			t.Errorf("%q reads as %v, want %v", s, got, want)
		}
	}
}
