package relay

import (
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"sportello/internal/testenv"
)

// server is a PostgreSQL server of the test's own, which the test stops and
// starts again.
type server struct {
	bin, dir string
	port     int
}

// asPostgres runs a server command as the postgres user (the server refuses root).
func asPostgres(name string, args ...string) *exec.Cmd {
	if u, err := user.Current(); err == nil && u.Uid == "0" {
		return exec.Command("runuser", append([]string{"-u", "postgres", "--", name}, args...)...)
	}
	return exec.Command(name, args...)
}

func startServer(t *testing.T) *server {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	testenv.Need(t, len(bins) > 0, "PostgreSQL is not installed")
	sort.Strings(bins)
	dir, err := os.MkdirTemp("", "sportello-relay-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if pg, err := user.Lookup("postgres"); err == nil {
		uid, _ := strconv.Atoi(pg.Uid)
		os.Chown(dir, uid, -1)
	}
	s := &server{bin: filepath.Dir(bins[len(bins)-1]), dir: dir, port: freePort(t)}
	if out, err := asPostgres(s.bin+"/initdb", "-D", dir+"/data", "-A", "trust", "-U", "postgres", "--locale=C.UTF-8").CombinedOutput(); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	s.start(t)
	t.Cleanup(func() { asPostgres(s.bin+"/pg_ctl", "-D", dir+"/data", "-m", "immediate", "stop").Run() })
	return s
}

func (s *server) start(t *testing.T) {
	t.Helper()
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", s.port, s.dir)
	if out, err := asPostgres(s.bin+"/pg_ctl", "-D", s.dir+"/data", "-l", s.dir+"/log", "-w", "-o", opts, "start").CombinedOutput(); err != nil {
		t.Fatalf("pg_ctl start: %v\n%s", err, out)
	}
}

// stop stops the server at once, as a power cut would.
func (s *server) stop(t *testing.T) {
	t.Helper()
	if out, err := asPostgres(s.bin+"/pg_ctl", "-D", s.dir+"/data", "-m", "immediate", "-w", "stop").CombinedOutput(); err != nil {
		t.Fatalf("pg_ctl stop: %v\n%s", err, out)
	}
}

func (s *server) url(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// cable is the network between a kiosk and the server: cut, it drops every
// connection and refuses new ones; swallowing, it keeps connections open and
// loses every answer of the server; slow, it delivers each answer late.
type cable struct {
	ln      net.Listener
	target  string
	mu      sync.Mutex
	cut     bool
	swallow bool
	slow    time.Duration
	conns   []net.Conn
}

// answers copies the server's answers to the kiosk as the cable lets them through.
func (c *cable) answers(in, out net.Conn) {
	buf := make([]byte, 32*1024)
	for {
		n, err := out.Read(buf)
		if err != nil {
			in.Close()
			return
		}
		c.mu.Lock()
		swallow, slow := c.swallow, c.slow
		c.mu.Unlock()
		if swallow {
			continue
		}
		time.Sleep(slow)
		if _, err := in.Write(buf[:n]); err != nil {
			out.Close()
			return
		}
	}
}

func (c *cable) setSwallow(on bool) {
	c.mu.Lock()
	c.swallow = on
	c.mu.Unlock()
}

func (c *cable) setSlow(d time.Duration) {
	c.mu.Lock()
	c.slow = d
	c.mu.Unlock()
}

func newCable(t *testing.T, target string) *cable {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := &cable{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); c.setCut(true) })
	go c.serve()
	return c
}

func (c *cable) addr() string { return c.ln.Addr().String() }

func (c *cable) serve() {
	for {
		in, err := c.ln.Accept()
		if err != nil {
			return
		}
		c.mu.Lock()
		cut := c.cut
		c.mu.Unlock()
		if cut {
			in.Close()
			continue
		}
		out, err := net.Dial("tcp", c.target)
		if err != nil {
			in.Close()
			continue
		}
		c.mu.Lock()
		c.conns = append(c.conns, in, out)
		c.mu.Unlock()
		go func() { io.Copy(out, in); out.Close() }()
		go c.answers(in, out)
	}
}

func (c *cable) setCut(cut bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cut = cut
	if cut {
		for _, conn := range c.conns {
			conn.Close()
		}
		c.conns = nil
	}
}
