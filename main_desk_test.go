package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestTheDeskUnderXvfb runs the desk as a lobby does, each part its own
// process on one data folder: a citizen's number, the call display on a
// virtual screen, the status server that the ticket's QR opens, and a
// desk's call, which the display shows and speaks.
func TestTheDeskUnderXvfb(t *testing.T) {
	need(t, "Xvfb", "xdotool", "espeak-ng")
	bin, data := binary(t), filepath.Join(t.TempDir(), "data")
	run := func(args ...string) string {
		out, err := exec.Command(bin, append([]string{"--data", data, "--demo"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("sportello %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	taken := run("queue", "take", "--line", "A")
	token := regexp.MustCompile(`(?m)^\S+:\s+([A-Z2-7]{16})$`).FindStringSubmatch(taken)
	if !strings.Contains(taken, "A001") || token == nil {
		t.Fatalf("the number taken:\n%s", taken)
	}

	display := freeDisplay(t)
	xvfb := exec.Command("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
	if err := xvfb.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { xvfb.Process.Kill(); xvfb.Wait() }()
	time.Sleep(time.Second)
	logs := &lockedBuffer{}
	screen := exec.Command(bin, "--data", data, "display", "--windowed")
	screen.Env, screen.Stdout, screen.Stderr = append(os.Environ(), "DISPLAY="+display, "LANG=it_IT.UTF-8"), logs, logs
	if err := screen.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { screen.Process.Kill(); screen.Wait() }()
	waitFor(t, 60*time.Second, logs, func() bool { return visibleWindow(display) })
	time.Sleep(3 * time.Second) // its first look at the queue: what was called before it started is not announced

	addr := freeAddr(t)
	server := exec.Command(bin, "--data", data, "serve", "--addr", addr)
	server.Stdout, server.Stderr = io.Discard, io.Discard
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { server.Process.Kill(); server.Wait() }()
	var page string
	waitFor(t, 30*time.Second, logs, func() bool {
		resp, err := http.Get("http://" + addr + "/coda/" + token[1])
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		page = string(b)
		return resp.StatusCode == http.StatusOK
	})
	if !strings.Contains(page, "A001") {
		t.Errorf("the ticket's page on the phone:\n%s", page)
	}

	if called := run("queue", "call", "--desk", "sportello-2"); !strings.Contains(called, "A001") {
		t.Fatalf("the desk's call: %s", called)
	}
	waitFor(t, 30*time.Second, logs, func() bool {
		s := logs.String()
		return strings.Contains(s, "call shown") && strings.Contains(s, "number=A001") && strings.Contains(s, "desk=sportello-2") &&
			strings.Contains(s, `call spoken`) && strings.Contains(s, "Numero A 1, sportello 2.")
	})
}

// lockedBuffer is a process's output, read while it writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// waitFor polls cond until it holds, failing with the logs after limit.
func waitFor(t *testing.T, limit time.Duration, logs fmt.Stringer, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(limit); !cond(); time.Sleep(300 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("not within %v; the display's output:\n%s", limit, logs)
		}
	}
}

// visibleWindow reports whether the X display shows a window.
func visibleWindow(display string) bool {
	search := exec.Command("xdotool", "search", "--onlyvisible", "--name", ".")
	search.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := search.Output()
	return err == nil && len(bytes.TrimSpace(out)) > 0
}

// freeAddr is a loopback address with a port free now.
func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}
