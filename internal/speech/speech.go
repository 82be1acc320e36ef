// Package speech speaks text aloud in Italian or English with espeak-ng.
package speech

import (
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"sync"

	"sportello/internal/kiosk"
)

// DefaultVolume is espeak-ng's amplitude at the start of every session.
const DefaultVolume = 100

// Speaker speaks one text at a time: a new text stops the one being spoken.
type Speaker struct {
	Binary string                // espeak-ng
	Start  func(*exec.Cmd) error // starts a command; tests replace it
	mu     sync.Mutex
	cmd    *exec.Cmd
}

// New finds espeak-ng; the error says why speech is not available.
func New() (*Speaker, error) {
	bin, err := exec.LookPath("espeak-ng")
	if err != nil {
		return nil, errors.New("espeak-ng is not installed (apt-get install espeak-ng): the Ascolta button is hidden")
	}
	return &Speaker{Binary: bin}, nil
}

var voices = map[kiosk.Lang]string{kiosk.Italian: "it", kiosk.English: "en"}

// Command is the espeak-ng call that speaks text in lang at volume (0-200).
func (s *Speaker) Command(text string, lang kiosk.Lang, volume int) *exec.Cmd {
	voice, ok := voices[lang]
	if !ok {
		voice = "it"
	}
	return exec.Command(s.Binary, "-v", voice, "-a", strconv.Itoa(max(0, min(volume, 200))), "-s", "150", "--", text)
}

// Say stops what is being spoken and starts speaking text.
func (s *Speaker) Say(text string, lang kiosk.Lang, volume int) error {
	s.Stop()
	if text == "" {
		return nil
	}
	cmd := s.Command(text, lang, volume)
	start := s.Start
	if start == nil {
		start = startAndReap
	}
	if err := start(cmd); err != nil {
		return fmt.Errorf("espeak-ng: %w", err)
	}
	s.mu.Lock()
	s.cmd = cmd
	s.mu.Unlock()
	return nil
}

func startAndReap(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}

// Stop silences what is being spoken.
func (s *Speaker) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil && s.cmd.Process != nil {
		s.cmd.Process.Kill()
	}
	s.cmd = nil
}

// WAV writes text spoken in lang to a WAV file instead of the speakers.
func (s *Speaker) WAV(text string, lang kiosk.Lang, path string) error {
	cmd := s.Command(text, lang, DefaultVolume)
	cmd.Args = append(cmd.Args[:1], append([]string{"-w", path}, cmd.Args[1:]...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("espeak-ng: %v: %s", err, out)
	}
	return nil
}
