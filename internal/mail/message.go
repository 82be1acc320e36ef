// Package mail sends the e-mails Sportello writes to citizens (an
// appointment's confirmation, the reminder the day before) through the SMTP
// server the settings name: each waits in the store's mail queue until the
// server takes it, and is tried again, later and later, while it does not.
package mail

import (
	"bytes"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"strings"
	"time"
)

// Message is an e-mail to one recipient, in plain text.
type Message struct {
	To, Subject, Body string
}

// Compose writes m as an RFC 5322 message from the address from, dated at:
// UTF-8 throughout, the subject encoded for headers, the body quoted-printable.
func Compose(from string, m Message, at time.Time, id string) []byte {
	var b bytes.Buffer
	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	header("From", from)
	header("To", m.To)
	header("Subject", strings.ReplaceAll(mime.QEncoding.Encode("utf-8", m.Subject), "?= =?", "?=\r\n =?")) // folded: 78 characters a line
	header("Date", at.Format(time.RFC1123Z))
	header("Message-ID", "<"+id+">")
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=utf-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	b.WriteString("\r\n")
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(strings.ReplaceAll(strings.ReplaceAll(m.Body, "\r\n", "\n"), "\n", "\r\n")))
	w.Close()
	b.WriteString("\r\n")
	return b.Bytes()
}
