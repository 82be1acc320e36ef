package stopguard

import (
	"os"
	"syscall"
	"testing"
	"time"
)

func TestExitsAfterTheGraceWhenTheProgramDoesNotStop(t *testing.T) {
	const grace = 50 * time.Millisecond
	exited := make(chan time.Time, 1)
	Watch(grace, func() { exited <- time.Now() }, syscall.SIGUSR1)
	sent := time.Now()
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	select {
	case at := <-exited:
		if at.Sub(sent) < grace {
			t.Errorf("exit after %v, before the grace of %v", at.Sub(sent), grace)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no exit 10 s after the signal")
	}
}

func TestNoSignalNoExit(t *testing.T) {
	exited := make(chan struct{}, 1)
	Watch(time.Millisecond, func() { exited <- struct{}{} }, syscall.SIGUSR2)
	select {
	case <-exited:
		t.Fatal("exit without a stop request")
	case <-time.After(200 * time.Millisecond):
	}
}
