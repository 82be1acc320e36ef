package appointments_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"sportello/internal/appointments"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

func rome(d, h, m int) time.Time { return time.Date(2026, 12, d, h, m, 0, 0, hours.Rome) }

func TestTheSlotsOfADay(t *testing.T) {
	week := kiosk.Week{Mon: []kiosk.Slot{{Open: 9 * 60, Close: 10 * 60}, {Open: 15 * 60, Close: 15*60 + 50}},
		Tue: []kiosk.Slot{{Open: 9 * 60, Close: 10 * 60}}}
	b := kiosk.Booking{Minutes: 20, Places: 2, Days: 10}
	cal := hours.Calendar{}
	starts := func(ss []appointments.Slot) string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Start.Format("Mon 2 15:04")+"/"+string(rune('0'+s.Free)))
		}
		return strings.Join(out, " ")
	}
	monday := kiosk.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		name  string
		day   kiosk.Date
		taken map[time.Time]int
		now   time.Time
		want  string
	}{
		{"a whole Monday: 15:40 does not fit before 15:50", monday, nil, rome(1, 9, 0),
			"Mon 7 09:00/2 Mon 7 09:20/2 Mon 7 09:40/2 Mon 7 15:00/2 Mon 7 15:20/2"},
		{"places taken", monday, map[time.Time]int{rome(7, 9, 0).UTC(): 2, rome(7, 9, 20).UTC(): 1}, rome(1, 9, 0),
			"Mon 7 09:20/1 Mon 7 09:40/2 Mon 7 15:00/2 Mon 7 15:20/2"},
		{"today, past times gone", monday, nil, rome(7, 9, 30), "Mon 7 09:40/2 Mon 7 15:00/2 Mon 7 15:20/2"},
		{"Tuesday 8 December is the Immacolata", kiosk.Date{Year: 2026, Month: 12, Day: 8}, nil, rome(1, 9, 0), ""},
		{"Wednesday: closed", kiosk.Date{Year: 2026, Month: 12, Day: 9}, nil, rome(1, 9, 0), ""},
		{"beyond the days it books ahead", kiosk.Date{Year: 2026, Month: 12, Day: 14}, nil, rome(1, 9, 0), ""},
		{"a day past", kiosk.Date{Year: 2026, Month: 11, Day: 30}, nil, rome(1, 9, 0), ""},
	}
	for _, c := range cases {
		if got := starts(appointments.Slots(cal, week, b, c.day, c.taken, c.now)); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func TestTheCheckInWindow(t *testing.T) {
	start := rome(3, 10, 0)
	for _, c := range []struct {
		now  time.Time
		want string // in the Italian message; "" when accepted
	}{
		{rome(3, 9, 30), ""}, {rome(3, 10, 15), ""}, {rome(3, 9, 29), "in anticipo"}, {rome(3, 10, 16), "passato da più di 15 minuti"},
		{rome(2, 10, 0), "quel giorno"},
	} {
		err := appointments.CheckWindow(start, c.now)
		if (c.want == "") != (err == nil) || err != nil && !strings.Contains(kiosk.ErrorMessage(err, kiosk.Italian), c.want) {
			t.Errorf("at %v: %v, want %q", c.now, err, c.want)
		}
	}
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func newServices(t *testing.T) (*appointments.Service, *queue.Service, *clock) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := testdb.Demo(t).Content
	content := func() (kiosk.Content, error) { return c, nil }
	clk := &clock{t: rome(1, 9, 0)}
	q := &queue.Service{Store: db, Content: content, Now: clk.Now}
	return &appointments.Service{Store: db, Content: content, Now: clk.Now, Queue: q}, q, clk
}

func draft(start time.Time) appointments.Draft {
	return appointments.Draft{Service: "passo-carrabile", Start: start, Reason: "Rinnovo", Name: "Anna Esempio", Email: "anna@example.org",
		Lang: kiosk.Italian, PrivacyAccepted: true}
}

// 200 citizens booking the 20 slots of a day at once: exactly 20 bookings,
// 180 clear refusals, no slot booked twice.
func TestTwoHundredBookingsOfTwentySlots(t *testing.T) {
	s, _, _ := newServices(t)
	var free []appointments.Slot
	for d := 3; len(free) < 20 && d < 20; d++ {
		more, err := s.Free("passo-carrabile", kiosk.Date{Year: 2026, Month: 12, Day: d})
		if err != nil {
			t.Fatal(err)
		}
		free = append(free, more...)
	}
	if len(free) < 20 {
		t.Fatalf("%d slots free", len(free))
	}
	free = free[:20]
	var mu sync.Mutex
	booked, refused := map[time.Time]int{}, 0
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := free[i%20].Start
			_, err := s.Book(draft(start))
			mu.Lock()
			defer mu.Unlock()
			if err == nil {
				booked[start]++
				return
			}
			if msg := kiosk.ErrorMessage(err, kiosk.Italian); !strings.Contains(msg, "un altro") {
				t.Errorf("a refusal says %q (%v)", msg, err)
			}
			refused++
		}()
	}
	wg.Wait()
	if len(booked) != 20 || refused != 180 {
		t.Errorf("%d slots booked, %d refused", len(booked), refused)
	}
	for start, n := range booked {
		if n != 1 {
			t.Errorf("%v booked %d times", start, n)
		}
	}
}

