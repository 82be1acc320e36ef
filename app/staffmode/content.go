package staffmode

import (
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/content"
	"sportello/internal/editor"
	"sportello/internal/kiosk"
)

// contentEdit is one item of the content being edited on screen: what has
// been typed survives a language switch and a trip to attach a PDF.
type contentEdit struct {
	kind     editor.Kind
	index    int // -1 for a new item
	values   editor.Values
	attached map[string][]byte // PDFs attached in this edit, by their path in the content
	problems []editor.Problem
	sure     bool // the delete button was tapped once
	saving   bool // a save is under way: a second tap does nothing

	entries map[string]*kit.Entry
	selects map[string]*widget.Select
	checks  map[string]*widget.CheckGroup
	attach  map[string]*kit.Button
	save    *kit.Button
	del     *kit.Button
	problem *widget.Label
}

// contentEditor lists what staff can edit, opens an item's form, attaches
// PDFs from a USB stick, and imports and exports the content file.
type contentEditor struct {
	*kit.Shell
	s      *session
	store  kiosk.ContentStore
	kinds  map[string]*kit.Tile // the content screen's rows, by list, "import" and "export"
	items  []*kit.Tile          // the items of the list shown
	add    *kit.Button
	edit   *contentEdit
	notice string // what the last content change did
}

func newContentEditor(shell *kit.Shell, s *session, store kiosk.ContentStore) *contentEditor {
	return &contentEditor{Shell: shell, s: s, store: store}
}

// screen lists what staff can edit, and the content file's import and export.
func (u *contentEditor) screen() fyne.CanvasObject {
	tr := u.Tr
	s := u
	s.kinds = map[string]*kit.Tile{}
	list := container.NewVBox()
	if s.notice != "" {
		list.Add(kit.Paragraph(s.notice))
	}
	for _, k := range editor.Kinds {
		desc := tr.T("edit.count", map[string]any{"N": k.Len(&u.Content)})
		if k.Single {
			desc = tr.Text(k.Title(&u.Content, 0))
		}
		s.kinds[k.List] = u.Row(tr.T("edit.kind."+k.List), desc, func() {
			s.notice = ""
			if k.Single {
				u.openEdit(k, 0)
				return
			}
			u.Show(u.kindList(k))
		})
		list.Add(s.kinds[k.List])
	}
	s.kinds["import"] = u.Row(tr.T("edit.import"), tr.T("edit.import.desc"), func() { s.notice = ""; u.Show(u.importScreen) })
	s.kinds["export"] = u.Row(tr.T("edit.export"), tr.T("edit.export.desc"), func() {
		s.notice = ""
		c := u.Content
		u.Show(u.s.files.exportScreen(tr.T("edit.export"), func(dir string) (string, error) { return u.exportContent(c, dir) }))
	})
	list.Add(s.kinds["import"])
	list.Add(s.kinds["export"])
	return u.Page(tr.T("staff.content"), u.Scroller(list))
}

// kindList lists the items of one kind, each opening its form.
func (u *contentEditor) kindList(k editor.Kind) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		s := u
		s.items = nil
		list := container.NewVBox()
		for i := range k.Len(&u.Content) {
			row := u.Row(tr.Text(k.Title(&u.Content, i)), k.ID(&u.Content, i), func() { u.openEdit(k, i) })
			s.items = append(s.items, row)
			list.Add(row)
		}
		s.add = u.Primary(tr.T("edit.add"), func() { u.openEdit(k, -1) })
		return u.Page(tr.T("edit.kind."+k.List), kit.WithAction(u.Scroller(list), kit.ProblemLabel(), s.add))
	}
}

func (u *contentEditor) openEdit(k editor.Kind, i int) {
	u.edit = &contentEdit{kind: k, index: i, values: k.Values(u.Content, i), attached: map[string][]byte{}}
	u.Show(u.editForm)
}

