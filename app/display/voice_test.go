package display

import (
	"bytes"
	"encoding/binary"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
)

func TestChimeIsAShortPCMWAV(t *testing.T) {
	b := ChimeWAV()
	if !bytes.HasPrefix(b, []byte("RIFF")) || string(b[8:16]) != "WAVEfmt " || string(b[36:40]) != "data" {
		t.Fatalf("not a WAV header: %q", b[:44])
	}
	if size := binary.LittleEndian.Uint32(b[4:8]); int(size) != len(b)-8 {
		t.Errorf("RIFF size %d, file %d", size, len(b))
	}
	rate, data := binary.LittleEndian.Uint32(b[24:28]), binary.LittleEndian.Uint32(b[40:44])
	if seconds := float64(data) / 2 / float64(rate); seconds < 1 || seconds > 2 {
		t.Errorf("the chime lasts %.1f s", seconds)
	}
}

// The chime plays first, then each sentence, and a second call waits for
// the first to end.
func TestVoicePlaysTheChimeThenSpeaks(t *testing.T) {
	log := filepath.Join(t.TempDir(), "log")
	note := func(what string) *exec.Cmd { return exec.Command("sh", "-c", `echo "$1" >> "$2"`, "sh", what, log) }
	v := &Voice{Player: []string{"sh", "-c", `echo chime >> "$1"`, "sh"}, Chime: log,
		Speak: func(text string, lang kiosk.Lang) *exec.Cmd { return note(string(lang) + ": " + text) },
		Log:   slog.New(slog.NewTextHandler(io.Discard, nil))}
	v.Announce([]Utterance{{kiosk.Italian, "Numero A 17, sportello 2."}, {kiosk.English, "Number A-17, desk 2."}})
	v.Announce([]Utterance{{kiosk.Italian, "Numero A 18, sportello 1."}})
	want := "chime\nit: Numero A 17, sportello 2.\nen: Number A-17, desk 2.\nchime\nit: Numero A 18, sportello 1.\n"
	var got string
	for range 200 {
		b, _ := os.ReadFile(log)
		if got = string(b); strings.Count(got, "\n") >= 5 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got != want {
		t.Errorf("played:\n%s\nwant:\n%s", got, want)
	}
}
