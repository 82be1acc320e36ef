package staffmode

import (
	"path/filepath"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/media"
	"sportello/internal/queue"
	"sportello/internal/report"
)

// QueueReport measures the queue over a period, both days included.
type QueueReport interface {
	Report(from, to kiosk.Date) (queue.Report, error)
}

// queueReportData is what the queue's report shows of a period.
type queueReportData struct {
	days int
	rep  queue.Report
	err  error
}

// queueReportScreen is the queue over a period: a bar of the median wait
// of each line, the waits and the service times by line, desk and hour,
// and their export onto a USB stick.
type queueReportScreen struct {
	*kit.Shell
	s       *session
	desk    QueueReport
	days    int              // the period, in days up to today
	data    *queueReportData // as last read; nil: to read
	open    *kit.Button      // on the reports screen
	periods map[int]*kit.Button
	export  map[string]*kit.Button // by format: csv, pdf
}

func newQueueReport(shell *kit.Shell, s *session, desk QueueReport) *queueReportScreen {
	return &queueReportScreen{Shell: shell, s: s, desk: desk, days: report.Periods[0]}
}

// queueLink adds to the reports screen the way to the queue's report, when
// the kiosk has a queue.
func (s *reportsScreen) queueLink(rows *fyne.Container) {
	q := s.s.queueReport
	if q == nil {
		return
	}
	q.open = s.Button(s.Tr.T("staff.queuereport"), theme.HistoryIcon(), func() {
		q.data = nil // read anew each time it opens
		s.Show(q.screen)
	})
	rows.Add(q.open)
}

func (u *queueReportScreen) screen() fyne.CanvasObject {
	tr := u.Tr
	if u.data == nil || u.data.days != u.days { // the central database may be slow: the figures come when they come
		days, q := u.days, report.LastDays(hours.Today(u.Now()), u.days)
		var rep queue.Report
		var err error
		if !u.Load(func() { rep, err = u.desk.Report(q.From, q.To) }, func() { u.data = &queueReportData{days: days, rep: rep, err: err} }) {
			return u.Page(tr.T("staff.queuereport"), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	rep, err := u.data.rep, u.data.err
	periods, buttons := periodChoice(u.Shell, u.days, func(d int) { u.days = d })
	u.periods = buttons
	rows := container.NewVBox(periods)
	if err != nil {
		rows.Add(kit.Paragraph(kiosk.ErrorMessage(err, tr.Lang())))
		return u.Page(tr.T("staff.queuereport"), u.Scroller(rows))
	}
	rows.Add(kit.Field(tr.T("staff.period"), i18n.ShortDate(rep.From)+" – "+i18n.ShortDate(rep.To)))
	rows.Add(kit.Paragraph(tr.T("staff.queuereport.note")))
	rows.Add(kit.Field(tr.T("staff.queuereport.counts"), tr.T("staff.queuereport.countsvalue", map[string]any{
		"Taken": rep.Taken, "Called": rep.Called, "Served": rep.Served, "NoShow": rep.NoShow, "Moved": rep.Transferred, "Uncalled": rep.Uncalled})))
	rows.Add(u.waits(rep.Lines))
	for _, s := range []struct {
		key    string
		groups []queue.Group
	}{{"staff.queuereport.all", []queue.Group{rep.All}}, {"staff.queuereport.bylines", rep.Lines},
		{"staff.queuereport.bydesks", rep.Desks}, {"staff.queuereport.byhours", rep.Hours}} {
		rows.Add(widget.NewLabelWithStyle(tr.T(s.key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, g := range s.groups {
			rows.Add(kit.Field(tr.Text(g.Name), u.figures(g)))
		}
		if len(s.groups) == 0 {
			rows.Add(kit.Paragraph(tr.T("staff.queuereport.none")))
		}
	}
	u.export = map[string]*kit.Button{}
	org := u.Content.Organization.Name.It
	for _, format := range queue.ReportFormats {
		u.export[format] = u.Button(tr.T("staff.export."+format), theme.DownloadIcon(), func() {
			u.Show(u.s.files.exportScreen(tr.T("staff.export."+format), func(dir string) (string, error) { return writeQueueReport(rep, org, format, dir) }))
		})
	}
	rows.Add(container.NewGridWithColumns(2, u.export["csv"], u.export["pdf"]))
	return u.Page(tr.T("staff.queuereport"), u.Scroller(rows))
}

// waits draws the median wait of each line against the longest; a line
// with no call has its bar at zero and says so.
func (u *queueReportScreen) waits(lines []queue.Group) fyne.CanvasObject {
	tr := u.Tr
	longest := time.Minute
	for _, g := range lines {
		longest = max(longest, g.Wait.Median)
	}
	var bars []kit.Bar
	for _, g := range lines {
		value := tr.T("staff.queuereport.bar.none")
		if g.Wait.Count > 0 {
			value = tr.T("staff.queuereport.bar", map[string]any{"Min": g.Wait.Minutes(g.Wait.Median, tr.Lang()), "N": g.Wait.Count})
		}
		bars = append(bars, kit.Bar{Label: tr.Text(g.Name), Fraction: float32(g.Wait.Median) / float32(longest), Value: value, Colour: theme.ColorNamePrimary})
	}
	return u.BarChart(tr.T("staff.queuereport.chart"), bars)
}

// figures say a group's wait and service time: median and 90th
// percentile, in minutes, and how many they come from.
func (u *queueReportScreen) figures(g queue.Group) string {
	tr := u.Tr
	say := func(key string, f queue.Figures) string {
		if f.Count == 0 {
			return tr.T(key + ".none")
		}
		return tr.T(key, map[string]any{"Median": f.Minutes(f.Median, tr.Lang()), "P90": f.Minutes(f.P90, tr.Lang()), "N": f.Count})
	}
	return tr.T("staff.queuereport.tickets", map[string]any{"N": strconv.Itoa(g.Tickets)}) + "\n" +
		say("staff.queuereport.wait", g.Wait) + "\n" + say("staff.queuereport.service", g.Service)
}

// writeQueueReport writes the report as CSV or PDF into dir, off the UI
// goroutine: org is the content's administration, read before.
func writeQueueReport(rep queue.Report, org, format, dir string) (string, error) {
	data, err := queue.EncodeReport(rep, org, format)
	if err != nil {
		return "", kiosk.Wrap(err)
	}
	name := filepath.Join(dir, queue.ReportFileName(rep, format))
	return name, media.WriteFile(name, data)
}
