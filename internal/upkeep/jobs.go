package upkeep

import (
	"log/slog"
	"time"

	"sportello/internal/health"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/settings"
	"sportello/internal/systemd"
)

// Retention erases the personal data of requests closed longer ago than an
// admin's settings say: the default settings' months when an admin never
// saved any or they cannot be read.
type Retention struct {
	Requests *requests.Service
	Settings func() (s kiosk.Settings, found bool, err error)
	Log      *slog.Logger
}

// Run erases what is due now, and logs how many requests it erased.
func (r Retention) Run() {
	if n, err := r.Requests.EraseExpired(settings.RetentionMonths(r.Settings), "retention"); err != nil {
		r.Log.Error("retention", "err", err)
	} else {
		r.Log.Info("retention", "requests_erased", n)
	}
}

// Heartbeat writes the heartbeat file of a data folder, that the health
// check reads to tell a kiosk that runs and is used.
type Heartbeat struct {
	DataDir   string
	Version   string
	Started   time.Time
	Now       func() time.Time
	OnUI      func(func())     // runs a function on the UI goroutine
	LastTouch func() time.Time // read on the UI goroutine
	Log       *slog.Logger
}

// Beat reads the last touch on the UI goroutine, and writes the file off it.
func (h Heartbeat) Beat() {
	h.OnUI(func() {
		hb := health.Heartbeat{Version: h.Version, Started: h.Started, At: h.Now(), LastInteraction: h.LastTouch()}
		go func() {
			if err := health.WriteHeartbeat(h.DataDir, hb); err != nil {
				h.Log.Warn("heartbeat", "err", err)
			}
		}()
	})
}

// Watchdog tells systemd the kiosk is alive, from the UI goroutine through
// onUI: only a UI loop that still runs what it is given keeps the watchdog
// quiet.
func Watchdog(onUI func(func())) func() {
	return func() { onUI(func() { go systemd.Notify("WATCHDOG=1") }) }
}

// Spool is a print spool whose tickets wait to be printed again.
type Spool interface {
	// Retry prints again what waits, and returns how many tickets still do.
	Retry() (left int, err error)
}

// PrintAgain retries the tickets waiting in the spool, and logs those that
// still wait.
func PrintAgain(s Spool, log *slog.Logger) func() {
	return func() {
		if left, err := s.Retry(); err != nil {
			log.Warn("tickets waiting to be printed", "count", left, "err", err)
		}
	}
}
