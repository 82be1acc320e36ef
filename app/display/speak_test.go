package display

import (
	"reflect"
	"testing"

	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

func TestAnnouncement(t *testing.T) {
	desk2 := kiosk.Desk{ID: "sportello-2", Name: kiosk.T("Sportello 2", "Desk 2")}
	for _, c := range []struct {
		name   string
		ticket queue.Ticket
		desk   kiosk.Desk
		want   []Utterance
	}{
		{"Italian ticket: Italian only", queue.Ticket{Line: "A", Number: 17, Lang: "it"}, desk2,
			[]Utterance{{kiosk.Italian, "Numero A 17, sportello 2."}}},
		{"English ticket: Italian, then English", queue.Ticket{Line: "A", Number: 17, Lang: "en"}, desk2,
			[]Utterance{{kiosk.Italian, "Numero A 17, sportello 2."}, {kiosk.English, "Number A-17, desk 2."}}},
		{"no language: Italian", queue.Ticket{Line: "P", Number: 3}, desk2,
			[]Utterance{{kiosk.Italian, "Numero P 3, sportello 2."}}},
		{"no leading zeros", queue.Ticket{Line: "R", Number: 100, Lang: "it"}, desk2,
			[]Utterance{{kiosk.Italian, "Numero R 100, sportello 2."}}},
		{"a desk with no English name", queue.Ticket{Line: "A", Number: 5, Lang: "en"}, kiosk.Desk{ID: "x", Name: kiosk.T("Cassa", "")},
			[]Utterance{{kiosk.Italian, "Numero A 5, cassa."}, {kiosk.English, "Number A-5, cassa."}}},
		{"an acronym keeps its capitals", queue.Ticket{Line: "A", Number: 5, Lang: "it"}, kiosk.Desk{ID: "x", Name: kiosk.T("URP 1", "")},
			[]Utterance{{kiosk.Italian, "Numero A 5, URP 1."}}},
		{"a desk the content lacks: its id", queue.Ticket{Line: "A", Number: 9, Lang: "it"}, kiosk.Desk{ID: "sportello-1"},
			[]Utterance{{kiosk.Italian, "Numero A 9, sportello 1."}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Announcement(c.ticket, c.desk); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
