package editor

import (
	"strconv"
	"strings"

	"sportello/internal/content"
	"sportello/internal/kiosk"
)

// Categories group services for browsing.
var Categories = Kind{
	List:   "categories",
	Fields: fields([]Field{{Key: "id"}}, texts("name")),
	Len:    func(c *kiosk.Content) int { return len(c.Categories) },
	ID:     func(c *kiosk.Content, i int) string { return c.Categories[i].ID },
	Title:  func(c *kiosk.Content, i int) kiosk.Text { return c.Categories[i].Name },
	values: func(c *kiosk.Content, i int) Values {
		var cat kiosk.Category
		if i >= 0 {
			cat = c.Categories[i]
		}
		v := Values{"id": cat.ID}
		textValues(v, "name", cat.Name)
		return v
	},
	set: func(c *kiosk.Content, i int, v Values, p *parser) string {
		cat := kiosk.Category{ID: p.str(v, "id"), Name: p.text(v, "name")}
		if i >= 0 {
			renameIn(c.Services, c.Categories[i].ID, cat.ID, func(s *kiosk.Service) *string { return &s.Category })
		}
		return place(&c.Categories, i, cat, "categories")
	},
	remove: func(c *kiosk.Content, i int) { drop(&c.Categories, i) },
	item:   func(c *kiosk.Content, i int) any { return c.Categories[i] },
}

// renameIn follows an id's change in every item that names it.
func renameIn[T any](items []T, old, id string, ref func(*T) *string) {
	if old == "" || old == id {
		return
	}
	for j := range items {
		if r := ref(&items[j]); *r == old {
			*r = id
		}
	}
}

// Services are what the administration does for citizens.
var Services = Kind{
	List: "services",
	Fields: fields([]Field{{Key: "id"}}, texts("title"), multi(texts("summary", "body")),
		[]Field{{Key: "office", Choices: officeChoices}, {Key: "category", Choices: func(c *kiosk.Content) []Choice {
			var out []Choice
			for _, cat := range c.Categories {
				out = append(out, Choice{cat.ID, cat.Name})
			}
			return out
		}}},
		multi(texts("eligible", "documents")), texts("fees"),
		[]Field{{Key: "response_days"}, {Key: "forms", Many: true, Choices: func(c *kiosk.Content) []Choice {
			var out []Choice
			for _, f := range c.Forms {
				out = append(out, Choice{f.ID, f.Title})
			}
			return out
		}}}),
	Len:   func(c *kiosk.Content) int { return len(c.Services) },
	ID:    func(c *kiosk.Content, i int) string { return c.Services[i].ID },
	Title: func(c *kiosk.Content, i int) kiosk.Text { return c.Services[i].Title },
	values: func(c *kiosk.Content, i int) Values {
		var s kiosk.Service
		if i >= 0 {
			s = c.Services[i]
		}
		v := Values{"id": s.ID, "office": s.Office, "category": s.Category, "forms": strings.Join(s.Forms, ","), "response_days": ""}
		if s.ResponseDays > 0 {
			v["response_days"] = strconv.Itoa(s.ResponseDays)
		}
		for key, t := range map[string]kiosk.Text{"title": s.Title, "summary": s.Summary, "body": s.Body, "eligible": s.Eligible, "fees": s.Fees} {
			textValues(v, key, t)
		}
		textsValues(v, "documents", s.Documents)
		return v
	},
	set: func(c *kiosk.Content, i int, v Values, p *parser) string {
		s := kiosk.Service{ID: p.str(v, "id"), Title: p.text(v, "title"), Summary: p.text(v, "summary"), Body: p.text(v, "body"),
			Office: p.str(v, "office"), Category: p.str(v, "category"), Eligible: p.text(v, "eligible"),
			Documents: p.texts(v, "documents"), Fees: p.text(v, "fees"), ResponseDays: p.number(v, "response_days"), Forms: p.list(v, "forms")}
		if i >= 0 {
			s.Standard, s.Booking = c.Services[i].Standard, c.Services[i].Booking // the screen does not edit them yet: they stay
		}
		return place(&c.Services, i, s, "services")
	},
	remove: func(c *kiosk.Content, i int) { drop(&c.Services, i) },
	item:   func(c *kiosk.Content, i int) any { return c.Services[i] },
}

