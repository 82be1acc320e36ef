package requests

import (
	"strings"
	"unicode/utf8"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/letter"
	"sportello/internal/register"
	"sportello/internal/ticket"
)

// MaxReply is the longest written reply, in characters.
const MaxReply = 10000

// Reply concludes the request with code with a written reply, registered as
// outgoing in the same yearly register with its letter, on behalf of who. It
// returns the letter as registered, to print.
func (s *Service) Reply(code, who string, outcome kiosk.Outcome, text string) (kiosk.Request, kiosk.Reply, []byte, error) {
	canonical, err := ticket.ParseScan(code)
	if err != nil {
		return kiosk.Request{}, kiosk.Reply{}, nil, err
	}
	switch n := utf8.RuneCountInString(text); {
	case strings.TrimSpace(text) == "":
		return kiosk.Request{}, kiosk.Reply{}, nil, kiosk.NewError(kiosk.Invalid, "Scriva il testo della risposta.", "Please write the reply.")
	case n > MaxReply:
		return kiosk.Request{}, kiosk.Reply{}, nil, kiosk.Errorf(kiosk.Invalid, "La risposta supera i %d caratteri.", "The reply is longer than %d characters.", MaxReply)
	}
	c, err := s.Content()
	if err != nil {
		return kiosk.Request{}, kiosk.Reply{}, nil, kiosk.Wrap(err)
	}
	now := s.Now()
	reply := kiosk.Reply{Text: text, At: now}
	var out kiosk.Request
	var letterPDF []byte
	registration := func(stored kiosk.Request) (kiosk.Registration, kiosk.DocumentFunc) {
		return register.ForReply(c, stored), func(g kiosk.Registration) (string, []byte, error) {
			var err error
			letterPDF, err = letter.For(c, stored, kiosk.Reply{Text: text, At: now, Who: who, Protocol: g.Protocol}, g)
			return register.DocumentName(g), letterPDF, err
		}
	}
	err = s.Store.AddReply(canonical, who, &reply, func(r *kiosk.Request) error {
		if err := CheckNotAnnulled(*r); err != nil {
			return err
		}
		if err := kiosk.CheckTransition(r.Status, kiosk.StatusConcluded, outcome); err != nil {
			return err
		}
		Move(r, kiosk.StatusConcluded, outcome, now, hours.AdministrationCalendar(c.Closures))
		r.History = append(r.History, kiosk.StatusEvent{Status: kiosk.StatusConcluded, Outcome: outcome,
			PublicNote: "Risposta scritta inviata / Written reply sent", At: now})
		out = *r
		return nil
	}, registration)
	if err != nil {
		return kiosk.Request{}, kiosk.Reply{}, nil, kiosk.Wrap(err)
	}
	return out, reply, letterPDF, nil
}

// EraseExpired erases the personal data of requests closed more than months
// ago; the register, statuses and statistics stay. It returns how many.
func (s *Service) EraseExpired(months int, who string) (int, error) {
	if months < 1 {
		return 0, kiosk.NewError(kiosk.Invalid, "I mesi di conservazione devono essere almeno 1.", "Retention must be at least 1 month.")
	}
	n, err := s.Store.ErasePersonal(s.Now().AddDate(0, -months, 0), who)
	return n, kiosk.Wrap(err)
}
