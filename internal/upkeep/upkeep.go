// Package upkeep is the kiosk's work in the background, beside what
// citizens do: erasing personal data past their retention, the heartbeat
// the health check reads, the systemd watchdog and the print spool's
// retries; and the clocks that run each at its times until the kiosk stops.
package upkeep

import "time"

// Every runs fn each period until stop is closed.
func Every(period time.Duration, stop <-chan struct{}, fn func()) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fn()
		case <-stop:
			return
		}
	}
}

// After runs fn once, after delay, unless stop is closed before.
func After(delay time.Duration, stop <-chan struct{}, fn func()) {
	t := time.NewTimer(delay)
	defer t.Stop()
	select {
	case <-t.C:
		fn()
	case <-stop:
	}
}
