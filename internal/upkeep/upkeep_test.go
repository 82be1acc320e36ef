package upkeep

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sportello/internal/health"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

func TestEveryAndAfterStopWithTheKiosk(t *testing.T) {
	stop := make(chan struct{})
	var ticks, once atomic.Int32
	done := make(chan struct{}, 2)
	go func() { Every(time.Millisecond, stop, func() { ticks.Add(1) }); done <- struct{}{} }()
	go func() { After(time.Millisecond, stop, func() { once.Add(1) }); done <- struct{}{} }()
	for ticks.Load() < 3 {
		time.Sleep(time.Millisecond)
	}
	close(stop)
	<-done
	<-done
	if once.Load() != 1 {
		t.Errorf("After ran %d times", once.Load())
	}
	never := make(chan struct{})
	close(never)
	After(time.Hour, never, func() { t.Error("ran after the kiosk stopped") })
}

// erasing records the cutoff the service asks the store for.
type erasing struct {
	kiosk.RequestStore
	cutoff time.Time
}

func (e *erasing) ErasePersonal(cutoff time.Time, who string) (int, error) {
	e.cutoff = cutoff
	return 3, nil
}

func TestRetentionFollowsTheSettings(t *testing.T) {
	now := time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)
	cases := []struct {
		name     string
		settings func() (kiosk.Settings, bool, error)
		months   int
	}{
		{"an admin's six months", func() (kiosk.Settings, bool, error) { return kiosk.Settings{RetentionMonths: 6}, true, nil }, 6},
		{"never saved", func() (kiosk.Settings, bool, error) { return kiosk.DefaultSettings(), false, nil }, 24},
		{"unreadable", func() (kiosk.Settings, bool, error) { return kiosk.Settings{}, false, errors.New("locked") }, 24},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			store := &erasing{}
			var log bytes.Buffer
			Retention{Requests: &requests.Service{Store: store, Now: func() time.Time { return now }}, Settings: c.settings,
				Log: slog.New(slog.NewTextHandler(&log, nil))}.Run()
			if want := now.AddDate(0, -c.months, 0); !store.cutoff.Equal(want) {
				t.Errorf("erased before %v, want %v", store.cutoff, want)
			}
			if !strings.Contains(log.String(), "requests_erased=3") {
				t.Errorf("log %q", log.String())
			}
		})
	}
}

func TestHeartbeatReadsTheUIAndWritesOffIt(t *testing.T) {
	dir := t.TempDir()
	started := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	touched := started.Add(time.Hour)
	onUI := 0
	Heartbeat{DataDir: dir, Version: "1.2.3", Started: started, Now: func() time.Time { return touched.Add(time.Minute) },
		OnUI: func(fn func()) { onUI++; fn() }, LastTouch: func() time.Time { return touched }, Log: slog.Default()}.Beat()
	var hb health.Heartbeat
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		b, err := os.ReadFile(health.HeartbeatFile(dir))
		if err == nil && json.Unmarshal(b, &hb) == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no heartbeat: %v", err)
		}
	}
	if onUI != 1 || hb.Version != "1.2.3" || !hb.Started.Equal(started) || !hb.LastInteraction.Equal(touched) || !hb.At.Equal(touched.Add(time.Minute)) {
		t.Errorf("heartbeat %+v, %d calls on the UI", hb, onUI)
	}
}

func TestWatchdogGoesThroughTheUI(t *testing.T) {
	t.Setenv("NOTIFY_SOCKET", "")
	calls := 0
	Watchdog(func(fn func()) { calls++; fn() })()
	if calls != 1 {
		t.Errorf("%d calls on the UI", calls)
	}
}

type stuck struct{}

func (stuck) Retry() (int, error) { return 2, errors.New("no printer") }

func TestPrintAgainLogsWhatWaits(t *testing.T) {
	var log bytes.Buffer
	PrintAgain(stuck{}, slog.New(slog.NewTextHandler(&log, nil)))()
	if !strings.Contains(log.String(), "count=2") || !strings.Contains(log.String(), "no printer") {
		t.Errorf("log %q", log.String())
	}
}
