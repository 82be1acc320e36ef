package display

import (
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/assets"
	"sportello/internal/content"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

// fakeVoice records what it was asked to say.
type fakeVoice struct{ said [][]Utterance }

func (f *fakeVoice) Announce(u []Utterance) { f.said = append(f.said, u) }

// fakeQueue holds the calls, the newest first, and can stop answering.
type fakeQueue struct {
	calls []queue.Ticket
	err   error
}

func (q *fakeQueue) LastCalls(n int) ([]queue.Ticket, error) {
	if q.err != nil {
		return nil, q.err
	}
	return q.calls[:min(n, len(q.calls))], nil
}

// call puts a call on top, as a desk calling or recalling it does.
func (q *fakeQueue) call(t queue.Ticket) {
	for i, o := range q.calls {
		if o.ID == t.ID {
			q.calls = append(q.calls[:i], q.calls[i+1:]...)
			break
		}
	}
	q.calls = append([]queue.Ticket{t}, q.calls...)
}

var now = time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)

func newDisplay(t *testing.T, q *fakeQueue) (*Display, *fakeVoice) {
	t.Helper()
	a := test.NewApp()
	t.Cleanup(a.Quit)
	a.Settings().SetTheme(Theme())
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	demo := content.Load(assets.Demo, assets.DemoFile)
	if len(demo.Problems) > 0 {
		t.Fatal(demo.Problems)
	}
	voice := &fakeVoice{}
	d := New(Deps{Calls: q.LastCalls, Content: func() (kiosk.Content, error) { return demo.Content, nil }, Voice: voice,
		Catalog: cat, Now: func() time.Time { return now }, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	w := test.NewWindow(d.Object())
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1920, 1080))
	return d, voice
}

func ticket(id int64, line string, n int, desk, lang string, called time.Time) queue.Ticket {
	return queue.Ticket{ID: id, Day: "2026-11-25", Line: line, Number: n, Lang: lang, Desk: desk, Called: called, Status: queue.Called}
}

func TestANewCallIsShownAndAnnouncedOnce(t *testing.T) {
	q := &fakeQueue{calls: []queue.Ticket{ticket(1, "A", 16, "sportello-1", "it", now.Add(-5*time.Minute))}}
	d, voice := newDisplay(t, q)
	d.Show(d.Read())
	if d.Label.Text != "A016" || d.Desk.Text != "Sportello 1" || !d.Idle.Hidden {
		t.Errorf("before any new call: %q → %q", d.Label.Text, d.Desk.Text)
	}
	if len(voice.said) != 0 {
		t.Errorf("a call made before the display started was spoken: %v", voice.said)
	}

	q.call(ticket(2, "A", 17, "sportello-2", "en", now))
	d.Show(d.Read())
	if d.Label.Text != "A017" || d.Desk.Text != "Sportello 2" || d.Label.Hidden {
		t.Errorf("the new call shows %q → %q", d.Label.Text, d.Desk.Text)
	}
	if d.Rows[0].Label.Text != "A016" || d.Rows[0].Desk.Text != "Sportello 1" || d.Rows[1].Label.Text != "" {
		t.Errorf("the earlier calls: %q %q, then %q", d.Rows[0].Label.Text, d.Rows[0].Desk.Text, d.Rows[1].Label.Text)
	}
	want := []Utterance{{kiosk.Italian, "Numero A 17, sportello 2."}, {kiosk.English, "Number A-17, desk 2."}}
	if len(voice.said) != 1 || len(voice.said[0]) != 2 || voice.said[0][0] != want[0] || voice.said[0][1] != want[1] {
		t.Fatalf("announced %v, want once %v", voice.said, want)
	}
	d.Show(d.Read())
	d.Show(d.Read())
	if len(voice.said) != 1 {
		t.Errorf("the same call was announced again: %v", voice.said)
	}
	if min := d.Label.TextSize; min < 0.1*1080 {
		t.Errorf("the number is %v high in a 1080 window: less than a tenth", min)
	}

	q.call(ticket(1, "A", 16, "sportello-1", "it", now.Add(time.Minute))) // recalled
	d.Show(d.Read())
	if d.Label.Text != "A016" || len(voice.said) != 2 || voice.said[1][0].Text != "Numero A 16, sportello 1." {
		t.Errorf("a recall: %q, announced %v", d.Label.Text, voice.said)
	}
}

func TestTwoCallsAtOnceAreBothAnnouncedOldestFirst(t *testing.T) {
	q := &fakeQueue{}
	d, voice := newDisplay(t, q)
	d.Show(d.Read())
	if !d.Label.Hidden || d.Idle.Hidden || d.Idle.Text != "Attenda la chiamata del Suo numero" {
		t.Errorf("no call yet: label shown %v, idle %q", !d.Label.Hidden, d.Idle.Text)
	}
	q.call(ticket(1, "A", 1, "sportello-1", "it", now))
	q.call(ticket(2, "P", 1, "sportello-2", "it", now.Add(time.Millisecond)))
	d.Show(d.Read())
	if len(voice.said) != 2 || voice.said[0][0].Text != "Numero A 1, sportello 1." || voice.said[1][0].Text != "Numero P 1, sportello 2." {
		t.Errorf("announced %v", voice.said)
	}
	if d.Label.Text != "P001" {
		t.Errorf("shows %q, want the newest", d.Label.Text)
	}
}

func TestYesterdaysCallsAreNotShownAndALostQueueIsSaid(t *testing.T) {
	old := ticket(1, "A", 40, "sportello-1", "it", now.Add(-20*time.Hour))
	old.Day = "2026-11-24"
	q := &fakeQueue{calls: []queue.Ticket{old}}
	d, _ := newDisplay(t, q)
	d.Show(d.Read())
	if !d.Label.Hidden || d.Rows[0].Label.Text != "" {
		t.Errorf("yesterday's call is shown: %q", d.Label.Text)
	}
	q.err = errors.New("connection refused")
	d.Show(d.Read())
	if d.Problem.Hidden {
		t.Error("the lost connection is not said")
	}
	q.err = nil
	d.Show(d.Read())
	if !d.Problem.Hidden {
		t.Error("the problem stays once the queue answers")
	}
}

// The call stays large, and within the window, either way round.
func TestTheCallFitsBothOrientations(t *testing.T) {
	q := &fakeQueue{calls: []queue.Ticket{ticket(1, "A", 17, "sportello-2", "it", now)}}
	d, _ := newDisplay(t, q)
	d.Show(d.Read())
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 1024}} {
		d.Object().Resize(size)
		if d.Label.TextSize < 0.1*size.Height {
			t.Errorf("%v: the number is %v high", size, d.Label.TextSize)
		}
		for _, o := range d.texts() {
			if o.Text != "" && (o.Position().X < 0 || o.Position().X+o.Size().Width > size.Width+1 || o.Position().Y+o.Size().Height > size.Height+1) {
				t.Errorf("%v: %q at %v size %v leaves the window", size, o.Text, o.Position(), o.Size())
			}
		}
	}
}
