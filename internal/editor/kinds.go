package editor

import (
	"fmt"
	"strconv"
	"strings"

	"sportello/internal/kiosk"
)

// Kinds are the lists staff edit, in the order the staff screen shows them.
var Kinds = []Kind{Organization, Offices, Closures, Categories, Services, Forms, Documents, Notices}

var days = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

func week(w *kiosk.Week) []*[]kiosk.Slot {
	return []*[]kiosk.Slot{&w.Mon, &w.Tue, &w.Wed, &w.Thu, &w.Fri, &w.Sat, &w.Sun}
}

func texts(keys ...string) []Field {
	var out []Field
	for _, k := range keys {
		out = append(out, Field{Key: k + ".it"}, Field{Key: k + ".en"})
	}
	return out
}

func multi(fs []Field) []Field {
	for i := range fs {
		fs[i].Multi = true
	}
	return fs
}

func fields(groups ...[]Field) []Field {
	var out []Field
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

const (
	slotHint = "09:00-13:00 15:00-17:00"
	dateHint = "2026-12-24"
)

// Organization is the administration: its name, the office the kiosk stands
// for, the address of the public status page and the rating scale.
var Organization = Kind{
	List: "organization", Single: true, also: map[string]string{"ratings.scale": "scale"},
	Fields: fields(texts("name", "office"), []Field{{Key: "phone"}, {Key: "email"}, {Key: "status_url", Hint: "https://urp.example.it/stato"},
		{Key: "scale", Choices: func(*kiosk.Content) []Choice {
			return []Choice{{"3", kiosk.T("3 punti", "3 points")}, {"4", kiosk.T("4 punti", "4 points")}, {"5", kiosk.T("5 punti", "5 points")}}
		}}}),
	Len:   func(*kiosk.Content) int { return 1 },
	ID:    func(*kiosk.Content, int) string { return "organization" },
	Title: func(c *kiosk.Content, _ int) kiosk.Text { return c.Organization.Name },
	values: func(c *kiosk.Content, _ int) Values {
		o := c.Organization
		v := Values{"phone": o.Phone, "email": o.Email, "status_url": o.StatusURL, "scale": strconv.Itoa(c.Ratings.Scale)}
		textValues(v, "name", o.Name)
		textValues(v, "office", o.Office)
		return v
	},
	set: func(c *kiosk.Content, _ int, v Values, p *parser) string {
		o := &c.Organization
		o.Name, o.Office = p.text(v, "name"), p.text(v, "office")
		o.Phone, o.Email, o.StatusURL = p.str(v, "phone"), p.str(v, "email"), p.str(v, "status_url")
		c.Ratings.Scale = p.number(v, "scale")
		return "organization"
	},
	item: func(c *kiosk.Content, _ int) any {
		return struct{ Organization, Scale any }{c.Organization, c.Ratings.Scale}
	},
}

func officeChoices(c *kiosk.Content) []Choice {
	var out []Choice
	for _, o := range c.Offices {
		out = append(out, Choice{o.ID, o.Name})
	}
	return out
}

// Offices are the places where citizens are received, with their hours.
var Offices = Kind{
	List: "offices",
	Fields: fields([]Field{{Key: "id"}}, texts("name"), []Field{{Key: "address"}}, texts("floor"),
		[]Field{{Key: "room"}, {Key: "phones", Hint: "080 0000000, 080 0000001"}, {Key: "email"}, {Key: "pec"}, {Key: "officer"}},
		multi(texts("directions")), hourFields()),
	Len:   func(c *kiosk.Content) int { return len(c.Offices) },
	ID:    func(c *kiosk.Content, i int) string { return c.Offices[i].ID },
	Title: func(c *kiosk.Content, i int) kiosk.Text { return c.Offices[i].Name },
	values: func(c *kiosk.Content, i int) Values {
		var o kiosk.Office
		if i >= 0 {
			o = c.Offices[i]
		}
		v := Values{"id": o.ID, "address": o.Address, "room": o.Room, "phones": strings.Join(o.Phones, ", "),
			"email": o.Email, "pec": o.PEC, "officer": o.Officer}
		textValues(v, "name", o.Name)
		textValues(v, "floor", o.Floor)
		textValues(v, "directions", o.Directions)
		for d, slots := range week(&o.Hours) {
			v["hours."+days[d]] = kiosk.SlotsText(*slots)
		}
		return v
	},
	set: func(c *kiosk.Content, i int, v Values, p *parser) string {
		var o kiosk.Office // the fields the form does not show (department, patron, closures) are kept
		if i >= 0 {
			o = c.Offices[i]
		}
		old := o.ID
		o.ID, o.Name, o.Address, o.Floor = p.str(v, "id"), p.text(v, "name"), p.str(v, "address"), p.text(v, "floor")
		o.Room, o.Phones, o.Email, o.PEC = p.str(v, "room"), p.list(v, "phones"), p.str(v, "email"), p.str(v, "pec")
		o.Officer, o.Directions = p.str(v, "officer"), p.text(v, "directions")
		for d, slots := range week(&o.Hours) {
			*slots = p.slots(v, "hours."+days[d])
		}
		renameIn(c.Services, old, o.ID, func(s *kiosk.Service) *string { return &s.Office })
		renameIn(c.Notices, old, o.ID, func(n *kiosk.Notice) *string { return &n.Office })
		renameIn(c.Queue.Lines, old, o.ID, func(l *kiosk.QueueLine) *string { return &l.Office })
		renameIn(c.Queue.Desks, old, o.ID, func(d *kiosk.Desk) *string { return &d.Office })
		return place(&c.Offices, i, o, "offices")
	},
	remove: func(c *kiosk.Content, i int) { drop(&c.Offices, i) },
	item:   func(c *kiosk.Content, i int) any { return c.Offices[i] },
}

func hourFields() []Field {
	var out []Field
	for _, d := range days {
		out = append(out, Field{Key: "hours." + d, Hint: slotHint})
	}
	return out
}

// closureRef is where a closure is kept: in the list for every office
// (office < 0) or in an office's own.
type closureRef struct{ office, j int }

func closureRefs(c *kiosk.Content) []closureRef {
	var out []closureRef
	for j := range c.Closures {
		out = append(out, closureRef{-1, j})
	}
	for o := range c.Offices {
		for j := range c.Offices[o].Closures {
			out = append(out, closureRef{o, j})
		}
	}
	return out
}

func closureList(c *kiosk.Content, office int) (*[]kiosk.Closure, string) {
	if office < 0 {
		return &c.Closures, "closures"
	}
	return &c.Offices[office].Closures, fmt.Sprintf("offices[%d].closures", office)
}

func closureAt(c *kiosk.Content, i int) (kiosk.Closure, string) {
	r := closureRefs(c)[i]
	list, _ := closureList(c, r.office)
	if r.office < 0 {
		return (*list)[r.j], ""
	}
	return (*list)[r.j], c.Offices[r.office].ID
}

// Closures are the days an office, or every office, is closed or keeps other hours.
var Closures = Kind{
	List: "closures",
	Fields: fields([]Field{{Key: "date", Hint: dateHint}, {Key: "office", Choices: func(c *kiosk.Content) []Choice {
		return append([]Choice{{"", kiosk.T("Tutti gli uffici", "Every office")}}, officeChoices(c)...)
	}}}, texts("reason"), []Field{{Key: "hours", Hint: slotHint}}),
	Len: func(c *kiosk.Content) int { return len(closureRefs(c)) },
	ID: func(c *kiosk.Content, i int) string {
		cl, office := closureAt(c, i)
		return strings.Trim(cl.Date.String()+" "+office, " ")
	},
	Title: func(c *kiosk.Content, i int) kiosk.Text {
		cl, _ := closureAt(c, i)
		return kiosk.T(cl.Date.String()+" · "+cl.Reason.It, cl.Date.String()+" · "+cl.Reason.In(kiosk.English))
	},
	values: func(c *kiosk.Content, i int) Values {
		var cl kiosk.Closure
		office := ""
		if i >= 0 {
			cl, office = closureAt(c, i)
		}
		v := Values{"date": dateString(cl.Date), "office": office, "hours": kiosk.SlotsText(cl.Hours)}
		textValues(v, "reason", cl.Reason)
		return v
	},
	set: func(c *kiosk.Content, i int, v Values, p *parser) string {
		cl := kiosk.Closure{Date: p.date(v, "date"), Reason: p.text(v, "reason"), Hours: p.slots(v, "hours")}
		office := -1
		if id := p.str(v, "office"); id != "" {
			for o := range c.Offices {
				if c.Offices[o].ID == id {
					office = o
				}
			}
			if office < 0 {
				p.fail("office", kiosk.Errorf(kiosk.Invalid, "l'ufficio «%s» non esiste", "there is no office «%s»", id))
				return ""
			}
		}
		if i >= 0 {
			if r := closureRefs(c)[i]; r.office == office {
				list, name := closureList(c, office)
				return place(list, r.j, cl, name)
			}
			removeClosure(c, i)
		}
		list, name := closureList(c, office)
		return place(list, -1, cl, name)
	},
	remove: removeClosure,
	at: func(c *kiosk.Content, path string) int {
		for i, r := range closureRefs(c) {
			if _, name := closureList(c, r.office); fmt.Sprintf("%s[%d]", name, r.j) == path {
				return i
			}
		}
		return 0
	},
	item: func(c *kiosk.Content, i int) any { cl, _ := closureAt(c, i); return cl },
}

func removeClosure(c *kiosk.Content, i int) {
	r := closureRefs(c)[i]
	list, _ := closureList(c, r.office)
	drop(list, r.j)
}
