package web

import (
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

func TestClientBehindTheOfficeProxy(t *testing.T) {
	trusted, err := ParseProxies("10.0.0.5, 192.168.1.0/24")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseProxies("10.0.0.300"); err == nil {
		t.Error("a bad address was accepted")
	}
	for _, c := range []struct {
		name, remote, forwarded, want string
	}{
		{"a phone straight", "203.0.113.7:5000", "", "203.0.113.7"},
		{"a phone that lies", "203.0.113.7:5000", "198.51.100.1", "203.0.113.7"},
		{"behind the proxy", "10.0.0.5:4000", "198.51.100.1", "198.51.100.1"},
		{"behind two proxies", "10.0.0.5:4000", "198.51.100.1, 192.168.1.20", "198.51.100.1"},
		{"a forged first hop", "10.0.0.5:4000", "1.2.3.4, 198.51.100.1", "198.51.100.1"},
		{"the proxy says nothing", "10.0.0.5:4000", "", "10.0.0.5"},
		{"garbage", "10.0.0.5:4000", "not-an-address", "10.0.0.5"},
		{"a hop with its port", "10.0.0.5:4000", "198.51.100.1:5678", "198.51.100.1"},
		{"an IPv6 hop in brackets", "10.0.0.5:4000", "[2001:db8::1]:5678", "2001:db8::1"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = c.remote
		if c.forwarded != "" {
			r.Header.Set("X-Forwarded-For", c.forwarded)
		}
		if got := clientOf(r, trusted); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

// Past MaxClients the client seen least recently is forgotten, not everyone:
// a phone at its limit stays at its limit.
func TestTheOldestClientIsForgotten(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var cs clients
	fresh := func() *requests.Limiter {
		return &requests.Limiter{Max: 1, Window: time.Minute, Now: func() time.Time { return now }}
	}
	busy := cs.limiter("busy", fresh)
	busy.Allow()
	for i := range MaxClients + 10 {
		cs.limiter("phone-"+strconv.Itoa(i), fresh)
		if i%1000 == 0 {
			cs.limiter("busy", fresh) // seen again: not the oldest
		}
	}
	if err := cs.limiter("busy", fresh).Allow(); kiosk.ErrorCode(err) != kiosk.TooMany {
		t.Error("a busy phone got a new budget when the table filled")
	}
	if cs.order.Len() != MaxClients {
		t.Errorf("%d clients kept", cs.order.Len())
	}
	if _, kept := cs.by["phone-0"]; kept {
		t.Error("the oldest client was kept")
	}
}

// countingStore counts how often the whole content is read.
type countingStore struct {
	reads  int
	change kiosk.AuditEntry
}

func (s *countingStore) Content() (kiosk.Content, error) {
	s.reads++
	return kiosk.Content{Organization: kiosk.Organization{Name: kiosk.T(s.change.Target, "")}}, nil
}
func (s *countingStore) LastContentChange() (kiosk.AuditEntry, bool, error) {
	return s.change, true, nil
}

func TestContentIsReadOnceAndWhenItChanges(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	st := &countingStore{change: kiosk.AuditEntry{Action: "content.import", Target: "prima"}}
	c := &ContentCache{Store: st, Every: 5 * time.Second, Now: func() time.Time { return now }}
	for range 100 {
		c.Content()
	}
	if st.reads != 1 {
		t.Errorf("100 requests read the content %d times", st.reads)
	}
	st.change = kiosk.AuditEntry{Action: "content.offices.edit", Target: "dopo"}
	now = now.Add(6 * time.Second)
	if got, _ := c.Content(); got.Organization.Name.It != "dopo" || st.reads != 2 {
		t.Errorf("after a change: %q, %d reads", got.Organization.Name.It, st.reads)
	}
}

func TestAPhoneOverIPv6HasOneBudgetPerPrefix(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"2001:db8:1:2::1", "2001:db8:1:2:ffff::9", true},
		{"2001:db8:1:2::1", "2001:db8:1:3::1", false},
		{"198.51.100.1", "198.51.100.2", false},
	} {
		if (budgetKey(c.a) == budgetKey(c.b)) != c.same {
			t.Errorf("%s and %s: %s, %s", c.a, c.b, budgetKey(c.a), budgetKey(c.b))
		}
	}
}
