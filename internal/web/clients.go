package web

import (
	"container/list"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"

	"sportello/internal/requests"
)

// MaxClients is how many clients the server keeps a lookup budget for; past
// it the one seen least recently is forgotten, not everyone.
const MaxClients = 10000

// clients keeps each client's lookup budget, the least recently seen last.
type clients struct {
	mu    sync.Mutex
	order *list.List // of *client, the most recent at the front
	by    map[string]*list.Element
}

type client struct {
	addr    string
	limiter *requests.Limiter
}

// limiter returns the budget of addr, made by fresh when it has none.
func (c *clients) limiter(addr string, fresh func() *requests.Limiter) *requests.Limiter {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.by == nil {
		c.order, c.by = list.New(), map[string]*list.Element{}
	}
	if e, ok := c.by[addr]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*client).limiter
	}
	for c.order.Len() >= MaxClients {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.by, oldest.Value.(*client).addr)
	}
	l := fresh()
	c.by[addr] = c.order.PushFront(&client{addr, l})
	return l
}

// ParseProxies reads a comma-separated list of CIDRs (or single addresses)
// whose X-Forwarded-For is believed: the office's reverse proxy.
func ParseProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !strings.Contains(f, "/") {
			a, err := netip.ParseAddr(f)
			if err != nil {
				return nil, err
			}
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			return nil, err
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// clientOf is who asks: the connection's address, or, when that is a
// trusted proxy, the last address in X-Forwarded-For that is not one.
func clientOf(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if !isTrusted(host, trusted) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop, ok := hopAddr(hops[i])
		if !ok {
			break // not an address: believe nothing further left
		}
		if !isTrusted(hop, trusted) {
			return hop
		}
	}
	return host
}

// hopAddr reads one X-Forwarded-For entry: an address, with or without a
// port, an IPv6 one with or without brackets.
func hopAddr(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap().String(), true
	}
	a, err := netip.ParseAddr(strings.Trim(s, "[]"))
	if err != nil {
		return "", false
	}
	return a.Unmap().String(), true
}

// budgetKey is whose budget a client spends: its IPv4 address, or the /64
// of its IPv6 one, since a phone may change its address within that at will.
func budgetKey(client string) string {
	a, err := netip.ParseAddr(client)
	if err != nil || a.Unmap().Is4() {
		return client
	}
	p, _ := a.Prefix(64)
	return p.String()
}

func isTrusted(addr string, trusted []netip.Prefix) bool {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return false
	}
	a = a.Unmap()
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
