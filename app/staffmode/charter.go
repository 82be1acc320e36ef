package staffmode

import (
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/charter"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/media"
	"sportello/internal/report"
)

// CharterDesk measures the service charter over a period, both days included.
type CharterDesk interface {
	Report(from, to kiosk.Date) (charter.Report, error)
}

// charterData is what the charter screen shows of a period.
type charterData struct {
	days int
	rep  charter.Report
	err  error
}

// charterScreen is the service charter measured over a period: a bar of
// the share within the standard for each service and office, the figures,
// and their export onto a USB stick.
type charterScreen struct {
	*kit.Shell
	s       *session
	desk    CharterDesk
	days    int          // the period, in days up to today
	data    *charterData // as last read; nil: to read
	periods map[int]*kit.Button
	export  map[string]*kit.Button // by format: csv, pdf
}

func (u *charterScreen) screen() fyne.CanvasObject {
	tr := u.Tr
	if u.data == nil || u.data.days != u.days { // the central database may be slow: the figures come when they come
		days, q := u.days, report.LastDays(hours.Today(u.Now()), u.days)
		var rep charter.Report
		var err error
		if !u.Load(func() { rep, err = u.desk.Report(q.From, q.To) }, func() { u.data = &charterData{days: days, rep: rep, err: err} }) {
			return u.Page(tr.T("staff.charter"), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	rep, err := u.data.rep, u.data.err
	periods, buttons := periodChoice(u.Shell, u.days, func(d int) { u.days = d })
	u.periods = buttons
	rows := container.NewVBox(periods)
	if err != nil {
		rows.Add(kit.Paragraph(kiosk.ErrorMessage(err, tr.Lang())))
		return u.Page(tr.T("staff.charter"), u.Scroller(rows))
	}
	rows.Add(kit.Field(tr.T("staff.period"), i18n.ShortDate(rep.From)+" – "+i18n.ShortDate(rep.To)))
	rows.Add(kit.Paragraph(tr.T("staff.charter.note")))
	if len(rep.Rows) == 0 {
		rows.Add(kit.Paragraph(tr.T("staff.charter.none")))
	}
	rows.Add(u.shares(rep))
	for _, r := range rep.Rows {
		rows.Add(u.figures(r))
	}
	u.export = map[string]*kit.Button{}
	org := u.Content.Organization.Name.It
	for _, format := range charter.Formats {
		u.export[format] = u.Button(tr.T("staff.export."+format), theme.DownloadIcon(), func() {
			u.Show(u.s.files.exportScreen(tr.T("staff.export."+format), func(dir string) (string, error) { return writeCharter(rep, org, format, dir) }))
		})
	}
	rows.Add(container.NewGridWithColumns(2, u.export["csv"], u.export["pdf"]))
	return u.Page(tr.T("staff.charter"), u.Scroller(rows))
}

// shares draws the share within the standard of each row, over 0-100:
// green when it keeps its threshold, red when not, grey with no case; the
// words say it too.
func (u *charterScreen) shares(rep charter.Report) fyne.CanvasObject {
	tr := u.Tr
	var bars []kit.Bar
	for _, r := range rep.Rows {
		colour := theme.ColorNameError
		switch {
		case r.Handled == 0:
			colour = theme.ColorNameDisabled
		case r.Met:
			colour = theme.ColorNameSuccess
		}
		// the value of every bar as long, so that their tracks are: the verdict goes with the label
		value := tr.T("staff.charter.bar", map[string]any{"Within": u.percent(r), "Threshold": r.Standard.Threshold})
		label := rowTitle(tr.Text(r.ServiceTitle), tr.Text(r.Place)) + "\n" + tr.Text(r.Verdict())
		bars = append(bars, kit.Bar{Label: label, Fraction: float32(r.Within / 100), Value: value, Colour: colour})
	}
	return u.BarChart(tr.T("staff.charter.chart"), bars)
}

// figures are the figures of one row, as the table of the PDF gives them.
func (u *charterScreen) figures(r charter.Row) fyne.CanvasObject {
	tr := u.Tr
	days := func(f float64) string {
		if r.Handled == 0 {
			return "—"
		}
		key := "staff.charter.days"
		if r.Standard.Target.Working {
			key = "staff.charter.workdays"
		}
		return tr.T(key, map[string]any{"N": r.Figure(f, tr.Lang())})
	}
	box := container.NewVBox(widget.NewLabelWithStyle(rowTitle(tr.Text(r.ServiceTitle), tr.Text(r.Place)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, f := range [][2]string{
		{"staff.charter.standard", tr.Text(r.Standard.Indicator) + ": " + tr.Text(r.Standard.Label())},
		{"staff.charter.handled", strconv.Itoa(r.Handled)},
		{"staff.charter.open", strconv.Itoa(r.Open)},
		{"staff.charter.median", days(r.Median)},
		{"staff.charter.p90", days(r.P90)},
		{"staff.charter.within", u.percent(r)},
		{"staff.charter.verdict", tr.Text(r.Verdict())},
		{"staff.charter.satisfaction", tr.Text(r.Satisfaction())},
	} {
		box.Add(kit.Field(tr.T(f[0]), f[1]))
	}
	return box
}

// percent is the share of a row within its standard: "72,7%", "—" with no case.
func (u *charterScreen) percent(r charter.Row) string {
	if r.Handled == 0 {
		return r.Figure(0, u.Tr.Lang())
	}
	return r.Figure(r.Within, u.Tr.Lang()) + "%"
}

func rowTitle(service, office string) string { return service + " · " + office }

// writeCharter writes the report as CSV or PDF into dir, off the UI
// goroutine: org is the content's administration, read before.
func writeCharter(rep charter.Report, org, format, dir string) (string, error) {
	data, err := charter.Encode(rep, org, format)
	if err != nil {
		return "", kiosk.Wrap(err)
	}
	name := filepath.Join(dir, charter.FileName(rep, format))
	return name, media.WriteFile(name, data)
}