// Forms are the forms (moduli) citizens fill in, each a PDF or a link.
var Forms = Kind{
	List: "forms",
	Fields: fields([]Field{{Key: "id"}}, texts("title"), []Field{{Key: "language", Choices: func(*kiosk.Content) []Choice {
		return []Choice{{"it", kiosk.T("Italiano", "Italian")}, {"en", kiosk.T("Inglese", "English")}}
	}}, {Key: "file", File: true}, {Key: "url", Hint: "https://"}}),
	Len:   func(c *kiosk.Content) int { return len(c.Forms) },
	ID:    func(c *kiosk.Content, i int) string { return c.Forms[i].ID },
	Title: func(c *kiosk.Content, i int) kiosk.Text { return c.Forms[i].Title },
	values: func(c *kiosk.Content, i int) Values {
		f := kiosk.Form{Language: kiosk.Italian}
		if i >= 0 {
			f = c.Forms[i]
		}
		v := Values{"id": f.ID, "language": string(f.Language), "file": f.File, "url": f.URL}
		textValues(v, "title", f.Title)
		return v
	},
	set: func(c *kiosk.Content, i int, v Values, p *parser) string {
		f := kiosk.Form{ID: p.str(v, "id"), Title: p.text(v, "title"), Language: kiosk.Lang(p.str(v, "language")), File: p.str(v, "file"), URL: p.str(v, "url")}
		if i >= 0 {
			old := c.Forms[i].ID
			for j := range c.Services {
				for k, id := range c.Services[j].Forms {
					if old != f.ID && id == old {
						c.Services[j].Forms[k] = f.ID
					}
				}
			}
		}
		return place(&c.Forms, i, f, "forms")
	},
	remove: func(c *kiosk.Content, i int) { drop(&c.Forms, i) },
	item:   func(c *kiosk.Content, i int) any { return c.Forms[i] },
}

func kindChoices(kinds []string, name func(kind string) kiosk.Text) func(*kiosk.Content) []Choice {
	return func(*kiosk.Content) []Choice {
		var out []Choice
		for _, k := range kinds {
			out = append(out, Choice{k, name(k)})
		}
		return out
	}
}

// documentKind names a kind as one document of it is: "Regolamento".
func documentKind(kind string) kiosk.Text { return content.DocumentKind(kind).One }

// Documents are the public acts citizens may consult.
var Documents = Kind{
	List: "documents",
	Fields: fields([]Field{{Key: "id"}, {Key: "kind", Choices: kindChoices(kiosk.DocumentKinds, documentKind)}}, texts("title"),
		[]Field{{Key: "date", Hint: dateHint}, {Key: "file", File: true}, {Key: "url", Hint: "https://"}}),
	Len:   func(c *kiosk.Content) int { return len(c.Documents) },
	ID:    func(c *kiosk.Content, i int) string { return c.Documents[i].ID },
	Title: func(c *kiosk.Content, i int) kiosk.Text { return c.Documents[i].Title },
	values: func(c *kiosk.Content, i int) Values {
		d := kiosk.Document{Kind: "altro"}
		if i >= 0 {
			d = c.Documents[i]
		}
		v := Values{"id": d.ID, "kind": d.Kind, "date": dateString(d.Date), "file": d.File, "url": d.URL}
		textValues(v, "title", d.Title)
		return v
	},
	set: func(c *kiosk.Content, i int, v Values, p *parser) string {
		d := kiosk.Document{ID: p.str(v, "id"), Kind: p.str(v, "kind"), Title: p.text(v, "title"), Date: p.date(v, "date"), File: p.str(v, "file"), URL: p.str(v, "url")}
		return place(&c.Documents, i, d, "documents")
	},
	remove: func(c *kiosk.Content, i int) { drop(&c.Documents, i) },
	item:   func(c *kiosk.Content, i int) any { return c.Documents[i] },
}

// Notices are calls, competitions, auctions, events and notices, shown between two days.
var Notices = Kind{
	List: "notices",
	Fields: fields([]Field{{Key: "id"}, {Key: "kind", Choices: kindChoices(kiosk.NoticeKinds, content.NoticeKind)}}, texts("title"), multi(texts("body")),
		[]Field{{Key: "from", Hint: dateHint}, {Key: "to", Hint: dateHint}, {Key: "url", Hint: "https://"}, {Key: "office", Choices: func(c *kiosk.Content) []Choice {
			return append([]Choice{{"", kiosk.T("Nessun ufficio", "No office")}}, officeChoices(c)...)
		}}}),
	Len:   func(c *kiosk.Content) int { return len(c.Notices) },
	ID:    func(c *kiosk.Content, i int) string { return c.Notices[i].ID },
	Title: func(c *kiosk.Content, i int) kiosk.Text { return c.Notices[i].Title },
	values: func(c *kiosk.Content, i int) Values {
		n := kiosk.Notice{Kind: "avviso"}
		if i >= 0 {
			n = c.Notices[i]
		}
		v := Values{"id": n.ID, "kind": n.Kind, "from": dateString(n.From), "to": dateString(n.To), "url": n.URL, "office": n.Office}
		textValues(v, "title", n.Title)
		textValues(v, "body", n.Body)
		return v
	},
	set: func(c *kiosk.Content, i int, v Values, p *parser) string {
		n := kiosk.Notice{ID: p.str(v, "id"), Kind: p.str(v, "kind"), Title: p.text(v, "title"), Body: p.text(v, "body"),
			From: p.date(v, "from"), To: p.date(v, "to"), URL: p.str(v, "url"), Office: p.str(v, "office")}
		if i >= 0 {
			n.Signups = c.Notices[i].Signups // the screen does not edit them yet: they stay
		}
		return place(&c.Notices, i, n, "notices")
	},
	remove: func(c *kiosk.Content, i int) { drop(&c.Notices, i) },
	item:   func(c *kiosk.Content, i int) any { return c.Notices[i] },
}
