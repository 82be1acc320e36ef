package events_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"sportello/internal/events"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

func newService(t *testing.T, seats int, now time.Time) (*events.Service, *store.DB) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := testdb.Demo(t).Content
	for i := range c.Notices {
		if c.Notices[i].ID == "seminario-urp" {
			c.Notices[i].Signups.Seats = seats
		}
	}
	return &events.Service{Store: db, Content: func() (kiosk.Content, error) { return c, nil }, Now: func() time.Time { return now }}, db
}

func person(i int) events.Draft {
	return events.Draft{Notice: "seminario-urp", Name: fmt.Sprintf("Persona %d", i), Email: fmt.Sprintf("p%d@example.org", i),
		Lang: kiosk.Italian, PrivacyAccepted: true}
}

// An event fills up, then a waiting list forms; a seat given back goes to
// the first waiting.
func TestAnEventFillsUpAndItsWaitingListMovesOn(t *testing.T) {
	s, db := newService(t, 3, time.Date(2026, 11, 25, 10, 0, 0, 0, hours.Rome))
	var all []events.Signup
	for i := range 5 {
		su, err := s.SignUp(person(i))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, su)
	}
	want := []events.Status{events.Seated, events.Seated, events.Seated, events.Waiting, events.Waiting}
	for i, su := range all {
		if su.Status != want[i] {
			t.Errorf("sign-up %d is %s, want %s", i, su.Status, want[i])
		}
	}
	list, _ := db.Signups("seminario-urp")
	if p := events.Position(list, all[4]); p != 2 {
		t.Errorf("the last one waits %dth", p)
	}
	_, promoted, err := s.Cancel(all[1].Code)
	if err != nil || promoted == nil || promoted.ID != all[3].ID {
		t.Fatalf("a seat given back went to %+v (%v)", promoted, err)
	}
	if _, promoted, _ := s.Cancel(all[4].Code); promoted != nil {
		t.Error("cancelling a place on the waiting list seated someone")
	}
	if _, _, err := s.Cancel(all[4].Code); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("cancelled twice: %v", err)
	}
	if _, _, err := s.Cancel(all[3].Code); err != nil { // the one promoted gives it back: no one waits, the seat is free
		t.Fatal(err)
	}
	if su, _ := s.SignUp(person(9)); su.Status != events.Seated {
		t.Errorf("a free seat went to the waiting list: %s", su.Status)
	}
	if _, err := s.SignUp(events.Draft{Notice: "seminario-urp", Name: "X", Email: "x@", PrivacyAccepted: true}); err == nil {
		t.Error("a sign-up with a wrong e-mail")
	}
	if _, err := s.SignUp(events.Draft{Notice: "gara-manutenzione-strade", Name: "X", Email: "x@example.org", PrivacyAccepted: true}); err == nil {
		t.Error("a sign-up for a notice that takes none")
	}
}

func TestSignUpsCloseAfterTheDeadline(t *testing.T) {
	s, _ := newService(t, 30, time.Date(2026, 12, 3, 9, 0, 0, 0, hours.Rome))
	if _, err := s.SignUp(person(1)); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("a sign-up after the deadline: %v", err)
	}
}

// Fifty at once for ten seats: ten seated, forty waiting, none twice.
func TestSignUpsAtOnce(t *testing.T) {
	s, _ := newService(t, 10, time.Date(2026, 11, 25, 10, 0, 0, 0, hours.Rome))
	var mu sync.Mutex
	count := map[events.Status]int{}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			su, err := s.SignUp(person(i))
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			count[su.Status]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if count[events.Seated] != 10 || count[events.Waiting] != 40 {
		t.Errorf("seated %d, waiting %d", count[events.Seated], count[events.Waiting])
	}
}
