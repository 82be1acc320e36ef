package store_test

import (
	"fmt"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/store/testdb"
)

// The inbox reads a page at a time, in its order, with each filter applied
// by the database, on SQLite and PostgreSQL alike.
func TestRequestsPageFiltersAndPages(t *testing.T) {
	db := testdb.Open(t)
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	for i, c := range []struct {
		status   kiosk.Status
		deadline int // days from 2 November
		kind     string
	}{
		{kiosk.StatusReceived, 30, kiosk.KindSuggestion}, {kiosk.StatusConcluded, 1, kiosk.KindSuggestion},
		{kiosk.StatusInProgress, 5, kiosk.KindComplaint}, {kiosk.StatusReceived, -3, kiosk.KindSuggestion},
		{kiosk.StatusReceived, 5, kiosk.KindSuggestion}, {kiosk.StatusSuspended, -1, kiosk.KindComplaint},
	} {
		r := kiosk.Request{Code: fmt.Sprintf("CODE%09d", i), Kind: c.kind, Office: "urp", Registered: at, TermDays: 30,
			Status: c.status, Deadline: kiosk.DateOf(at).AddDays(c.deadline)}
		if err := db.CreateRequest(&r, kiosk.Registration{}, nil); err != nil {
			t.Fatal(err)
		}
		if c.status == kiosk.StatusSuspended {
			since := at.AddDate(0, 0, -5) // suspended with 4 days left: not overdue
			if err := db.UpdateRequest(r.Code, "mrossi", func(r *kiosk.Request) error { r.SuspendedSince = &since; return nil }); err != nil {
				t.Fatal(err)
			}
		}
	}
	today := kiosk.DateOf(at)
	cases := []struct {
		name string
		q    kiosk.InboxQuery
		want []int
		more bool
	}{
		{"open, nearest deadline then newest", kiosk.InboxQuery{Limit: 10}, []int{3, 5, 4, 2, 0}, false},
		{"a page", kiosk.InboxQuery{Offset: 1, Limit: 2}, []int{5, 4}, true},
		{"a status", kiosk.InboxQuery{Status: kiosk.StatusConcluded, Limit: 10}, []int{1}, false},
		{"overdue", kiosk.InboxQuery{Overdue: true, Today: today, Limit: 10}, []int{3}, false},
		{"a kind", kiosk.InboxQuery{Kind: kiosk.KindComplaint, Limit: 10}, []int{5, 2}, false},
		{"part of a number", kiosk.InboxQuery{Number: "0000004", Limit: 10}, []int{3}, false},
		{"a whole number", kiosk.InboxQuery{Number: "2026/0000005", Limit: 10}, []int{4}, false},
		{"a code", kiosk.InboxQuery{Code: "CODE000000002", Limit: 10}, []int{2}, false},
		{"an office", kiosk.InboxQuery{Office: "none", Limit: 10}, nil, false},
	}
	for _, c := range cases {
		page, err := db.RequestsPage(c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []int
		for _, r := range page.Requests {
			var i int
			fmt.Sscanf(r.Code, "CODE%09d", &i)
			got = append(got, i)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) || page.More != c.more {
			t.Errorf("%s: %v more %v, want %v more %v", c.name, got, page.More, c.want, c.more)
		}
	}
}
