package staffmode

import (
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/accessreg"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/media"
)

// AccessRegisterDesk reads the access register of a period and records its exports.
type AccessRegisterDesk interface {
	Load(from, to kiosk.Date) (accessreg.Register, error)
	Exported(g accessreg.Register, who, format string) error
}

// accessRegister is the screen that exports the access register of a half
// year onto a USB stick, in ODS, CSV or PDF.
type accessRegister struct {
	*kit.Shell
	s       *session
	desk    AccessRegisterDesk
	files   *usbFiles
	from    kiosk.Date // the half year chosen
	halvesB []*kit.Button
	formats map[string]*kit.Button
	count   *widget.Label
}

func newAccessRegister(shell *kit.Shell, s *session, desk AccessRegisterDesk, files *usbFiles) *accessRegister {
	return &accessRegister{Shell: shell, s: s, desk: desk, files: files}
}

// halves are the half years offered: the last one ended, and the one under way.
func (a *accessRegister) halves() [][2]kiosk.Date {
	from, to := accessreg.LastHalf(hours.Today(a.Now()))
	next, end := to.AddDays(1), kiosk.Date{Year: to.Year + 1, Month: time.June, Day: 30}
	if next.Month == time.July {
		end = kiosk.Date{Year: to.Year, Month: time.December, Day: 31}
	}
	return [][2]kiosk.Date{{from, to}, {next, end}}
}

func (a *accessRegister) screen() fyne.CanvasObject {
	tr := a.Tr
	periods := a.halves()
	if a.from.IsZero() {
		a.from = periods[0][0]
	}
	var to kiosk.Date
	row := container.New(a.Columns(2))
	a.halvesB = nil
	for _, p := range periods {
		b := a.Button(tr.T("staff.accessreg.half", map[string]any{"From": i18n.ShortDate(p[0]), "To": i18n.ShortDate(p[1])}), nil, func() {
			a.from = p[0]
			a.Render()
		})
		if p[0] == a.from {
			b.Importance, to = widget.HighImportance, p[1]
		}
		a.halvesB = append(a.halvesB, b)
		row.Add(b)
	}
	a.count = kit.Paragraph(tr.T("staff.loading"))
	from := a.from
	var g accessreg.Register
	var err error
	a.Background(func() { g, err = a.desk.Load(from, to) }, func() {
		if err != nil {
			a.count.SetText(kiosk.ErrorMessage(err, tr.Lang()))
			return
		}
		a.count.SetText(tr.T("staff.accessreg.count", map[string]any{"N": len(g.Rows)}))
	})
	a.formats = map[string]*kit.Button{}
	exports := container.New(a.Columns(3))
	for _, format := range accessreg.Formats {
		b := a.Button(tr.T("staff.accessreg.export", map[string]any{"F": strings.ToUpper(format)}), nil, func() {
			a.Show(a.files.exportScreen(tr.T("staff.access.notes"), func(dir string) (string, error) {
				return a.write(from, to, format, dir)
			}))
		})
		a.formats[format] = b
		exports.Add(b)
	}
	body := container.NewVBox(kit.Paragraph(tr.T("staff.accessreg.hint")), row, a.count, exports)
	return a.Page(tr.T("staff.access.notes"), a.Scroller(body))
}

// write exports the register of from-to in format into dir and records it;
// off the UI goroutine.
func (a *accessRegister) write(from, to kiosk.Date, format, dir string) (string, error) {
	g, err := a.desk.Load(from, to)
	if err != nil {
		return "", err
	}
	data, err := accessreg.Encode(g, format)
	if err != nil {
		return "", err
	}
	name := filepath.Join(dir, accessreg.FileName(g, format))
	if err := media.WriteFile(name, data); err != nil { // a full or read-only stick says so
		return "", err
	}
	return name, kiosk.Wrap(a.desk.Exported(g, a.s.user.Username, format))
}
