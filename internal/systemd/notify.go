// Package systemd tells systemd how the kiosk is doing (sd_notify): ready
// at start, then alive at each watchdog period.
package systemd

import (
	"net"
	"os"
	"strconv"
	"time"
)

// Notify sends state (READY=1, WATCHDOG=1, ...) to systemd. It does
// nothing when the program is not run by systemd.
func Notify(state string) error {
	socket := os.Getenv("NOTIFY_SOCKET")
	if socket == "" {
		return nil
	}
	if socket[0] == '@' {
		socket = "\x00" + socket[1:]
	}
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: socket, Net: "unixgram"})
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.Write([]byte(state))
	return err
}

// WatchdogInterval is how often to send WATCHDOG=1: half the period systemd
// set, or 0 when there is no watchdog.
func WatchdogInterval() time.Duration {
	usec, err := strconv.ParseInt(os.Getenv("WATCHDOG_USEC"), 10, 64)
	if err != nil || usec <= 0 {
		return 0
	}
	return time.Duration(usec) * time.Microsecond / 2
}
