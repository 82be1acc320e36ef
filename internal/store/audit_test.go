package store_test

import (
	"fmt"
	"strings"
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

// The audit screen reads the log a page at a time, newest first, by kind
// of action and by who.
func TestAuditPageFiltersAndPages(t *testing.T) {
	db := testdb.Open(t)
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	for i, by := range []string{"mario", "luisa", "mario", "mario", "luisa"} {
		if err := db.AddAccount(kiosk.Account{Username: fmt.Sprintf("u%d", i), Role: kiosk.RoleOperator}, by, now.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	for _, action := range []string{"content.offices.edit", "content_x", "settings"} {
		if err := db.ReplaceContent(kiosk.Content{}, nil, kiosk.AuditEntry{Who: "mario", Action: action, Target: "t"}); err != nil {
			t.Fatal(err)
		}
	}
	targets := func(page []kiosk.AuditEntry) string {
		var out []string
		for _, e := range page {
			out = append(out, e.Action+":"+e.Target)
		}
		return strings.Join(out, " ")
	}
	cases := []struct {
		q    kiosk.AuditQuery
		want string
		more bool
	}{
		{kiosk.AuditQuery{Limit: 3}, "settings:t content_x:t content.offices.edit:t", true},
		{kiosk.AuditQuery{Limit: 3, Offset: 3}, "staff.add:u4 staff.add:u3 staff.add:u2", true},
		{kiosk.AuditQuery{Limit: 3, Offset: 6}, "staff.add:u1 staff.add:u0", false},
		{kiosk.AuditQuery{Kind: "content", Limit: 10}, "content.offices.edit:t", false}, // not content_x: _ is no wildcard
		{kiosk.AuditQuery{Kind: "staff", Who: "luisa", Limit: 10}, "staff.add:u4 staff.add:u1", false},
		{kiosk.AuditQuery{Kind: "settings", Limit: 10}, "settings:t", false},
		{kiosk.AuditQuery{Who: "nessuno", Limit: 10}, "", false},
	}
	for _, c := range cases {
		page, more, err := db.AuditPage(c.q)
		if err != nil || targets(page) != c.want || more != c.more {
			t.Errorf("%+v: %q more %v (%v), want %q more %v", c.q, targets(page), more, err, c.want, c.more)
		}
	}
	kinds, who, err := db.AuditFilters()
	if err != nil || strings.Join(kinds, " ") != "content content_x settings staff" || strings.Join(who, " ") != "luisa mario" {
		t.Errorf("filters %v %v (%v)", kinds, who, err)
	}
}