// editForm shows one item's fields with the problems found at the last save.
func (u *contentEditor) editForm() fyne.CanvasObject {
	tr := u.Tr
	e := u.edit
	e.entries, e.selects, e.checks, e.attach = map[string]*kit.Entry{}, map[string]*widget.Select{}, map[string]*widget.CheckGroup{}, map[string]*kit.Button{}
	form := container.NewVBox()
	hinted := false
	for _, f := range e.kind.Fields {
		if isHours(f) && !hinted { // once, above the days: how to write hours, and that empty is closed
			form.Add(kit.Paragraph(tr.T("edit.hours.hint")))
			hinted = true
		}
		form.Add(widget.NewLabelWithStyle(tr.T("field."+f.Key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		form.Add(u.fieldWidget(e, f))
		for _, p := range e.problems {
			if p.Field == f.Key {
				l := kit.ProblemLabel()
				l.SetText(tr.Text(p.Message))
				form.Add(l)
			}
		}
	}
	e.problem = kit.ProblemLabel()
	var fields, elsewhere []string
	for _, p := range e.problems {
		if p.Field == "" {
			elsewhere = append(elsewhere, tr.Text(p.Message))
		} else if l := tr.T("field." + p.Field); !slices.Contains(fields, l) {
			fields = append(fields, l)
		}
	}
	if len(e.problems) > 0 {
		summary := tr.T("edit.problems")
		if len(fields) > 0 {
			summary += " " + tr.T("edit.problems.fields", map[string]any{"Fields": strings.Join(fields, ", ")})
		}
		e.problem.SetText(strings.Join(append([]string{summary}, elsewhere...), "\n"))
	}
	e.save = u.Primary(tr.T("staff.save"), func() { u.saveEdit() })
	if del := u.deleteRow(e); del != nil {
		form.Objects = append([]fyne.CanvasObject{del, widget.NewSeparator()}, form.Objects...)
	}
	body := u.Scroller(form) // the shell scrolls the field typed into above the keyboard
	title := tr.T("edit.new")
	if e.index >= 0 {
		title = tr.Text(e.kind.Title(&u.Content, e.index))
	}
	return u.Page(tr.T("edit.kind."+e.kind.List)+": "+title, kit.WithAction(body, e.problem, e.save))
}

// deleteRow is Elimina, for an item that exists in a list: at the top
// right of the form, far from Salva at the bottom right, so that a slip of
// the finger does not delete; it scrolls away with the form, leaving the
// room to the fields while typing. It asks for a second tap.
func (u *contentEditor) deleteRow(e *contentEdit) fyne.CanvasObject {
	e.del = nil
	if e.index < 0 || e.kind.Single {
		return nil
	}
	label := u.Tr.T("edit.delete")
	if e.sure {
		label = u.Tr.T("edit.delete.sure")
	}
	e.del = u.Button(label, theme.DeleteIcon(), func() { u.deleteEdit() })
	e.del.Importance = widget.DangerImportance
	return container.NewBorder(nil, nil, nil, e.del)
}

// fieldWidget is the control for one field: a choice, several choices, a
// file to attach or text.
func (u *contentEditor) fieldWidget(e *contentEdit, f editor.Field) fyne.CanvasObject {
	tr := u.Tr
	switch {
	case f.File:
		name := e.values[f.Key]
		if name == "" {
			name = tr.T("edit.nofile")
		}
		e.attach[f.Key] = u.Button(tr.T("edit.attach"), theme.FileIcon(), func() { u.Show(u.attachScreen(f.Key)) })
		clear := u.Button(tr.T("edit.detach"), theme.ContentClearIcon(), func() { e.values[f.Key] = ""; u.Render() })
		return container.NewBorder(nil, nil, nil, container.NewHBox(e.attach[f.Key], clear), widget.NewLabel(name))
	case f.Choices != nil && f.Many:
		choices := f.Choices(&u.Content)
		labels, values := choiceLabels(u, choices)
		g := widget.NewCheckGroup(labels, nil)
		var picked []string
		for _, id := range strings.Split(e.values[f.Key], ",") {
			if j := indexOfString(values, id); j >= 0 {
				picked = append(picked, labels[j])
			}
		}
		g.SetSelected(picked)
		g.OnChanged = func(sel []string) {
			var ids []string
			for _, l := range sel {
				ids = append(ids, values[indexOfString(labels, l)])
			}
			e.values[f.Key] = strings.Join(ids, ",")
			u.Touched()
		}
		e.checks[f.Key] = g
		return g
	case f.Choices != nil:
		choices := f.Choices(&u.Content)
		labels, values := choiceLabels(u, choices)
		sel := widget.NewSelect(labels, func(l string) { e.values[f.Key] = values[indexOfString(labels, l)]; u.Touched() })
		if j := indexOfString(values, e.values[f.Key]); j >= 0 {
			sel.SetSelectedIndex(j)
		}
		e.selects[f.Key] = sel
		return sel
	}
	var entry *kit.Entry
	if f.Multi {
		entry = u.NewMultiLineEntry()
		entry.SetMinRowsVisible(3)
	} else {
		entry = u.NewEntry()
	}
	kit.SetEntry(entry, e.values[f.Key])
	entry.SetPlaceHolder(f.Hint)
	if isHours(f) {
		entry.SetPlaceHolder(tr.T("edit.closed")) // an empty day is closed: the hint above says how to write hours
	}
	entry.OnChanged = func(s string) { e.values[f.Key] = s }
	e.entries[f.Key] = entry
	return entry
}

// isHours reports whether a field holds opening hours (a day of the week,
// or a closure's reduced hours), where empty means closed.
func isHours(f editor.Field) bool { return f.Key == "hours" || strings.HasPrefix(f.Key, "hours.") }

func choiceLabels(u *contentEditor, choices []editor.Choice) (labels, values []string) {
	for _, c := range choices {
		label := u.Tr.Text(c.Label)
		if c.Value != "" && label != c.Value && !strings.Contains(label, c.Value) && len(choices) > 8 {
			label += " (" + c.Value + ")"
		}
		labels, values = append(labels, label), append(values, c.Value)
	}
	return labels, values
}

func indexOfString(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// storedOrAttached reports whether a file the content names is there.
func (u *contentEditor) storedOrAttached(e *contentEdit) func(string) bool {
	return func(p string) bool {
		if _, ok := e.attached[p]; ok {
			return true
		}
		_, err := u.store.File(p)
		return err == nil
	}
}

// saveEdit checks and stores the item; problems stay on the form.
func (u *contentEditor) saveEdit() {
	e := u.edit
	next, at, problems := e.kind.Save(u.Content, e.index, e.values, u.storedOrAttached(e))
	action := "edit"
	if e.index < 0 {
		action = "add"
	}
	u.storeEdit(e, next, problems, kiosk.AuditEntry{Action: action, Before: e.kind.Snapshot(u.Content, e.index), After: e.kind.Snapshot(next, at),
		Target: e.kind.ID(&next, at)})
}

// deleteEdit removes the item after a second tap.
func (u *contentEditor) deleteEdit() {
	e := u.edit
	if !e.sure {
		e.sure = true
		u.Render()
		return
	}
	next, problems := e.kind.Delete(u.Content, e.index, u.storedOrAttached(e))
	u.storeEdit(e, next, problems, kiosk.AuditEntry{Action: "delete", Before: e.kind.Snapshot(u.Content, e.index), Target: e.kind.ID(&u.Content, e.index)})
}

// storeEdit stores content that passed its checks, with the audit entry,
// and shows it on the kiosk at once; otherwise it shows the problems.
func (u *contentEditor) storeEdit(e *contentEdit, next kiosk.Content, problems []editor.Problem, change kiosk.AuditEntry) {
	e.problems, e.sure = problems, false
	if len(problems) > 0 {
		u.Render()
		return
	}
	if e.saving {
		return
	}
	e.saving = true
	depth := u.Depth()
	change.Who, change.Action = u.s.user.Username, "content."+e.kind.List+"."+change.Action
	attached := maps.Clone(e.attached)
	var err error
	u.Background(func() { err = u.replaceContent(next, attached, change) }, func() { // the central database may be slow
		e.saving = false
		if err == nil {
			u.SetContent(next) // saved: shown whatever the screen now
		}
		if u.s.ended || u.Depth() != depth {
			return // signed out, or on another screen, meanwhile
		}
		if err != nil {
			e.problems = []editor.Problem{{Message: kiosk.ErrorText(err)}}
			u.Render()
			return
		}
		u.edit = nil
		u.notice = u.Tr.T("edit.saved")
		u.Back()
	})
}

// replaceContent stores new content with the files it names (those stored
// already and those just attached); off the UI goroutine.
func (u *contentEditor) replaceContent(next kiosk.Content, attached map[string][]byte, change kiosk.AuditEntry) error {
	files, err := u.store.Files()
	if err != nil {
		return err
	}
	for p, b := range attached {
		files[p] = b
	}
	if err := u.store.ReplaceContent(next, content.Keep(next, files), change); err != nil {
		u.Log.Error("saving content", "action", change.Action, "err", err)
		return err
	}
	u.Log.Info("content changed", "action", change.Action, "target", change.Target, "who", change.Who)
	return nil
}
