package staffmode

import (
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/media"
	"sportello/internal/report"
)

// reportData is what the reports screen shows of a period.
type reportData struct {
	days   int
	rep    report.Report
	alerts []kiosk.Alert
	err    error
}

// reportsScreen is the satisfaction of a period with charts, its export
// onto a USB stick, and the alerts to acknowledge.
type reportsScreen struct {
	*kit.Shell
	s         *session
	ratings   RatingDesk
	days      int         // the period, in days
	data      *reportData // as last read; nil: to read
	periods   map[int]*kit.Button
	export    map[string]*kit.Button // by format: csv, pdf
	alerts    map[int64]*kit.Button
	charter   *charterScreen  // nil: no charter measured here
	access    *accessRegister // nil: no access register here
	toCharter *kit.Button
	toAccess  *kit.Button
}

func newReports(shell *kit.Shell, s *session, ratings RatingDesk, charter CharterDesk, access *accessRegister) *reportsScreen {
	u := &reportsScreen{Shell: shell, s: s, ratings: ratings, days: report.Periods[0], access: access}
	if charter != nil {
		u.charter = &charterScreen{Shell: shell, s: s, desk: charter, days: report.Periods[len(report.Periods)-1]}
	}
	return u
}

// links add the ways to the other reports: the service charter and the access register.
func (s *reportsScreen) links(rows *fyne.Container) {
	tr := s.Tr
	if c := s.charter; c != nil {
		s.toCharter = s.Button(tr.T("staff.charter"), theme.ListIcon(), func() {
			c.data = nil // read anew each time it opens
			s.Show(c.screen)
		})
		rows.Add(s.toCharter)
	}
	if a := s.access; a != nil {
		s.toAccess = s.Button(tr.T("staff.access.notes"), theme.DocumentIcon(), func() { s.Show(a.screen) })
		rows.Add(s.toAccess)
	}
	s.queueLink(rows)
}

