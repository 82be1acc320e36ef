package mail_test

import (
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"time"

	sportellomail "sportello/internal/mail"
)

func TestAMessageDecodesAsWritten(t *testing.T) {
	m := sportellomail.Message{To: "anna@example.org", Subject: "Appuntamento confermato: giovedì, 10:20 — città",
		Body: "Gentile Anna,\nè prenotato. Costo: 0 €.\n" + strings.Repeat("lunga riga ", 20)}
	at := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	raw := sportellomail.Compose("urp@provincia.bt.it", m, at, "abc.1@smtp")
	parsed, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(parsed.Header.Get("Subject"))
	if err != nil || subject != m.Subject {
		t.Errorf("subject %q (%v)", subject, err)
	}
	body, _ := io.ReadAll(quotedprintable.NewReader(parsed.Body))
	if got := strings.ReplaceAll(string(body), "\r\n", "\n"); got != m.Body+"\n" {
		t.Errorf("body %q", got)
	}
	_, rawBody, _ := strings.Cut(string(raw), "\r\n\r\n")
	for _, line := range strings.Split(rawBody, "\r\n") {
		if len(line) > 78 { // headers may run to 998, folded at each encoded word
			t.Errorf("a line of %d characters: %q", len(line), line)
		}
	}
	if d, _ := parsed.Header.Date(); !d.Equal(at) || parsed.Header.Get("From") != "urp@provincia.bt.it" {
		t.Errorf("date %v, from %q", d, parsed.Header.Get("From"))
	}
}

func TestTheWaitsBetweenAttempts(t *testing.T) {
	for _, c := range []struct {
		attempt int
		want    time.Duration
	}{{1, time.Minute}, {2, 2 * time.Minute}, {3, 4 * time.Minute}, {7, 64 * time.Minute}, {8, 0}, {9, 0}} {
		if got := sportellomail.Backoff(c.attempt); got != c.want {
			t.Errorf("after attempt %d: %v, want %v", c.attempt, got, c.want)
		}
	}
}
