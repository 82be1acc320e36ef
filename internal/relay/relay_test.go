package relay

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

// site is a central database on a server of the test's own, with the demo content.
type site struct {
	server  *server
	central *store.DB // straight to the server, for the test to look
	kiosks  int
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{server: startServer(t)}
	var err error
	if s.central, err = store.Open(s.server.url("postgres")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.central.Close() })
	testdb.LoadDemo(t, s.central)
	return s
}

// kiosk is a kiosk with its own SQLite file, reaching the central database
// through a cable the test can cut.
type kioskUnderTest struct {
	cable *cable
	local *store.DB
	relay *Relay
	svc   *requests.Service
}

func (s *site) kiosk(t *testing.T) *kioskUnderTest {
	t.Helper()
	k := &kioskUnderTest{cable: newCable(t, "127.0.0.1:"+itoa(s.server.port))}
	s.kiosks++
	name := "CHIOSCO" + itoa(s.kiosks)
	var err error
	if k.local, err = store.Open(filepath.Join(t.TempDir(), "kiosk.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.local.Close() })
	url := "postgres://postgres@" + k.cable.addr() + "/postgres?sslmode=disable"
	k.relay = &Relay{Local: k.local, Timeout: 2 * time.Second, Now: time.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Kiosk: func() string { return name }, Connect: func(ctx context.Context) (*store.DB, error) { return store.OpenContext(ctx, url) }}
	if pulled, err := k.relay.Pull(); err != nil || !pulled {
		t.Fatalf("the kiosk did not get the central content: %v", err)
	}
	k.svc = &requests.Service{Store: k.relay, Content: k.local.Content, Now: time.Now}
	return k
}

func itoa(n int) string { return strconv.Itoa(n) }

func (k *kioskUnderTest) file(t *testing.T, text string) kiosk.Request {
	t.Helper()
	r, err := k.svc.Register(requests.Draft{Kind: kiosk.KindSuggestion, Text: text, PrivacyAccepted: true})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// flush sends the outbox until it is empty.
func (k *kioskUnderTest) flush(t *testing.T) {
	t.Helper()
	for range 20 {
		if _, err := k.relay.Flush(); err == nil {
			if items, _ := k.local.Outbox(); len(items) == 0 {
				return
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("the outbox did not empty")
}

// checkRegister fails unless the central register holds exactly codes, numbered 1..n.
func (s *site) checkRegister(t *testing.T, codes map[string]bool) {
	t.Helper()
	all, err := s.central.Requests()
	if err != nil {
		t.Fatal(err)
	}
	var numbers []int
	seen := map[string]bool{}
	for _, r := range all {
		if seen[r.Code] {
			t.Errorf("request %s stored twice", r.Code)
		}
		seen[r.Code] = true
		numbers = append(numbers, r.Protocol.Number)
	}
	sort.Ints(numbers)
	for i, n := range numbers {
		if n != i+1 {
			t.Fatalf("the register is not gap-free: %v", numbers)
		}
	}
	for code := range codes {
		if !seen[code] {
			t.Errorf("request %s was lost", code)
		}
	}
	if len(all) != len(codes) {
		t.Errorf("%d requests centrally, %d filed", len(all), len(codes))
	}
}

func TestAKioskCutOffKeepsTakingRequests(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	codes := map[string]bool{}

	online := k.file(t, "Più sedie")
	codes[online.Code] = true
	if online.Protocol.Provisional() {
		t.Fatal("a request taken online has no number")
	}

	k.cable.setCut(true)
	started := time.Now()
	offline := k.file(t, "Un parcheggio per biciclette")
	codes[offline.Code] = true
	if !offline.Protocol.Provisional() || time.Since(started) > 3*time.Second {
		t.Fatalf("offline: protocol %v after %v", offline.Protocol, time.Since(started))
	}
	for _, text := range []string{"Orari più lunghi il giovedì", "Un'altra stampante"} {
		codes[k.file(t, text).Code] = true
	}
	rating := kiosk.Rating{Office: "urp-andria", Scale: 3, Value: 3, Kiosk: "atrio", At: time.Now()}
	if stored, err := k.relay.AddRating(&rating); err != nil || stored {
		t.Fatal(err)
	}
	// The emergency register took it (art. 63): its own number, the outage recorded.
	emergency := "RE-CHIOSCO1-" + itoa(time.Now().In(hours.Rome).Year()) + "-0000001"
	if offline.Emergency != emergency {
		t.Errorf("offline request's emergency number %q, want %q", offline.Emergency, emergency)
	}
	outages, err := k.local.Outages()
	if err != nil || len(outages) != 1 || outages[0].Ended != nil || outages[0].Cause != OutageCause || outages[0].PerDay[hours.Today(time.Now())] != 3 {
		t.Errorf("outages while cut: %+v (%v)", outages, err)
	}
	// The code works at once, at the kiosk: the emergency number, received.
	p, err := k.svc.Status(offline.Code)
	if err != nil || !p.Protocol.Provisional() || p.Status != kiosk.StatusReceived || p.Number.It != "Registro di emergenza n. "+emergency {
		t.Fatalf("offline lookup: %+v %v", p, err)
	}
	if _, err := k.relay.Flush(); err == nil {
		t.Fatal("the outbox was sent through a cut cable")
	}

	k.cable.setCut(false)
	k.flush(t)
	s.checkRegister(t, codes)
	p, err = k.svc.Status(offline.Code)
	if err != nil || p.Protocol.Provisional() || p.Number.It != p.Protocol.String()+", registrata in emergenza come "+emergency {
		t.Errorf("after the sync the status shows %v %q (%v)", p.Protocol, p.Number.It, err)
	}
	// Linked both ways: the central registration names the emergency number, the kiosk's the ordinary one.
	if g, err := s.central.Registration(p.Protocol); err != nil || g.Emergency != emergency || g.EmergencyAt.IsZero() || g.SHA256 == "" {
		t.Errorf("central registration %+v (%v)", g, err)
	}
	if link, err := k.local.EmergencyLink(emergency); err != nil || link != p.Protocol.String() {
		t.Errorf("the kiosk's emergency register links %q (%v), want %s", link, err, p.Protocol)
	}
	if outages, _ := k.local.Outages(); len(outages) != 1 || outages[0].Ended == nil {
		t.Errorf("the outage did not end with the sync: %+v", outages)
	}
	made, _, err := s.central.RegisterDay(hours.Today(time.Now()))
	found := false
	for _, g := range made {
		found = found || (g.Emergency == emergency && g.Protocol == p.Protocol)
	}
	if err != nil || !found {
		t.Errorf("the day's register does not hold %s as %s: %v", emergency, p.Protocol, err)
	}
	counts, _ := s.central.RatingCounts(kiosk.RatingQuery{From: kiosk.DateOf(time.Now().AddDate(0, 0, -1)), To: kiosk.DateOf(time.Now().AddDate(0, 0, 1))})
	if len(counts) != 1 || counts[0].Count != 1 {
		t.Errorf("ratings centrally: %+v", counts)
	}
}

func TestTheServerRestartsMidSync(t *testing.T) {
	s := newSite(t)
	kiosks := []*kioskUnderTest{s.kiosk(t), s.kiosk(t)}
	codes := map[string]bool{}
	for _, k := range kiosks {
		k.cable.setCut(true)
	}
	for i := range 30 {
		k := kiosks[i%2]
		codes[k.file(t, "Richiesta "+itoa(i)).Code] = true
		rt := kiosk.Rating{Office: "urp-trani", Scale: 3, Value: 1 + i%3, Kiosk: "k", At: time.Now()}
		if _, err := k.relay.AddRating(&rt); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range kiosks {
		k.cable.setCut(false)
	}
	done := make(chan struct{})
	for _, k := range kiosks {
		go func() { k.relay.Flush(); done <- struct{}{} }()
	}
	time.Sleep(30 * time.Millisecond)
	s.server.stop(t) // mid-sync
	<-done
	<-done
	a, _ := kiosks[0].local.Outbox()
	b, _ := kiosks[1].local.Outbox()
	t.Logf("the server stopped with %d and %d of 30 items still to send", len(a), len(b))
	s.server.start(t)
	s.central.Close() // the test's own connections died with the server
	var err error
	if s.central, err = store.Open(s.server.url("postgres")); err != nil {
		t.Fatal(err)
	}
	for _, k := range kiosks {
		k.reconnect()
		k.flush(t)
	}
	s.checkRegister(t, codes)
	counts, err := s.central.RatingCounts(kiosk.RatingQuery{From: kiosk.DateOf(time.Now().AddDate(0, 0, -1)), To: kiosk.DateOf(time.Now().AddDate(0, 0, 1)), IncludeMisuse: true})
	total := 0
	for _, c := range counts {
		total += c.Count
	}
	if err != nil || total != 30 {
		t.Errorf("%d ratings counted centrally, 30 given (%v)", total, err)
	}
}

// An item sent twice (its answer lost on the way back) is stored once.
func TestSentTwiceStoredOnce(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	k.cable.setCut(true)
	r := k.file(t, "Più luce nell'atrio")
	rt := kiosk.Rating{Office: "urp-andria", Scale: 3, Value: 2, Kiosk: "k", At: time.Now()}
	k.relay.AddRating(&rt)
	items, _ := k.local.Outbox()
	for range 2 {
		for _, it := range items {
			if _, err := k.relay.deliver(s.central, it); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.checkRegister(t, map[string]bool{r.Code: true})
	counts, _ := s.central.RatingCounts(kiosk.RatingQuery{From: kiosk.DateOf(time.Now().AddDate(0, 0, -1)), To: kiosk.DateOf(time.Now().AddDate(0, 0, 1)), IncludeMisuse: true})
	if len(counts) != 1 || counts[0].Count != 1 {
		t.Errorf("a rating sent twice counts %+v", counts)
	}
}

func TestContentFlowsToTheKiosks(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	if pulled, err := k.relay.Pull(); pulled || err != nil {
		t.Fatalf("an unchanged content was pulled again (%v)", err)
	}
	c, _ := s.central.Content()
	c.Organization.Office = kiosk.T("URP centrale", "Central PRO")
	files, _ := s.central.Files()
	if err := s.central.ReplaceContent(c, files, kiosk.AuditEntry{Who: "redazione", Action: "content.organization.edit"}); err != nil {
		t.Fatal(err)
	}
	if pulled, err := k.relay.Pull(); !pulled || err != nil {
		t.Fatalf("the change was not pulled (%v)", err)
	}
	if mine, _ := k.local.Content(); mine.Organization.Office.It != "URP centrale" || len(mine.Services) != len(c.Services) {
		t.Errorf("the kiosk shows %q", mine.Organization.Office.It)
	}
}

// Content edited in staff mode at a kiosk goes to the central database, and
// is refused, changing nothing, while the cable is cut.
func TestContentEditedAtAKiosk(t *testing.T) {
	s := newSite(t)
	k := s.kiosk(t)
	store := Content{k.relay}
	c, _ := store.Content()
	files, _ := store.Files()
	c.Organization.Phone = "080 1234567"
	k.cable.setCut(true)
	if err := store.ReplaceContent(c, files, kiosk.AuditEntry{Who: "editor", Action: "content.organization.edit"}); err != ErrUnreachable {
		t.Fatalf("an edit through a cut cable: %v", err)
	}
	if mine, _ := store.Content(); mine.Organization.Phone == "080 1234567" {
		t.Fatal("the refused edit changed the kiosk's copy")
	}
	k.cable.setCut(false)
	k.reconnect()
	if err := store.ReplaceContent(c, files, kiosk.AuditEntry{Who: "editor", Action: "content.organization.edit"}); err != nil {
		t.Fatal(err)
	}
	central, _ := s.central.Content()
	mine, _ := store.Content()
	if central.Organization.Phone != "080 1234567" || mine.Organization.Phone != "080 1234567" {
		t.Errorf("central %q, kiosk %q", central.Organization.Phone, mine.Organization.Phone)
	}
}
