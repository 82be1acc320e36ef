// Package stopguard makes sure a stop request ends the kiosk. Fyne quits by
// itself on SIGTERM and SIGINT, but in 2.7.1 that quit can wait forever: its
// shutdown queues the "stopped" event for a main loop that has just stopped
// serving it (seen once in about a hundred stops under Xvfb). systemd would then
// wait TimeoutStopSec before killing the kiosk, and restart it that much later.
package stopguard

import (
	"log/slog"
	"os"
	"os/signal"
	"time"
)

// Watch waits in the background for one of signals, then calls exit if the
// process is still running grace later.
func Watch(grace time.Duration, exit func(), signals ...os.Signal) {
	got := make(chan os.Signal, 1)
	signal.Notify(got, signals...)
	go func() {
		sig := <-got
		time.Sleep(grace)
		slog.Warn("the kiosk did not stop by itself after a stop request: exiting", "signal", sig.String(), "grace", grace)
		exit()
	}()
}
