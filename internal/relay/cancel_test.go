package relay

import (
	"testing"
	"time"
)

// A cable that swallows the server's answers instead of refusing: the kiosk
// gives up within its time limit, the request goes to the emergency
// register, and nothing the kiosk sent commits centrally.
func TestASwallowingCableCommitsNothing(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	k.relay.Timeout = time.Second
	codes := map[string]bool{k.file(t, "Prima del guasto").Code: true}
	k.cable.setSwallow(true)
	started := time.Now()
	r := k.file(t, "Durante il guasto")
	took := time.Since(started)
	codes[r.Code] = true
	if r.Emergency == "" || took > 2*time.Second {
		t.Fatalf("the kiosk waited %v and gave %q", took, r.Emergency)
	}
	time.Sleep(1500 * time.Millisecond) // what the server received has had time to commit, were it to
	if _, err := s.central.RequestByCode(r.Code); err == nil {
		t.Fatal("the request committed centrally after the kiosk gave up")
	}
	k.cable.setSwallow(false)
	k.relay.mu.Lock()
	k.relay.downUntil = time.Time{}
	k.relay.mu.Unlock()
	k.flush(t)
	s.checkRegister(t, codes)
}

// A database that answers after the limit: each call is given up in time;
// after the sync every request is registered once, with no gap.
func TestLateAnswersCountOnce(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	k.relay.Timeout = time.Second
	k.relay.Retry = 0 // try the central database for every request
	codes := map[string]bool{}
	k.cable.setSlow(300 * time.Millisecond)
	for i := range 3 {
		started := time.Now()
		r := k.file(t, "Risposta lenta "+itoa(i))
		if took := time.Since(started); took > 2500*time.Millisecond {
			t.Errorf("request %d waited %v", i, took)
		}
		codes[r.Code] = true
	}
	k.cable.setSlow(0)
	time.Sleep(time.Second)
	k.relay.mu.Lock()
	k.relay.downUntil = time.Time{}
	k.relay.mu.Unlock()
	k.flush(t)
	s.checkRegister(t, codes)
}