// A booked citizen checks in by the code and is called before walk-ins; a
// cancelled slot is free again.
func TestCheckInGoesAheadOfWalkIns(t *testing.T) {
	s, q, clk := newServices(t)
	a, err := s.Book(draft(rome(3, 10, 0)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Book(draft(rome(3, 10, 0))); err == nil {
		t.Error("the same slot booked twice")
	}
	if _, err := s.Book(draft(rome(3, 9, 55))); err == nil {
		t.Error("a time that is not a slot was booked")
	}
	if _, _, err := s.CheckIn(a.Code); err == nil || !strings.Contains(kiosk.ErrorMessage(err, kiosk.Italian), "quel giorno") {
		t.Errorf("a check-in two days early: %v", err)
	}
	clk.set(rome(3, 9, 10))
	walkIn, err := q.Take("P", false, kiosk.Italian)
	if err != nil {
		t.Fatal(err)
	}
	clk.set(rome(3, 9, 40))
	_, place, err := s.CheckIn(a.Code)
	if err != nil || place.Line != "P" {
		t.Fatalf("check-in: %v, %+v", err, place)
	}
	if called, _ := q.CallNext("sportello-2"); called.ID != place.ID {
		t.Errorf("called %s before the booked %s (walk-in %s)", called.Label(), place.Label(), walkIn.Label())
	}
	if _, _, err := s.CheckIn(a.Code); err == nil {
		t.Error("checked in twice")
	}
	b, _ := s.Book(draft(rome(3, 11, 0)))
	if _, err := s.Cancel(b.Code); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Book(draft(rome(3, 11, 0))); err != nil {
		t.Errorf("a cancelled slot is not free again: %v", err)
	}
}

// An appointment's personal data follow the retention of requests.
func TestRetentionErasesAnAppointmentsPersonalData(t *testing.T) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c := testdb.Demo(t).Content
	s := &appointments.Service{Store: db, Content: func() (kiosk.Content, error) { return c, nil }, Now: func() time.Time { return rome(1, 9, 0) },
		Mail: db, Settings: func() (kiosk.Settings, bool, error) {
			return kiosk.Settings{Mail: kiosk.MailSettings{Host: "127.0.0.1", Port: 1, From: "urp@provincia.bt.it"}}, true, nil
		}}
	a, err := s.Book(draft(rome(3, 10, 0)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ErasePersonal(rome(3, 9, 0), "retention"); err != nil {
		t.Fatal(err)
	}
	if kept, _ := s.ByCode(a.Code); kept.Name == "" {
		t.Error("an appointment to come lost its name")
	}
	if _, err := db.ErasePersonal(rome(4, 0, 0), "retention"); err != nil {
		t.Fatal(err)
	}
	if gone, _ := s.ByCode(a.Code); gone.Name != "" || gone.Email != "" || gone.Reason != "" || gone.Service != "passo-carrabile" {
		t.Errorf("after retention: %+v", gone)
	}
	mails, err := db.ClaimMail(rome(5, 0, 0), rome(5, 1, 0))
	if err != nil || len(mails) != 2 {
		t.Fatalf("the mails kept: %d (%v)", len(mails), err)
	}
	for _, m := range mails {
		if m.To != "" || m.Body != "" {
			t.Errorf("a mail kept its recipient or text after retention: %+v", m)
		}
	}
}
