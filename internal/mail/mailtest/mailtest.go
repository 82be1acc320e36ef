// Package mailtest is a local SMTP server for tests: it speaks enough of
// RFC 5321 for net/smtp, keeps what it receives, and can be stopped to
// play a server that does not answer.
package mailtest

import (
	"bufio"
	"io"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Received is a message as the server took it, its body decoded.
type Received struct {
	From, To string
	Header   mail.Header
	Body     string
}

// Server is a running SMTP server on loopback.
type Server struct {
	Host string
	Port int
	ln   net.Listener
	mu   sync.Mutex
	got  []Received
}

// Start starts a server that stops when the test ends.
func Start(t testing.TB) *Server {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	s := &Server{Host: host, ln: ln}
	s.Port, _ = strconv.Atoi(port)
	go s.serve()
	t.Cleanup(s.Stop)
	return s
}

// Stop closes the server: connections to its port are refused from now.
func (s *Server) Stop() { s.ln.Close() }

// Messages returns what the server received so far.
func (s *Server) Messages() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.got...)
}

func (s *Server) serve() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		go s.session(c)
	}
}

// session answers one client until it quits.
func (s *Server) session(c net.Conn) {
	defer c.Close()
	r, w := bufio.NewReader(c), bufio.NewWriter(c)
	say := func(line string) { w.WriteString(line + "\r\n"); w.Flush() }
	say("220 mailtest ESMTP")
	var from, to string
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
			say("250 mailtest")
		case strings.HasPrefix(cmd, "MAIL FROM:"):
			from = address(line)
			say("250 OK")
		case strings.HasPrefix(cmd, "RCPT TO:"):
			to = address(line)
			say("250 OK")
		case cmd == "DATA":
			say("354 go on")
			if msg, ok := readData(r, from, to); ok {
				s.mu.Lock()
				s.got = append(s.got, msg)
				s.mu.Unlock()
			}
			say("250 OK queued")
		case cmd == "QUIT":
			say("221 bye")
			return
		default:
			say("250 OK")
		}
	}
}

// address is the <address> of a MAIL or RCPT command.
func address(line string) string {
	open, end := strings.IndexByte(line, '<'), strings.IndexByte(line, '>')
	if open < 0 || end < open {
		return ""
	}
	return line[open+1 : end]
}

// readData reads the message up to the lone dot, and parses it.
func readData(r *bufio.Reader, from, to string) (Received, bool) {
	var b strings.Builder
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return Received{}, false
		}
		if line == ".\r\n" {
			break
		}
		b.WriteString(strings.TrimPrefix(line, "."))
	}
	m, err := mail.ReadMessage(strings.NewReader(b.String()))
	if err != nil {
		return Received{}, false
	}
	body, _ := io.ReadAll(quotedprintable.NewReader(m.Body))
	return Received{From: from, To: to, Header: m.Header, Body: strings.ReplaceAll(string(body), "\r\n", "\n")}, true
}
