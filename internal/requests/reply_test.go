package requests

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/register"
)

func TestReplyIsRegisteredOutgoingInTheSameRegister(t *testing.T) {
	s, clk, db := newService(t, time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC))
	a, _ := s.Register(Draft{Kind: kiosk.KindComplaint, Text: "Attesa lunga", Name: "Anna Esempio", Email: "anna@example.org", PrivacyAccepted: true})
	b, _ := s.Register(suggestion("Più sedie"))
	if _, _, _, err := s.Reply(a.Code, "mrossi", kiosk.OutcomeAccepted, "  "); kiosk.ErrorCode(err) != kiosk.Invalid {
		t.Errorf("empty reply: %v", err)
	}
	clk.t = clk.t.Add(48 * time.Hour)
	_, reply, doc, err := s.Reply(a.Code, "mrossi", kiosk.OutcomeAccepted, "Gentile signora, abbiamo ridotto i tempi di attesa.")
	r, _ := db.RequestByCode(a.Code)
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
	if _, _, _, err := s.Reply(a.Code, "mrossi", kiosk.OutcomeAccepted, "di nuovo"); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("a second reply to a concluded request: %v", err)
	}
	audit, _ := db.Audit()
	if len(audit) != 1 || audit[0].Action != "request.reply" || !strings.Contains(audit[0].After, "reply=2026/0000003") {
		t.Errorf("audit %+v", audit)
	}
	if !bytes.HasPrefix(doc, []byte("%PDF")) {
		t.Errorf("the letter is not a PDF")
	}
	g, err := db.Registration(reply.Protocol) // the letter is the document its outgoing registration registered
	sum := sha256.Sum256(doc)
	if err != nil || g.SHA256 != hex.EncodeToString(sum[:]) || g.Direction != kiosk.Outgoing || g.Recipient != "Anna Esempio" ||
		!strings.HasPrefix(g.Subject, "Risposta a Reclamo") {
		t.Errorf("outgoing registration %+v (%v)", g, err)
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
	if n, err := s.EraseExpired(kiosk.DefaultSettings().RetentionMonths, "retention"); err != nil || n != 0 {
		t.Fatalf("erased %d before the documents went to conservation (%v)", n, err)
	}
	folder := t.TempDir()
	keeper := &register.Keeper{Store: db, Content: s.Content, Folder: func() string { return folder }, Host: "test", Now: clk.Now}
	if out, err := keeper.CatchUp(); err != nil || len(out) != 1 { // the day of the first two; the third is today
		t.Fatalf("daily registers %+v (%v)", out, err)
	}
	n, err := s.EraseExpired(kiosk.DefaultSettings().RetentionMonths, "retention")
	if err != nil || n != 1 {
		t.Fatalf("erased %d, %v", n, err)
	}
	got, _ := db.RequestByCode(old.Code)
	if got.Phone != "" || got.Text != "" || got.Protocol != old.Protocol || got.Status != kiosk.StatusConcluded {
		t.Errorf("old request after retention: %+v", got)
	}
	// The registration is a permanent record: it stays, its working copy goes.
	if g, err := db.Registration(old.Protocol); err != nil || g.Sender != "Anna Esempio" || g.SHA256 == "" {
		t.Errorf("the registration after retention: %+v (%v)", g, err)
	}
	if _, found, _ := db.RegisteredDocument(old.Protocol); found {
		t.Error("the working copy of the document was kept after retention")
	}
	for _, keep := range []kiosk.Request{open, recent} {
		if g, _ := db.RequestByCode(keep.Code); g.Name == "" || g.Text == "" {
			t.Errorf("%s lost its data", keep.Protocol)
		}
	}
	if all, _ := db.Requests(); len(all) != 3 {
		t.Errorf("register rows %d, want 3", len(all))
	}
	if n, _ := s.EraseExpired(kiosk.DefaultSettings().RetentionMonths, "retention"); n != 0 {
		t.Errorf("erased again: %d", n)
	}
}
