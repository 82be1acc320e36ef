package requests

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/letter"
)

func TestReplyIsRegisteredOutgoingInTheSameRegister(t *testing.T) {
	s, clk, db := newService(t, time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC))
	a, _ := s.Register(Draft{Kind: kiosk.KindComplaint, Text: "Attesa lunga", Name: "Anna Esempio", Email: "anna@example.org", PrivacyAccepted: true})
	b, _ := s.Register(suggestion("Più sedie"))
	if _, _, err := s.Reply(a.Code, "mrossi", kiosk.OutcomeAccepted, "  "); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("empty reply: %v", err)
	}
	clk.t = clk.t.Add(48 * time.Hour)
	r, reply, err := s.Reply(a.Code, "mrossi", kiosk.OutcomeAccepted, "Gentile signora, abbiamo ridotto i tempi di attesa.")
	if err != nil {
		t.Fatal(err)
	}
	if reply.Protocol.String() != "2026/0000003" || r.Status != kiosk.StatusConcluded {
		t.Errorf("reply protocol %s, status %s", reply.Protocol, r.Status)
	}
	c, _ := s.Register(suggestion("dopo la risposta"))
	if c.Protocol.Number != 4 || b.Protocol.Number != 2 {
		t.Errorf("the register is not one sequence: %v %v", b.Protocol, c.Protocol)
	}
	if _, _, err := s.Reply(a.Code, "mrossi", kiosk.OutcomeAccepted, "di nuovo"); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("a second reply to a concluded request: %v", err)
	}
	audit, _ := db.Audit()
	if len(audit) != 1 || audit[0].Action != "request.reply" || !strings.Contains(audit[0].After, "reply=2026/0000003") {
		t.Errorf("audit %+v", audit)
	}
	doc, err := letter.PDF(kiosk.Organization{Name: kiosk.T("Provincia", ""), Office: kiosk.T("URP", "")}, "", r, "Reclamo", reply)
	if err != nil || !bytes.HasPrefix(doc, []byte("%PDF")) {
		t.Errorf("letter: %v", err)
	}
}

func TestRetentionErasesPersonalDataKeepsTheRest(t *testing.T) {
	s, clk, db := newService(t, time.Date(2024, 1, 10, 9, 0, 0, 0, time.UTC))
	old, _ := s.Register(Draft{Kind: kiosk.KindComplaint, Text: "Vecchio reclamo", Name: "Anna Esempio", Phone: "333 1234567", PrivacyAccepted: true})
	open, _ := s.Register(Draft{Kind: kiosk.KindComplaint, Text: "Ancora aperto", Name: "Luca Esempio", Phone: "333 7654321", PrivacyAccepted: true})
	s.SetStatus(old.Code, "mrossi", kiosk.StatusConcluded, kiosk.OutcomeAccepted, "", "")
	clk.t = time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC) // 24 months and more after it was closed
	recent, _ := s.Register(Draft{Kind: kiosk.KindComplaint, Text: "Recente", Name: "Maria Esempio", Phone: "333 0000000", PrivacyAccepted: true})
	s.SetStatus(recent.Code, "mrossi", kiosk.StatusConcluded, kiosk.OutcomeAccepted, "", "")
	n, err := s.EraseExpired(DefaultRetentionMonths, "retention")
	if err != nil || n != 1 {
		t.Fatalf("erased %d, %v", n, err)
	}
	got, _ := db.RequestByCode(old.Code)
	if got.Name != "" || got.Phone != "" || got.Text != "" || got.Protocol != old.Protocol || got.Status != kiosk.StatusConcluded {
		t.Errorf("old request after retention: %+v", got)
	}
	for _, keep := range []kiosk.Request{open, recent} {
		if g, _ := db.RequestByCode(keep.Code); g.Name == "" || g.Text == "" {
			t.Errorf("%s lost its data", keep.Protocol)
		}
	}
	if all, _ := db.Requests(); len(all) != 3 {
		t.Errorf("register rows %d, want 3", len(all))
	}
	if n, _ := s.EraseExpired(DefaultRetentionMonths, "retention"); n != 0 {
		t.Errorf("erased again: %d", n)
	}
}
