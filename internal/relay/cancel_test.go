package relay

import (
	"encoding/json"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/ratings"
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
	k.reconnect()
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
	k.reconnect()
	k.flush(t)
	s.checkRegister(t, codes)
}

// An item the central database keeps refusing is set aside, with its error,
// after kiosk.MaxAttempts flushes; the items after it go on meanwhile.
func TestARefusedItemIsSetAsideAndTheRestGoOn(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	k.cable.setCut(true)
	bad, _ := json.Marshal(kiosk.Rating{Office: "urp-andria", Scale: 3, Value: 9, Kiosk: "k", At: time.Now(), UID: "valore-impossibile"})
	if err := k.local.Enqueue("rating", "valore-impossibile", bad, time.Now()); err != nil {
		t.Fatal(err)
	}
	r := k.file(t, "Dopo la valutazione sbagliata")
	k.cable.setCut(false)
	k.reconnect()
	for i := range kiosk.MaxAttempts {
		if _, err := k.relay.Flush(); err == nil || err == ErrUnreachable {
			t.Fatalf("flush %d: %v", i, err)
		}
		if i == 0 {
			s.checkRegister(t, map[string]bool{r.Code: true}) // the request went on at once
		}
	}
	if items, _ := k.local.Outbox(); len(items) != 0 {
		t.Errorf("still to send: %+v", items)
	}
	aside, err := k.local.SetAside()
	if err != nil || len(aside) != 1 || aside[0].Key != "valore-impossibile" || aside[0].Error == "" || aside[0].Attempts != kiosk.MaxAttempts {
		t.Errorf("set aside: %+v (%v)", aside, err)
	}
	if n, err := k.relay.Flush(); n != 0 || err != nil {
		t.Errorf("a flush after it was set aside: %d %v", n, err)
	}
}

// Ratings taken while the cable is cut are thanked, queued once each, count
// once centrally, and raise their alert there when they arrive.
func TestOfflineRatingsCountOnceAndAlertCentrally(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	rules := kiosk.DefaultRatingRules
	content := func() (kiosk.Content, error) { return kiosk.Content{Ratings: rules}, nil }
	now := time.Now()
	svc := &ratings.Service{Store: k.relay, Content: content, Now: func() time.Time { return now }, Kiosk: "atrio"}
	k.relay.Arrived = func(c kiosk.RatingStore, r kiosk.Rating) { ratings.Arrived(c, rules, r) }
	k.cable.setCut(true)
	for range rules.AlertWindow {
		now = now.Add(time.Minute)
		r := ratings.New("urp-andria", "")
		r.Scale, r.Value = 3, 1
		if _, _, err := svc.Rate(r); err != nil {
			t.Fatalf("an offline rating was not thanked: %v", err)
		}
		if _, _, err := svc.Rate(r); err != nil { // sent again: the same uid
			t.Fatal(err)
		}
	}
	if items, _ := k.local.Outbox(); len(items) != rules.AlertWindow {
		t.Errorf("%d items queued for %d ratings", len(items), rules.AlertWindow)
	}
	k.cable.setCut(false)
	k.reconnect()
	k.flush(t)
	day := kiosk.DateOf(now)
	counts, _ := s.central.RatingCounts(kiosk.RatingQuery{From: day.AddDays(-1), To: day.AddDays(1), IncludeMisuse: true})
	total := 0
	for _, c := range counts {
		total += c.Count
	}
	alerts, _ := s.central.Alerts()
	if total != rules.AlertWindow || len(alerts) != 1 {
		t.Errorf("%d ratings and %d alerts centrally, want %d and 1", total, len(alerts), rules.AlertWindow)
	}
}

func TestWarningsOfItemsSetAside(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	w := Warnings([]kiosk.OutboxItem{{Kind: "rating", Key: "abc", Created: at, Attempts: 5, Error: "violates check constraint"}})
	if len(w) != 1 || w[0].It != "Il database centrale rifiuta una valutazione del 01/12/2026 10:00 (chiave abc), messa da parte dopo 5 tentativi: violates check constraint" || w[0].En == "" {
		t.Errorf("%+v", w)
	}
}

// reconnect has the kiosk try the central database at once, not after Retry.
func (k *kioskUnderTest) reconnect() {
	k.relay.mu.Lock()
	k.relay.downUntil = time.Time{}
	k.relay.mu.Unlock()
}
