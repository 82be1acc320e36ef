// Package register holds the rules of the protocol register (DPR 445/2000
// art. 53-57, 63; AgID guidelines, 2021): what a registration of a request or
// of a reply records, the document it registers, the daily register that
// goes to conservation, and the numbers of a kiosk's emergency register.
package register

import (
	"fmt"
	"strings"

	"sportello/internal/kiosk"
)

// Key names a register in file names and records: IPA-AOO-CODE.
func Key(r kiosk.Register) string { return r.IPA + "-" + r.AOO + "-" + r.Code }

// Subject is the oggetto of a request's registration: its kind, then the
// service (or the office) it is about: "Reclamo - Rilascio passo carrabile".
func Subject(c kiosk.Content, r kiosk.Request) string {
	parts := []string{c.KindLabel(r.Kind).It}
	if s, ok := c.Service(r.Service); ok {
		parts = append(parts, s.Title.It)
	} else if o, ok := c.Office(r.Office); ok {
		parts = append(parts, o.Name.It)
	}
	return strings.Join(parts, " - ")
}

// ForRequest is the registration of an incoming request, before its number:
// the sender as given (or anonimo), the recipient office, the subject and the
// class of the titolario.
func ForRequest(c kiosk.Content, r kiosk.Request) kiosk.Registration {
	return kiosk.Registration{
		Register: c.Organization.Register, Direction: kiosk.Incoming,
		Sender: citizen(r), Recipient: recipientOffice(c, r), Subject: Subject(c, r), Class: Class(c, r.Kind),
	}
}

// citizen is who filed r as the register names them: the name as given, or anonimo.
func citizen(r kiosk.Request) string {
	if name := strings.TrimSpace(r.Name); name != "" {
		return name
	}
	return kiosk.Anonymous
}

// ForReply is the registration of the reply letter to r: from the office, to
// the citizen, about the request and its number.
func ForReply(c kiosk.Content, r kiosk.Request) kiosk.Registration {
	return kiosk.Registration{
		Register: c.Organization.Register, Direction: kiosk.Outgoing,
		Sender: recipientOffice(c, r), Recipient: citizen(r),
		Subject: fmt.Sprintf("Risposta a %s, prot. n. %s", Subject(c, r), r.Protocol), Class: Class(c, r.Kind),
	}
}

// Class is the class of the titolario of a kind of request: the kind's own,
// or the register's.
func Class(c kiosk.Content, kind string) kiosk.Classification {
	if k, ok := c.Kind(kind); ok && k.Class.Code != "" {
		return k.Class
	}
	return c.Organization.Register.Class
}

// DocumentName is the file name of the document a registration registers:
// IPA-AOO-CODE-2026-0000123.pdf.
func DocumentName(g kiosk.Registration) string {
	return fmt.Sprintf("%s-%d-%07d.pdf", Key(g.Register), g.Protocol.Year, g.Protocol.Number)
}

func recipientOffice(c kiosk.Content, r kiosk.Request) string {
	if o, ok := c.Office(r.Office); ok {
		return o.Name.It
	}
	return c.Organization.Office.It
}
