// Package editor edits the content one item at a time (an office, a closure,
// a service, a form, a notice...) from the plain strings of a form on screen,
// and checks the whole content after every change with the content file's
// own rules.
package editor

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"sportello/internal/content"
	"sportello/internal/kiosk"
)

// Values are the strings of an edit form, keyed by field.
type Values map[string]string

// Choice is one value a field may take, with its label.
type Choice struct {
	Value string
	Label kiosk.Text
}

// Field is one entry of an edit form.
type Field struct {
	Key     string                          // "name.it", "hours.mon"...: its path under the item
	Multi   bool                            // several lines
	Many    bool                            // with Choices: any number of them, joined by commas
	File    bool                            // a file stored with the content (a PDF)
	Choices func(c *kiosk.Content) []Choice // nil for free text
	Hint    string                          // how to write it: "09:00-13:00 15:00-17:00"
}

// Kind is a list of the content that staff edit item by item.
type Kind struct {
	List   string // "offices": its name in the content file and in the audit log
	Single bool   // one item, never added or removed (the organization)
	Fields []Field
	Len    func(c *kiosk.Content) int
	ID     func(c *kiosk.Content, i int) string
	Title  func(c *kiosk.Content, i int) kiosk.Text

	also   map[string]string                       // paths outside the item that belong to one of its fields
	at     func(c *kiosk.Content, path string) int // where the item at path is listed; nil: its index in path
	values func(c *kiosk.Content, i int) Values    // i < 0: a new item's
	set    func(c *kiosk.Content, i int, v Values, p *parser) string
	remove func(c *kiosk.Content, i int)
	item   func(c *kiosk.Content, i int) any
}

// Problem is something wrong with an edit: in one field of the form, or, when
// Field is empty, in the item as a whole or elsewhere in the content (a
// service that names a deleted office).
type Problem struct {
	Field   string
	Message kiosk.Text
}

// Values returns the form's strings for item i, or for a new item when i < 0.
func (k Kind) Values(c kiosk.Content, i int) Values { return k.values(&c, i) }

// Save applies v to item i (adding an item when i < 0) on a copy of c and
// checks the whole copy; exists reports whether a file is stored. The copy is
// usable only when there are no problems; index is where the item now is.
func (k Kind) Save(c kiosk.Content, i int, v Values, exists func(string) bool) (next kiosk.Content, index int, problems []Problem) {
	next = clone(c)
	p := &parser{}
	path := k.set(&next, i, v, p)
	if len(p.problems) > 0 {
		return next, i, p.problems
	}
	index = indexOf(path)
	if k.at != nil {
		index = k.at(&next, path)
	}
	return next, index, k.check(next, path, exists)
}

// Delete removes item i from a copy of c and checks what is left: a service
// may still name a deleted office.
func (k Kind) Delete(c kiosk.Content, i int, exists func(string) bool) (kiosk.Content, []Problem) {
	next := clone(c)
	k.remove(&next, i)
	return next, k.check(next, "", exists)
}

// Snapshot is item i as the content file writes it, for the audit log.
func (k Kind) Snapshot(c kiosk.Content, i int) string {
	if i < 0 || i >= k.Len(&c) {
		return ""
	}
	b, _ := yaml.Marshal(k.item(&c, i))
	return string(b)
}

// check runs the content rules; problems of the item at path go to its fields.
func (k Kind) check(c kiosk.Content, path string, exists func(string) bool) []Problem {
	var out []Problem
	for _, p := range content.Check(c, exists) {
		if f, ok := k.also[p.Path]; ok {
			out = append(out, Problem{Field: f, Message: p.Message})
			continue
		}
		rel, ok := strings.CutPrefix(p.Path, path)
		if path != "" && ok && (rel == "" || rel[0] == '.') {
			f := k.fieldOf(strings.TrimPrefix(rel, "."))
			if f != "" && p.Missing {
				p.Message = required
			}
			out = append(out, Problem{Field: f, Message: p.Message})
			continue
		}
		out = append(out, Problem{Message: where(&c, p)})
	}
	return out
}

// required is what a form says under a required field left empty.
var required = kiosk.T("Campo obbligatorio", "This field is required")

// fieldOf names the form field a path under the item belongs to.
func (k Kind) fieldOf(rel string) string {
	for _, f := range k.Fields {
		if rel != "" && (f.Key == rel || strings.HasPrefix(f.Key, rel+".") || strings.HasPrefix(rel, f.Key+"[")) {
			return f.Key
		}
	}
	return ""
}

var itemPath = regexp.MustCompile(`^(\w+)\[(\d+)\]`)

// where prefixes a problem elsewhere in the content with the item it is in.
func where(c *kiosk.Content, p content.Problem) kiosk.Text {
	m := itemPath.FindStringSubmatch(p.Path)
	if m == nil {
		return p.Message
	}
	i, _ := strconv.Atoi(m[2])
	for _, k := range Kinds {
		if k.List == m[1] && i < k.Len(c) {
			t := k.Title(c, i)
			return kiosk.T("«"+t.It+"»: "+p.Message.It, "«"+t.In(kiosk.English)+"»: "+p.Message.In(kiosk.English))
		}
	}
	return p.Message
}

var lastIndex = regexp.MustCompile(`\[(\d+)\]$`)

// indexOf is the index that ends path: 3 for "offices[3]".
func indexOf(path string) int {
	if m := lastIndex.FindStringSubmatch(path); m != nil {
		i, _ := strconv.Atoi(m[1])
		return i
	}
	return 0
}

// clone copies the content deeply, so that an edit that fails leaves c as it was.
func clone(c kiosk.Content) kiosk.Content {
	b, err := json.Marshal(c)
	if err != nil {
		panic(err) // every content type marshals
	}
	var out kiosk.Content
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

// place puts item at i of list, or appends it when i < 0, and returns its path.
func place[T any](list *[]T, i int, item T, name string) string {
	if i < 0 {
		*list = append(*list, item)
		i = len(*list) - 1
	} else {
		(*list)[i] = item
	}
	return fmt.Sprintf("%s[%d]", name, i)
}

// drop removes item i of list.
func drop[T any](list *[]T, i int) { *list = append((*list)[:i:i], (*list)[i+1:]...) }
