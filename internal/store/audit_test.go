package store_test

import (
	"fmt"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

func TestAuditCannotBeChanged(t *testing.T) {
	source := testdb.Source(t)
	db, err := store.Open(source)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := kiosk.Request{Code: "0000000000000", Kind: kiosk.KindSuggestion, Registered: time.Now(), TermDays: 30, Status: kiosk.StatusReceived}
	if err := db.CreateRequest(&r, kiosk.Registration{}, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateRequest(r.Code, "mrossi", func(r *kiosk.Request) error { r.Status = kiosk.StatusAssigned; return nil }); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"UPDATE audit SET who = 'x'", "DELETE FROM audit"} {
		if _, err := testdb.Raw(t, source).Exec(q); err == nil {
			t.Errorf("%s: the audit log was changed", q)
		}
	}
	if a, _ := db.Audit(); len(a) != 1 || a[0].Who != "mrossi" {
		t.Errorf("audit %+v", a)
	}
}

// Every kind of change a person makes leaves an entry naming who made it.
func TestEveryKindOfChangeIsAudited(t *testing.T) {
	db := testdb.Open(t)
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	r := kiosk.Request{Code: "0000000000000", Kind: kiosk.KindComplaint, Text: "Sportello chiuso", Name: "Anna Bianchi",
		Registered: now, TermDays: 30, Status: kiosk.StatusReceived}
	alert := kiosk.Alert{Office: "urp", At: now, Negative: 8, Window: 20}
	steps := []struct {
		action string
		change func() error
	}{
		{"content.import", func() error {
			return db.ReplaceContent(kiosk.Content{}, nil, kiosk.AuditEntry{Who: "mario", Action: "content.import", Target: "contenuti.yaml"})
		}},
		{"content.offices.edit", func() error {
			return db.ReplaceContent(kiosk.Content{}, nil, kiosk.AuditEntry{Who: "mario", Action: "content.offices.edit", Target: "urp"})
		}},
		{"staff.add", func() error {
			return db.AddAccount(kiosk.Account{Username: "luisa", Role: kiosk.RoleOperator}, "mario", now)
		}},
		{"settings", func() error { return db.SaveSettings(kiosk.DefaultSettings(), "mario") }},
		{"request.status", func() error {
			if err := db.CreateRequest(&r, kiosk.Registration{}, nil); err != nil {
				return err
			}
			return db.UpdateRequest(r.Code, "mario", func(r *kiosk.Request) error {
				r.Status = kiosk.StatusConcluded
				r.History = append(r.History, kiosk.StatusEvent{Status: kiosk.StatusConcluded, At: now})
				return nil
			})
		}},
		{"request.reply", func() error {
			return db.AddReply(r.Code, "mario", &kiosk.Reply{Text: "Risposta", At: now}, func(*kiosk.Request) error { return nil },
				func(kiosk.Request) (kiosk.Registration, kiosk.DocumentFunc) { return kiosk.Registration{}, nil })
		}},
		{"retention.erase", func() error { _, err := db.ErasePersonal(now.AddDate(1, 0, 0), "mario"); return err }},
		{"alert.acknowledge", func() error {
			if err := db.AddAlert(&alert); err != nil {
				return err
			}
			return db.AcknowledgeAlert(alert.ID, "mario", now)
		}},
	}
	for i, s := range steps {
		if err := s.change(); err != nil {
			t.Fatalf("%s: %v", s.action, err)
		}
		a, err := db.Audit()
		if err != nil || len(a) != i+1 || a[0].Action != s.action || a[0].Who != "mario" || a[0].At.IsZero() {
			t.Fatalf("after %s the audit log reads %+v (%v)", s.action, a, err)
		}
	}
}

// Kiosks and office PCs register at once: every request gets its own number,
// one after the other, with no gap.
func TestConcurrentRegistrationsAreGapFree(t *testing.T) {
	db := testdb.Open(t)
	const n = 40
	errs := make(chan error, n)
	for i := range n {
		go func() {
			r := kiosk.Request{Code: fmt.Sprintf("%013d", i), Kind: kiosk.KindSuggestion, Registered: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC),
				TermDays: 30, Status: kiosk.StatusReceived}
			errs <- db.CreateRequest(&r, kiosk.Registration{}, nil)
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	all, err := db.Requests()
	if err != nil || len(all) != n {
		t.Fatalf("%d requests, %v", len(all), err)
	}
	seen := map[int]bool{}
	for _, r := range all {
		seen[r.Protocol.Number] = true
	}
	for i := 1; i <= n; i++ {
		if !seen[i] {
			t.Fatalf("number %d is missing: %v", i, seen)
		}
	}
}