func (u *reportsScreen) screen() fyne.CanvasObject {
	s := u
	tr := u.Tr
	today := hours.Today(u.Now())
	if s.data == nil || s.data.days != s.days { // the central database may be slow: the figures come when they come
		var rep report.Report
		var alerts []kiosk.Alert
		var err error
		days := s.days
		if !u.Load(func() {
			rep, err = report.Ratings(u.ratings, report.LastDays(today, days))
			if err == nil {
				alerts, err = u.ratings.Alerts()
			}
		}, func() { s.data = &reportData{days: days, rep: rep, alerts: alerts, err: err} }) {
			return u.Page(tr.T("staff.reports"), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	rep, alerts, err := s.data.rep, s.data.alerts, s.data.err
	var periods fyne.CanvasObject
	periods, s.periods = periodChoice(u.Shell, s.days, func(d int) { s.days = d })
	rows := container.NewVBox(periods)
	s.links(rows)
	if err != nil {
		rows.Add(kit.Paragraph(kiosk.ErrorMessage(err, tr.Lang())))
	}
	rows.Add(kit.Field(tr.T("staff.period"), i18n.ShortDate(rep.Query.From)+" – "+i18n.ShortDate(rep.Query.To)))
	rows.Add(kit.Field(tr.T("staff.total"), strconv.Itoa(rep.Total)))
	satisfied, score := "—", "—" // no ratings: no share to give, never a 0 that reads as a verdict
	if rep.Total > 0 {
		satisfied, score = i18n.Decimal(rep.Satisfied, tr.Lang()), i18n.Decimal(rep.Score, tr.Lang())+" / 100"
	}
	rows.Add(kit.Field(tr.T("staff.satisfied"), satisfied))
	rows.Add(kit.Field(tr.T("staff.score"), score))
	rows.Add(u.reportCharts(rep))
	s.export = map[string]*kit.Button{}
	office := u.Content.Organization.Office.It
	for _, format := range report.Formats {
		s.export[format] = u.Button(tr.T("staff.export."+format), theme.DownloadIcon(), func() {
			u.Show(u.s.files.exportScreen(tr.T("staff.export."+format), func(dir string) (string, error) { return u.writeReport(rep, office, format, dir) }))
		})
	}
	rows.Add(container.NewGridWithColumns(2, s.export["csv"], s.export["pdf"]))
	rows.Add(widget.NewLabelWithStyle(tr.T("staff.alerts"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	s.alerts = map[int64]*kit.Button{}
	for _, a := range alerts {
		office := a.Office
		if o, ok := u.Content.Office(a.Office); ok {
			office = tr.Text(o.Name)
		}
		text := tr.T("staff.alert", map[string]any{"Office": office, "N": a.Negative, "Of": a.Window, "D": i18n.ShortDate(hours.Today(a.At))})
		if a.Acknowledged != nil {
			rows.Add(kit.Field("✓ "+a.By, text))
			continue
		}
		var b *kit.Button
		b = u.Button(tr.T("staff.ack"), theme.ConfirmIcon(), func() {
			b.Disable()
			depth := u.Depth()
			var err error
			u.Background(func() { err = u.ratings.Acknowledge(a.ID, u.s.user.Username) }, func() {
				if err != nil {
					u.Log.Warn("acknowledging an alert", "err", err)
				}
				s.data = nil // read anew
				if !u.s.ended && u.Depth() == depth {
					u.Render()
				}
			})
		})
		s.alerts[a.ID] = b
		rows.Add(container.NewBorder(nil, nil, nil, b, kit.Paragraph(text)))
	}
	return u.Page(tr.T("staff.reports"), u.Scroller(rows))
}

// periodChoice is a button for each of the periods the reports offer,
// the one shown, current, marked; a tap chooses one and shows it.
func periodChoice(u *kit.Shell, current int, choose func(days int)) (fyne.CanvasObject, map[int]*kit.Button) {
	row := container.NewGridWithColumns(len(report.Periods))
	buttons := map[int]*kit.Button{}
	for _, d := range report.Periods {
		b := u.Button(u.Tr.T("staff.days", map[string]any{"N": d}), nil, func() { choose(d); u.Render() })
		if d == current {
			b.Importance = widget.HighImportance
		}
		buttons[d] = b
		row.Add(b)
	}
	return row, buttons
}

// reportCharts draws the ratings by value, the reasons given and the weekly
// score: every value of the scale and every reason offered has its bar,
// with 0 where none was given.
func (u *reportsScreen) reportCharts(rep report.Report) fyne.CanvasObject {
	tr := u.Tr
	scale := u.Content.Ratings.Scale
	if scale == 0 {
		scale = kiosk.DefaultRatingRules.Scale
	}
	counts, given := rep.EveryValue(scale), rep.EveryReason()
	peak := 1
	for _, v := range counts {
		peak = max(peak, v.Count)
	}
	var values, reasons, weeks []kit.Bar
	for _, v := range counts {
		label := tr.Text(report.ValueLabel(v.Scale, v.Value))
		if len(counts) > v.Scale { // more than one scale in the period: say which
			label = tr.T("staff.chart.scale", map[string]any{"Label": label, "N": v.Scale})
		}
		values = append(values, kit.Bar{Label: label, Fraction: float32(v.Count) / float32(peak), Value: strconv.Itoa(v.Count), Colour: kit.ToneColours[report.Tone(v.Scale, v.Value)]})
	}
	peak = 1
	for _, m := range given {
		peak = max(peak, m.Count)
	}
	for _, m := range given {
		reasons = append(reasons, kit.Bar{Label: tr.Text(report.ReasonLabel(m.Reason)), Fraction: float32(m.Count) / float32(peak), Value: strconv.Itoa(m.Count), Colour: theme.ColorNameError})
	}
	for _, w := range rep.Weeks {
		value := "—"
		if w.Count > 0 {
			value = i18n.Decimal(w.Score, tr.Lang())
		}
		weeks = append(weeks, kit.Bar{Label: tr.T("staff.week", map[string]any{"D": i18n.ShortDate(w.Start)}), Fraction: float32(w.Score / 100), Value: value, Colour: theme.ColorNamePrimary})
	}
	return container.NewVBox(u.BarChart(tr.T("staff.chart.values"), values), u.BarChart(tr.T("staff.chart.reasons"), reasons),
		u.BarChart(tr.T("staff.chart.weeks"), weeks))
}

// writeReport writes the report as CSV or PDF into dir.
// It runs off the UI goroutine: office is the content's office, read before.
func (u *reportsScreen) writeReport(rep report.Report, office, format, dir string) (string, error) {
	data, err := report.Encode(rep, office, format)
	if err != nil {
		return "", kiosk.Wrap(err)
	}
	name := filepath.Join(dir, report.FileName(rep, format))
	return name, media.WriteFile(name, data)
}
