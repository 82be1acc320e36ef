package speech

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sportello/internal/kiosk"
	"sportello/internal/testenv"
)

func TestCommandAndStop(t *testing.T) {
	var started []*exec.Cmd
	s := &Speaker{Binary: "/usr/bin/espeak-ng", Start: func(c *exec.Cmd) error {
		c.Path, c.Args = "/bin/sleep", []string{"sleep", "30"} // stands in for speaking
		started = append(started, c)
		return c.Start()
	}}
	got := strings.Join(s.Command("Uffici e orari", kiosk.Italian, 250).Args, " ")
	if got != "/usr/bin/espeak-ng -v it -a 200 -s 150 -- Uffici e orari" {
		t.Errorf("command = %q", got)
	}
	if got := s.Command("-x", kiosk.English, 80).Args; got[2] != "en" || got[4] != "80" || got[len(got)-1] != "-x" {
		t.Errorf("English command = %v", got)
	}
	s.Say("primo", kiosk.Italian, DefaultVolume)
	s.Say("secondo", kiosk.Italian, DefaultVolume)
	if len(started) != 2 {
		t.Fatalf("started %d", len(started))
	}
	if err := started[0].Wait(); err == nil {
		t.Error("the first text was not stopped by the second")
	}
	s.Stop()
	if err := started[1].Wait(); err == nil {
		t.Error("Stop did not silence the speaker")
	}
}

func TestRealEspeakWritesAWAV(t *testing.T) {
	s, err := New()
	if err != nil {
		testenv.Need(t, false, err.Error())
	}
	for _, lang := range kiosk.Langs {
		path := filepath.Join(t.TempDir(), string(lang)+".wav")
		if err := s.WAV("Protocollo numero 2026 barra 123", lang, path); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil || len(b) < 44 || string(b[:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
			t.Fatalf("%s: not a WAV file (%d bytes, %v)", lang, len(b), err)
		}
		if data := binary.LittleEndian.Uint32(b[40:44]); data < 10000 {
			t.Errorf("%s: only %d bytes of sound", lang, data)
		}
	}
}
