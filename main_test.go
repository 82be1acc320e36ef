package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"sportello/internal/cli"
	"sportello/internal/testenv"
)

// TestSmokeUnderXvfb builds the real binary, starts it on a virtual screen,
// checks that it stays up and draws the blue header of the home screen, and
// stops it as systemd does, with SIGTERM.
func TestSmokeUnderXvfb(t *testing.T) {
	testenv.NeedTools(t, "Xvfb", "import", "xdotool")
	dir := t.TempDir()
	bin := binary(t)
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
	if err := kiosk.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		exited <- err
		if err != nil {
			t.Errorf("stopped with SIGTERM: %v\n%s", err, logs.String())
		}
	case <-time.After(15 * time.Second):
		t.Errorf("still running 15 s after SIGTERM\n%s", logs.String())
	}
}

var (
	buildOnce sync.Once
	built     string
	buildErr  error
)

// binary builds the real sportello once for the tests of this package.
func binary(t *testing.T) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sportello-bin")
		if err != nil {
			buildErr = err
			return
		}
		built = filepath.Join(dir, "sportello")
		out, err := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", built, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return built
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

// need skips a test when a tool is missing, and fails it in CI, where make test installs it.
func need(t *testing.T, tools ...string) {
	testenv.NeedTools(t, tools...)
}

func TestDebPackage(t *testing.T) {
	need(t, "dpkg-deb", "fakeroot")
	out, err := exec.Command("packaging/build-deb", binary(t), cli.Version, t.TempDir()).Output()
	if err != nil {
		t.Fatalf("build-deb: %v", err)
	}
	deb := strings.TrimSpace(string(out))
	list, err := exec.Command("dpkg-deb", "-c", deb).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"-rwxr-xr-x root/root", "./usr/bin/sportello",
		"./usr/share/applications/sportello.desktop",
		"./usr/share/icons/hicolor/512x512/apps/sportello.png",
		"./lib/systemd/system/sportello-kiosk.service",
		"./lib/systemd/system/sportello-backup.service",
		"./lib/systemd/system/sportello-backup.timer",
		"./usr/share/doc/sportello/README.md",
		"drwx------ root/root         0", "./var/lib/sportello/",
		"drwxr-xr-x root/root         0", "./\n",
	} {
		if !strings.Contains(string(list), want) {
			t.Errorf("the .deb lacks %q:\n%s", want, list)
		}
	}
	info, _ := exec.Command("dpkg-deb", "-I", deb).Output()
	for _, want := range []string{"Package: sportello", "Version: " + cli.Version, "Depends: adduser", "cage", "postinst"} {
		if !strings.Contains(string(info), want) {
			t.Errorf("control lacks %q:\n%s", want, info)
		}
	}
}

func TestSystemdUnitsVerify(t *testing.T) {
	need(t, "systemd-analyze")
	dir := t.TempDir()
	units, _ := filepath.Glob("packaging/systemd/*")
	var paths []string
	for _, u := range units {
		b, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		// verify wants the programs the units start to exist: point them at ones that do.
		text := strings.ReplaceAll(string(b), "/usr/bin/sportello", binary(t))
		text = strings.ReplaceAll(text, "/usr/bin/cage", "/bin/true")
		p := filepath.Join(dir, filepath.Base(u))
		os.WriteFile(p, []byte(text), 0o644)
		paths = append(paths, p)
	}
	out, err := exec.Command("systemd-analyze", append([]string{"verify"}, paths...)...).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}

func TestVersionMatchesFyneApp(t *testing.T) {
	b, err := os.ReadFile("FyneApp.toml")
	if err != nil || !strings.Contains(string(b), `Version = "`+cli.Version+`"`) {
		t.Errorf("FyneApp.toml and cli.Version differ (%s)", cli.Version)
	}
}

// Subcommands print no toolkit warnings under Debian's container locale.
func TestCommandsAreQuietUnderACLocale(t *testing.T) {
	for _, lang := range []string{"C.UTF-8", "C", ""} {
		cmd := exec.Command(binary(t), "--data", filepath.Join(t.TempDir(), "data"), "requests", "list")
		cmd.Env = append(os.Environ(), "LANG="+lang, "LC_ALL=", "LC_MESSAGES=")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Errorf("LANG=%q: %v, stderr %q", lang, err, stderr.String())
		}
	}
}
