package editor

import (
	"reflect"
	"strings"
	"testing"

	"sportello/internal/kiosk"
	"sportello/internal/store/testdb"
)

func demo(t *testing.T) (kiosk.Content, func(string) bool) {
	t.Helper()
	f := testdb.Demo(t)
	return f.Content, func(p string) bool { _, ok := f.Files[p]; return ok }
}

// Saving every item's form as it comes changes nothing: the forms lose no data.
func TestSaveUnchangedKeepsEverything(t *testing.T) {
	c, exists := demo(t)
	for _, k := range Kinds {
		for i := range k.Len(&c) {
			next, at, problems := k.Save(c, i, k.Values(c, i), exists)
			if len(problems) > 0 {
				t.Fatalf("%s[%d]: %v", k.List, i, problems)
			}
			if !reflect.DeepEqual(next, c) {
				t.Errorf("%s[%d]: saving the unchanged form changed the content", k.List, i)
			}
			if at != i && k.List != "closures" {
				t.Errorf("%s[%d]: saved at %d", k.List, i, at)
			}
		}
	}
}

func TestSaveProblems(t *testing.T) {
	c, exists := demo(t)
	tests := []struct {
		name  string
		kind  Kind
		i     int
		set   Values
		field string // the field the first problem names; "" for elsewhere
		says  string // part of its Italian message
	}{
		{"hours badly written", Offices, 0, Values{"hours.mon": "9-13"}, "hours.mon", "09:00-13:00"},
		{"hours that overlap", Offices, 0, Values{"hours.tue": "09:00-13:00 12:00-14:00"}, "hours.tue", ""},
		{"no address", Offices, 0, Values{"address": " "}, "address", "obbligatorio"},
		{"no Italian name", Offices, 0, Values{"name.it": ""}, "name.it", "obbligatorio"},
		{"bad e-mail", Offices, 0, Values{"email": "urp@"}, "email", ""},
		{"bad phone", Offices, 0, Values{"phones": "080 123, abc"}, "phones", ""},
		{"id taken by a new office", Offices, -1, Values{"id": c.Offices[1].ID, "name.it": "Nuovo", "address": "Via Roma 1"}, "id", "già usato"},
		{"id with spaces", Categories, -1, Values{"id": "Nuova categoria", "name.it": "Nuova"}, "id", "minuscole"},
		{"notice ends before it starts", Notices, 0, Values{"from": "10/12/2026", "to": "2026-12-01"}, "to", "fine"},
		{"impossible date", Notices, 0, Values{"from": "31/02/2026"}, "from", "giorno valido"},
		{"service without office", Services, 0, Values{"office": ""}, "office", "obbligatorio"},
		{"days not a number", Services, 0, Values{"response_days": "trenta"}, "response_days", "numero"},
		{"more English documents than Italian", Services, 0, Values{"documents.it": "Documento", "documents.en": "Document\nID card"}, "documents.en", "righe"},
		{"form without file or link", Forms, 0, Values{"file": "", "url": ""}, "", "file"},
		{"form with a file not stored", Forms, 0, Values{"file": "moduli/nessuno.pdf"}, "file", "nessuno.pdf"},
		{"closure on no day", Closures, -1, Values{"reason.it": "Chiusura"}, "date", "obbligatorio"},
		{"closure for an office that is gone", Closures, -1, Values{"date": "2026-12-24", "reason.it": "Vigilia", "office": "nessuno"}, "office", "nessuno"},
		{"status page not a web address", Organization, 0, Values{"status_url": "urp.example.it"}, "status_url", "indirizzo web"},
		{"scale of 7 points", Organization, 0, Values{"scale": "7"}, "scale", "3, 4 o 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.kind.Values(c, tt.i)
			for key, s := range tt.set {
				v[key] = s
			}
			before := clone(c)
			_, _, problems := tt.kind.Save(c, tt.i, v, exists)
			if len(problems) == 0 {
				t.Fatal("no problem found")
			}
			p := problems[0]
			if p.Field != tt.field || !strings.Contains(p.Message.It, tt.says) || p.Message.En == "" {
				t.Errorf("got %q: %q / %q", p.Field, p.Message.It, p.Message.En)
			}
			if !reflect.DeepEqual(before, c) {
				t.Error("a failed save changed the content it was given")
			}
		})
	}
}

func TestSaveChanges(t *testing.T) {
	c, exists := demo(t)
	office := c.Offices[0]
	named := 0
	for _, s := range c.Services {
		if s.Office == office.ID {
			named++
		}
	}

	v := Offices.Values(c, 0)
	v["id"], v["hours.sat"], v["phones"] = "urp-nuovo", "9.00-12.30", "080 1111111\n080 2222222"
	next, at, problems := Offices.Save(c, 0, v, exists)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	o := next.Offices[at]
	if o.ID != "urp-nuovo" || len(o.Hours.Sat) != 1 || o.Hours.Sat[0].Close.Minute() != 30 || len(o.Phones) != 2 {
		t.Errorf("office saved as %+v", o)
	}
	moved := 0
	for _, s := range next.Services {
		if s.Office == "urp-nuovo" {
			moved++
		}
	}
	if named == 0 || moved != named {
		t.Errorf("%d services named the office, %d follow its new id", named, moved)
	}

	// A closure for every office moves to one office's own list.
	v = Closures.Values(c, -1)
	v["date"], v["reason.it"], v["hours"] = "14/08/2026", "Vigilia di Ferragosto", "09:00-12:00"
	next, at, problems = Closures.Save(c, -1, v, exists)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	v = Closures.Values(next, at)
	v["office"] = c.Offices[1].ID
	next, at, problems = Closures.Save(next, at, v, exists)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	if len(next.Closures) != len(c.Closures) || len(next.Offices[1].Closures) != len(c.Offices[1].Closures)+1 {
		t.Error("the closure did not move to the office")
	}
	if got := Closures.Values(next, at); got["office"] != c.Offices[1].ID || got["date"] != "2026-08-14" {
		t.Errorf("the moved closure reads %v", got)
	}

	// Deleting an office that services still name is refused, naming a service.
	_, problems = Offices.Delete(c, 0, exists)
	if len(problems) == 0 || problems[0].Field != "" || !strings.HasPrefix(problems[0].Message.It, "«") {
		t.Errorf("deleting a named office: %v", problems)
	}
	// A notice nobody names goes.
	next, problems = Notices.Delete(c, 0, exists)
	if len(problems) > 0 || len(next.Notices) != len(c.Notices)-1 {
		t.Errorf("deleting a notice: %v", problems)
	}
	if s := Notices.Snapshot(c, 0); !strings.Contains(s, c.Notices[0].ID) {
		t.Errorf("snapshot %q", s)
	}
}
