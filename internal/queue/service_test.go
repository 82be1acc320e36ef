package queue_test

import (
	"sync"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func newService(t *testing.T) (*queue.Service, *clock) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := testdb.Demo(t).Content
	clk := &clock{t: time.Date(2026, 12, 2, 9, 0, 0, 0, hours.Rome)}
	return &queue.Service{Store: db, Content: func() (kiosk.Content, error) { return c, nil }, Now: clk.Now, Kiosk: "atrio"}, clk
}

func TestTicketsAreNumberedAndCalledInTurn(t *testing.T) {
	s, clk := newService(t)
	take := func(line string, priority bool) queue.Place {
		t.Helper()
		clk.add(time.Minute) // past the misuse time
		p, err := s.Take(line, priority, kiosk.Italian)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	a1, a2, p1 := take("A", false), take("A", false), take("P", false)
	if a1.Label() != "A001" || a2.Label() != "A002" || p1.Label() != "P001" || a2.Ahead != 1 || p1.Ahead != 0 {
		t.Fatalf("numbers %s %s %s, ahead %d %d", a1.Label(), a2.Label(), p1.Label(), a2.Ahead, p1.Ahead)
	}
	if _, err := s.Take("A", false, kiosk.Italian); kiosk.ErrorCode(err) != kiosk.TooMany {
		t.Errorf("a second ticket at once from the same kiosk: %v", err)
	}
	prio := take("A", true)
	if prio.Ahead != 0 {
		t.Errorf("a priority ticket has %d ahead", prio.Ahead)
	}
	first, err := s.CallNext("sportello-1") // lines A and R
	if err != nil || first.ID != prio.ID || first.Desk != "sportello-1" {
		t.Fatalf("first call: %s %v", first.Label(), err)
	}
	clk.add(4 * time.Minute)
	if _, err := s.Served(first.ID); err != nil {
		t.Fatal(err)
	}
	if place, _ := s.Place(a2.Token); place.Ahead != 1 || !place.WaitKnown || place.Wait != 2*time.Minute { // 4 minutes a citizen, 1 ahead, 2 desks serve A
		t.Errorf("A002's place: %d ahead, wait %v %v", place.Ahead, place.Wait, place.WaitKnown)
	}
	next, _ := s.CallNext("sportello-1")
	moved, err := s.Transfer(next.ID, "P") // A001 goes to the registry, before P001
	if err != nil || moved.Label() != "P002" {
		t.Fatalf("moved: %s %v", moved.Label(), err)
	}
	if got, _ := s.CallNext("sportello-2"); got.ID != moved.ID {
		t.Errorf("the desk of A and P calls %s, want the moved %s", got.Label(), moved.Label())
	}
	if _, err := s.NoShow(next.ID); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("a transferred ticket marked absent: %v", err)
	}
	clk.add(24 * time.Hour)
	if p := take("A", false); p.Label() != "A001" {
		t.Errorf("the next day starts at %s", p.Label())
	}
	if _, err := s.CallNext("sportello-9"); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("a desk that does not exist: %v", err)
	}
}

// Two desks calling at once never call the same ticket, and every ticket
// is called once.
func TestDesksCallingAtOnce(t *testing.T) {
	s, clk := newService(t)
	s.Kiosk = ""
	const n = 40
	for range n {
		clk.add(time.Second)
		if _, err := s.Take("A", false, kiosk.Italian); err != nil {
			t.Fatal(err)
		}
	}
	called := map[int64]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, desk := range []string{"sportello-1", "sportello-2"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				tk, err := s.CallNext(desk)
				if queue.IsEmpty(err) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				called[tk.ID]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(called) != n {
		t.Errorf("%d tickets called, want %d", len(called), n)
	}
	for id, times := range called {
		if times != 1 {
			t.Errorf("ticket %d called %d times", id, times)
		}
	}
	if _, err := s.CallNext("sportello-1"); !queue.IsEmpty(err) {
		t.Errorf("a call on an empty queue: %v", err)
	}
}
