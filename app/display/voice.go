package display

import (
	"bytes"
	"encoding/binary"
	"log/slog"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	"sportello/internal/kiosk"
)

// Announcer plays the chime and speaks a call. It must not block: the
// display calls it from the UI thread.
type Announcer interface {
	Announce(call []Utterance)
}

// Voice is the display's Announcer: for each call, one after another and
// never cut short by the next, the chime through the system's sound player,
// then each sentence through espeak-ng.
type Voice struct {
	// Player is the command that plays a WAV file, the file's path added
	// last; empty: no chime, the voice alone.
	Player []string
	Chime  string // the chime's WAV file
	// Speak is the command that says a sentence; nil: no voice.
	Speak func(text string, lang kiosk.Lang) *exec.Cmd
	Log   *slog.Logger

	once  sync.Once
	calls chan []Utterance
}

// players are the sound players tried, in order: PipeWire's, PulseAudio's, ALSA's.
var players = [][]string{{"pw-play"}, {"paplay"}, {"aplay", "-q"}}

// NewVoice writes the chime into the user's cache folder (the same file
// each start, so none is left behind when the display is killed) and finds
// a player for it; with none, calls are only spoken, and the log says why.
func NewVoice(speak func(text string, lang kiosk.Lang) *exec.Cmd, log *slog.Logger) *Voice {
	v := &Voice{Speak: speak, Log: log}
	for _, p := range players {
		if _, err := exec.LookPath(p[0]); err == nil {
			v.Player = p
			break
		}
	}
	if v.Player == nil {
		log.Warn("chime off: no sound player (apt-get install pipewire-bin, pulseaudio-utils or alsa-utils)")
		return v
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, "sportello", "chime.wav")
	err = os.MkdirAll(filepath.Dir(path), 0o755)
	if err == nil {
		err = os.WriteFile(path, ChimeWAV(), 0o644)
	}
	if err != nil {
		log.Warn("chime off", "err", err)
		v.Player = nil
		return v
	}
	v.Chime = path
	return v
}

// Announce queues a call; when ten are already waiting to be said, it is
// dropped (the screen shows it anyway).
func (v *Voice) Announce(call []Utterance) {
	v.once.Do(func() {
		v.calls = make(chan []Utterance, 10)
		go v.work()
	})
	select {
	case v.calls <- call:
	default:
		v.Log.Warn("call not spoken: too many at once")
	}
}

func (v *Voice) work() {
	for call := range v.calls {
		v.say(call)
	}
}

// say plays the chime, then speaks each sentence, waiting for each.
func (v *Voice) say(call []Utterance) {
	if len(v.Player) > 0 && v.Chime != "" {
		args := append(append([]string{}, v.Player[1:]...), v.Chime)
		v.run(exec.Command(v.Player[0], args...), "chime")
	}
	if v.Speak == nil {
		return
	}
	for _, u := range call {
		if v.run(v.Speak(u.Text, u.Lang), "speech") {
			v.Log.Info("call spoken", "text", u.Text, "lang", u.Lang)
		}
	}
}

// longest is how long a sound may take before it is stopped: a stuck
// player must not silence every call after it.
const longest = 15 * time.Second

// run runs a sound's command to its end, and reports whether it ran well.
func (v *Voice) run(cmd *exec.Cmd, what string) bool {
	if err := cmd.Start(); err != nil {
		v.Log.Warn(what, "err", err)
		return false
	}
	stop := time.AfterFunc(longest, func() { cmd.Process.Kill() })
	defer stop.Stop()
	if err := cmd.Wait(); err != nil {
		v.Log.Warn(what, "err", err)
		return false
	}
	return true
}

// chimeRate is the chime's sample rate.
const chimeRate = 22050

// ChimeWAV is the call's chime, made here rather than shipped: two soft
// bell tones, high then low, as in a waiting room, 1.4 s of 16-bit mono.
func ChimeWAV() []byte {
	n := int(1.4 * chimeRate)
	samples := make([]int16, n)
	notes := []struct{ freq, start float64 }{{659.25, 0}, {523.25, 0.45}} // E5, C5
	for i := range samples {
		t := float64(i) / chimeRate
		var s float64
		for _, note := range notes {
			s += bell(note.freq, t-note.start)
		}
		samples[i] = int16(math.Max(-1, math.Min(1, 0.45*s)) * math.MaxInt16)
	}
	var b bytes.Buffer
	data := uint32(2 * n)
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, 36+data)
	b.WriteString("WAVEfmt ")
	for _, field := range []any{uint32(16), uint16(1), uint16(1), uint32(chimeRate), uint32(2 * chimeRate), uint16(2), uint16(16)} { // PCM, mono, 16 bits
		binary.Write(&b, binary.LittleEndian, field)
	}
	b.WriteString("data")
	binary.Write(&b, binary.LittleEndian, data)
	binary.Write(&b, binary.LittleEndian, samples)
	return b.Bytes()
}

// bell is a struck tone t seconds after it starts: a quick attack, then a
// slow fade, with two soft overtones.
func bell(freq, t float64) float64 {
	if t < 0 {
		return 0
	}
	env := math.Min(1, t/0.01) * math.Exp(-t/0.4)
	w := 2 * math.Pi * freq * t
	return env * (math.Sin(w) + 0.3*math.Sin(2*w) + 0.1*math.Sin(3*w)) / 1.4
}
