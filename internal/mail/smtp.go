package mail

import (
	"crypto/tls"
	"net"
	"net/smtp"
	"strconv"
	"time"

	"sportello/internal/kiosk"
)

// Timeout bounds a whole conversation with the server: one that does not
// answer costs the sender this long, never the kiosk.
const Timeout = 20 * time.Second

// Send gives the message to the SMTP server of s: over TLS when the server
// offers STARTTLS, signed in when s names a user.
func Send(s kiosk.MailSettings, m Message, at time.Time, id string) error {
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	conn, err := net.DialTimeout("tcp", addr, Timeout)
	if err != nil {
		return err
	}
	conn.SetDeadline(time.Now().Add(Timeout))
	c, err := smtp.NewClient(conn, s.Host)
	if err != nil {
		conn.Close()
		return err
	}
	defer c.Close()
	if ok, _ := c.Extension("STARTTLS"); ok {
		if err := c.StartTLS(&tls.Config{ServerName: s.Host}); err != nil {
			return err
		}
	}
	if s.User != "" {
		if err := c.Auth(smtp.PlainAuth("", s.User, s.Password, s.Host)); err != nil {
			return err
		}
	}
	if err := c.Mail(s.From); err != nil {
		return err
	}
	if err := c.Rcpt(m.To); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(Compose(s.From, m, at, id)); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}
