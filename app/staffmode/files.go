package staffmode

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/content"
	"sportello/internal/kiosk"
	"sportello/internal/media"
)

// usbFiles are the files staff pick on USB sticks (and their folders):
// one at a time, a second tap while one is read or written does nothing.
type usbFiles struct {
	*kit.Shell
	media  []string    // where staff's files are looked for
	sticks []string    // where exports may go: USB sticks only
	busy   bool        // a file is read from or written to a stick
	picks  []*kit.Tile // the files or sticks offered on the screen shown
}

// pick adds a row to list for each of paths, its name over describe(p); a
// tap says on state that it works, runs work(p) off the UI goroutine, one at a time, then done on it,
// unless the screen changed meanwhile (or staff signed out).
func (u *usbFiles) pick(list *fyne.Container, paths []string, describe func(string) string, state *widget.Label, work, done func(p string)) {
	u.picks = nil
	for _, p := range paths {
		row := u.Row(filepath.Base(p), describe(p), func() {
			if u.busy {
				return
			}
			u.busy = true
			state.SetText(u.Tr.T("edit.working"))
			depth := u.Depth()
			u.Background(func() { work(p) }, func() { // a USB stick, and the central database, may be slow
				u.busy = false
				if u.Depth() == depth {
					done(p)
				}
			})
		})
		u.picks = append(u.picks, row)
		list.Add(row)
	}
}

// attachScreen lists the PDFs on the USB sticks (and the staff's folders);
// a tap attaches one to the field.
func (u *contentEditor) attachScreen(key string) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		e, files := u.edit, u.s.files
		problem := kit.ProblemLabel()
		list := container.NewVBox()
		found := media.Find(files.media, []string{".pdf"}, 200)
		if len(found) == 0 {
			list.Add(kit.Paragraph(tr.T("edit.nomedia")))
		}
		var b []byte
		var err error
		files.pick(list, found, filepath.Dir, problem, func(p string) { b, err = media.ReadPDF(p) }, func(p string) {
			if u.s.ended {
				return
			}
			if err != nil {
				problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
				return
			}
			name := path.Join(e.kind.List, safeName(filepath.Base(p)))
			e.attached[name] = b
			e.values[key] = name
			u.Back()
		})
		return u.Page(tr.T("edit.attach"), container.NewBorder(nil, problem, nil, nil, u.Scroller(list)))
	}
}

// safeName keeps a file's name to letters, digits, dots, dashes and underscores.
func safeName(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '-'
	}, name)
}

// importScreen lists the content files on the USB sticks; a tap checks one
// and imports it when it has no errors, or lists its errors and changes nothing.
func (u *contentEditor) importScreen() fyne.CanvasObject {
	tr := u.Tr
	s, files := u, u.s.files
	state := kit.Paragraph("")
	list := container.NewVBox(state)
	found := media.Find(files.media, []string{".yaml", ".yml"}, 200)
	if len(found) == 0 {
		list.Add(kit.Paragraph(tr.T("edit.nomedia")))
	}
	who := u.s.user.Username
	var f content.File
	var err error
	files.pick(list, found, filepath.Dir, state, func(p string) {
		f, err = content.Load(os.DirFS(filepath.Dir(p)), filepath.Base(p)), nil
		if len(f.Problems) == 0 {
			err = u.store.ReplaceContent(f.Content, f.Files, kiosk.AuditEntry{Who: who, Action: "content.import", Target: p})
		}
	}, func(p string) {
		if len(f.Problems) == 0 && err == nil {
			u.SetContent(f.Content) // imported: shown whatever the screen now
		}
		if u.s.ended {
			return // signed out meanwhile
		}
		state.SetText("")
		switch {
		case len(f.Problems) > 0:
			u.Show(u.importProblems(p, f.Problems))
			return
		case err != nil:
			u.Log.Error("importing content", "file", p, "err", err)
			s.notice = kiosk.ErrorMessage(err, tr.Lang())
		default:
			s.notice = tr.T("edit.imported", map[string]any{"Offices": len(f.Content.Offices), "Services": len(f.Content.Services),
				"Forms": len(f.Content.Forms), "Notices": len(f.Content.Notices)})
		}
		u.Back()
	})
	return u.Page(tr.T("edit.import"), u.Scroller(list))
}

// importProblems lists the errors of a content file, each with its line.
func (u *contentEditor) importProblems(name string, problems []content.Problem) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		list := container.NewVBox(kit.Paragraph(tr.T("edit.import.bad", map[string]any{"N": len(problems)})))
		for _, p := range problems {
			list.Add(kit.Field(tr.T("edit.line", map[string]any{"N": p.Line}), tr.Text(p.Message)))
		}
		return u.Page(filepath.Base(name), u.Scroller(list))
	}
}

// exportScreen lists the USB sticks that can be written (never a folder of
// the kiosk's own disk); a tap runs write into the one chosen and says
// where the file went. With no stick in, it asks for one.
func (u *usbFiles) exportScreen(title string, write func(dir string) (string, error)) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		s := u
		state := kit.Paragraph("")
		list := container.NewVBox(state)
		targets := media.Targets(u.sticks)
		if len(targets) == 0 {
			state.SetText(tr.T("edit.nostick"))
			list.Add(container.NewHBox(u.Button(tr.T("edit.lookagain"), theme.ViewRefreshIcon(), u.Render)))
		}
		var name string
		var err error
		s.pick(list, targets, filepath.Clean, state, func(dir string) { name, err = write(dir) }, func(string) {
			if err != nil {
				state.SetText(kiosk.ErrorMessage(err, tr.Lang()))
				return
			}
			state.SetText(tr.T("edit.written", map[string]any{"File": name}))
		})
		return u.Page(title, u.Scroller(list))
	}
}

// exportContent writes the content c, and the files it names, into dir;
// off the UI goroutine.
func (u *contentEditor) exportContent(c kiosk.Content, dir string) (string, error) {
	files, err := u.store.Files()
	if err != nil {
		return "", kiosk.Wrap(err)
	}
	name := filepath.Join(dir, fmt.Sprintf("sportello-contenuti-%s.yaml", kiosk.DateOf(u.Now())))
	return name, content.WriteFile(name, c, files)
}
