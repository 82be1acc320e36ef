package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestSmokeUnderXvfb builds the real binary, starts it on a virtual screen,
// checks that it stays up and draws the blue header of the home screen, and
// stops it.
func TestSmokeUnderXvfb(t *testing.T) {
	for _, tool := range []string{"Xvfb", "import", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing: make test installs it", tool)
			}
			t.Skipf("%s is missing: make test installs it", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "sportello")
	build := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	display := freeDisplay(t)
	xvfb := exec.Command("Xvfb", display, "-screen", "0", "1080x1920x24", "-nolisten", "tcp")
	if err := xvfb.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { xvfb.Process.Kill(); xvfb.Wait() }()
	time.Sleep(time.Second)

	env := append(os.Environ(), "DISPLAY="+display, "LANG=it_IT.UTF-8")
	var logs bytes.Buffer
	kiosk := exec.Command(bin, "--data", filepath.Join(dir, "data"))
	kiosk.Env, kiosk.Stdout, kiosk.Stderr = env, &logs, &logs
	if err := kiosk.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- kiosk.Wait() }()
	defer func() { kiosk.Process.Kill(); <-exited }()

	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("the kiosk exited: %v\n%s", err, logs.String())
		default:
		}
		if windowDrawn(t, env) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no window with the blue header within 60 s\n%s", logs.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	time.Sleep(2 * time.Second)
	select {
	case err := <-exited:
		exited <- err
		t.Fatalf("the kiosk did not stay up: %v\n%s", err, logs.String())
	default:
	}
}

// windowDrawn reports whether a window named Sportello is mapped and the
// screen shows the design system's blue (#0066CC) where the header is.
func windowDrawn(t *testing.T, env []string) bool {
	search := exec.Command("xdotool", "search", "--onlyvisible", "--name", "Sportello")
	search.Env = env
	if out, err := search.Output(); err != nil || len(bytes.TrimSpace(out)) == 0 {
		return false
	}
	shot := exec.Command("import", "-window", "root", "png:-")
	shot.Env = env
	out, err := shot.Output()
	if err != nil {
		return false
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	r, g, b, _ := img.At(540, 40).RGBA()
	return r>>8 == 0x00 && g>>8 == 0x66 && b>>8 == 0xCC
}

func freeDisplay(t *testing.T) string {
	for n := 150; n < 200; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); os.IsNotExist(err) {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); os.IsNotExist(err) {
				return fmt.Sprintf(":%d", n)
			}
		}
	}
	t.Fatal("no free X display")
	return ""
}
