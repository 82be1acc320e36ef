package queue

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdf"
)

// Waited is how long t waited in its line before it was called, and
// whether it was. It counts from Taken, not Queued: a ticket moved from
// another line waits in this one from its transfer, so the wait and the
// service at the first line are not counted twice, and a booked ticket's
// Queued is its turn, not when the citizen came. A recall moves Called,
// so a ticket recalled counts its wait up to the recall.
func (t Ticket) Waited() (time.Duration, bool) {
	if t.Called.IsZero() {
		return 0, false
	}
	return t.Called.Sub(t.Taken), true
}

// AtDesk is how long a ticket served took at the desk, from its (last)
// call to its close, and whether it was served.
func (t Ticket) AtDesk() (time.Duration, bool) {
	if t.Status != Served || t.Called.IsZero() || t.Finished.IsZero() {
		return 0, false
	}
	return t.Finished.Sub(t.Called), true
}

// Figures are how many durations were measured, their median and their
// 90th percentile.
type Figures struct {
	Count       int
	Median, P90 time.Duration
}

// Measure gives the figures of some durations.
func Measure(d []time.Duration) Figures {
	return Figures{Count: len(d), Median: Median(d), P90: P90(d)}
}

// Median is the middle duration, or the mean of the two in the middle; 0 for none.
func Median(d []time.Duration) time.Duration {
	s := slices.Sorted(slices.Values(d))
	n := len(s)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// P90 is the 90th percentile by the nearest rank: the shortest duration
// that at least 90% of them do not exceed; 0 for none.
func P90(d []time.Duration) time.Duration {
	s := slices.Sorted(slices.Values(d))
	if len(s) == 0 {
		return 0
	}
	return s[int(math.Ceil(0.9*float64(len(s))))-1]
}

// Minutes writes a duration of the figures in minutes with one decimal,
// "—" when none was measured: 7,5 or 7.5.
func (f Figures) Minutes(d time.Duration, lang kiosk.Lang) string {
	if f.Count == 0 {
		return "—"
	}
	return i18n.Decimal(d.Minutes(), lang)
}

// Group is how the tickets of one line, one desk or one hour of the day went.
type Group struct {
	Key     string     // the line's letter, the desk's id, the hour: "09"
	Name    kiosk.Text // what the report calls it
	Tickets int        // of the line, called by the desk, taken in the hour
	Wait    Figures    // of the tickets called: Waited
	Service Figures    // of the tickets served: AtDesk
}

// Report is the queue over a period: how long citizens waited for a call
// and how long the desks took, by line, by desk and by the hour they came.
type Report struct {
	From, To kiosk.Date // both included
	// Taken counts the numbers taken at the kiosk; the tickets that
	// transfers made count in the groups, not here.
	Taken, Called, Served, NoShow, Transferred, Uncalled int

	All                 Group // every ticket
	Lines, Desks, Hours []Group
}

// durations gathers the measures of a group as its tickets come.
type durations struct {
	key     string
	tickets int
	wait    []time.Duration
	service []time.Duration
}

func (d *durations) add(t Ticket) {
	d.tickets++
	if w, ok := t.Waited(); ok {
		d.wait = append(d.wait, w)
	}
	if s, ok := t.AtDesk(); ok {
		d.service = append(d.service, s)
	}
}

// group is the figures of the durations gathered, under name.
func (d *durations) group(name kiosk.Text) Group {
	return Group{Key: d.key, Name: name, Tickets: d.tickets, Wait: Measure(d.wait), Service: Measure(d.service)}
}

// groups keeps the groups of one kind: those the content names first, in
// its order, then any other the tickets name, in order of key.
type groups struct {
	order []string
	by    map[string]*durations
}

func newGroups(known []string) *groups {
	g := &groups{by: map[string]*durations{}}
	for _, k := range known {
		g.get(k)
	}
	return g
}

func (g *groups) get(key string) *durations {
	d, ok := g.by[key]
	if !ok {
		d = &durations{key: key}
		g.by[key] = d
		g.order = append(g.order, key)
	}
	return d
}

func (g *groups) list(known int, name func(key string) kiosk.Text) []Group {
	slices.Sort(g.order[known:])
	var out []Group
	for _, k := range g.order {
		out = append(out, g.by[k].group(name(k)))
	}
	return out
}

// BuildReport measures the tickets of the days from from to to (as
// TicketsBetween gives them; those of other days are left out) against
// the content's queue q: every line and desk of q has its group, with
// nothing measured when it had no ticket; an hour has one when a ticket
// was taken in it, in Rome.
func BuildReport(q kiosk.Queue, from, to kiosk.Date, tickets []Ticket) Report {
	rep := Report{From: from, To: to}
	var letters, desks []string
	for _, l := range q.Lines {
		letters = append(letters, l.Letter)
	}
	for _, d := range q.Desks {
		desks = append(desks, d.ID)
	}
	all, lines, byDesk, byHour := &durations{}, newGroups(letters), newGroups(desks), newGroups(nil)
	first, last := from.String(), to.String()
	for _, t := range tickets {
		if t.Day < first || t.Day > last {
			continue
		}
		rep.count(t)
		all.add(t)
		lines.get(t.Line).add(t)
		if t.Desk != "" {
			byDesk.get(t.Desk).add(t)
		}
		byHour.get(fmt.Sprintf("%02d", t.Taken.In(hours.Rome).Hour())).add(t)
	}
	rep.All = all.group(kiosk.T("Tutte le linee", "Every line"))
	rep.Lines = lines.list(len(letters), func(k string) kiosk.Text {
		if l, ok := q.Line(k); ok {
			return kiosk.T(k+" "+l.Name.It, k+" "+l.Name.In(kiosk.English))
		}
		return kiosk.T(k, k)
	})
	rep.Desks = byDesk.list(len(desks), func(k string) kiosk.Text {
		if d, ok := q.Desk(k); ok {
			return d.Name
		}
		return kiosk.T(k, k)
	})
	rep.Hours = byHour.list(0, func(k string) kiosk.Text {
		h, _ := strconv.Atoi(k)
		return kiosk.T(fmt.Sprintf("%d:00–%d:00", h, h+1), fmt.Sprintf("%d:00–%d:00", h, h+1))
	})
	return rep
}

// count adds t to the report's totals.
func (r *Report) count(t Ticket) {
	r.Taken++
	if !t.Called.IsZero() {
		r.Called++
	}
	switch t.Status {
	case Waiting:
		r.Uncalled++
	case Served:
		r.Served++
	case NoShow:
		r.NoShow++
	case Transferred:
		r.Transferred++
		r.Taken-- // the ticket its transfer made, on the same day, is the same citizen's
	}
}

// Period keeps the tickets of whole days: what the report reads.
type Period interface {
	TicketsBetween(from, to string) ([]Ticket, error)
}

// Report measures the queue from from to to, both included. The store
// reads the period at once when it is a Period, else day by day.
func (s *Service) Report(from, to kiosk.Date) (Report, error) {
	if to.Before(from) {
		return Report{}, kiosk.NewError(kiosk.Invalid, "Il periodo finisce prima di cominciare.", "The period ends before it begins.")
	}
	c, err := s.Content()
	if err != nil {
		return Report{}, kiosk.Wrap(err)
	}
	var tickets []Ticket
	if p, ok := s.Store.(Period); ok {
		tickets, err = p.TicketsBetween(from.String(), to.String())
	} else {
		for d := from; !to.Before(d) && err == nil; d = d.AddDays(1) {
			var day []Ticket
			day, err = s.Store.Tickets(d.String())
			tickets = append(tickets, day...)
		}
	}
	if err != nil {
		return Report{}, kiosk.Wrap(err)
	}
	return BuildReport(c.Queue, from, to, tickets), nil
}

// ReportFormats are the formats the report is exported in.
var ReportFormats = []string{"csv", "pdf"}

// ReportFileName is the name an exported report is saved as:
// coda-2026-10-27-2026-11-25.csv.
func ReportFileName(rep Report, format string) string {
	return fmt.Sprintf("coda-%s-%s.%s", rep.From, rep.To, format)
}

// EncodeReport writes the report in one of ReportFormats: a PDF for
// "pdf", a CSV otherwise; org names the administration in the PDF.
func EncodeReport(rep Report, org, format string) ([]byte, error) {
	if format == "pdf" {
		return reportPDF(rep, org)
	}
	var b bytes.Buffer
	c := csv.NewWriter(&b)
	c.Comma = ';' // as an Italian office's spreadsheet opens it, with decimal commas
	c.Write([]string{"periodo", rep.From.String() + " / " + rep.To.String()})
	for _, n := range rep.totals() {
		c.Write([]string{n.name, strconv.Itoa(n.n)})
	}
	c.Write([]string{"gruppo", "voce", "numeri", "chiamati", "attesa mediana min", "attesa 90° percentile min",
		"serviti", "servizio mediana min", "servizio 90° percentile min"})
	for _, s := range rep.sections() {
		for _, g := range s.groups {
			c.Write(append([]string{s.name}, g.cells()...))
		}
	}
	c.Flush()
	return b.Bytes(), c.Error()
}

// total is one of a report's counts, named as the CSV and the PDF say it.
type total struct {
	name string
	n    int
}

func (r Report) totals() []total {
	return []total{{"numeri presi", r.Taken}, {"chiamati", r.Called}, {"serviti", r.Served}, {"assenti", r.NoShow},
		{"trasferiti", r.Transferred}, {"mai chiamati", r.Uncalled}}
}

type section struct {
	name, title string // in the CSV's first column, over the PDF's table
	groups      []Group
}

func (r Report) sections() []section {
	return []section{{"totale", "Totale", []Group{r.All}}, {"linea", "Linea", r.Lines}, {"sportello", "Sportello", r.Desks},
		{"ora di arrivo", "Ora di arrivo", r.Hours}}
}

// cells are a group's figures in Italian, from its name on.
func (g Group) cells() []string {
	it := kiosk.Italian
	return []string{g.Name.It, strconv.Itoa(g.Tickets), strconv.Itoa(g.Wait.Count), g.Wait.Minutes(g.Wait.Median, it), g.Wait.Minutes(g.Wait.P90, it),
		strconv.Itoa(g.Service.Count), g.Service.Minutes(g.Service.Median, it), g.Service.Minutes(g.Service.P90, it)}
}

// The colours of the design system: primary and body text, the muted track.
var blue, slate, grey = [3]int{0x00, 0x66, 0xCC}, [3]int{0x17, 0x32, 0x4D}, [3]int{0xD9, 0xDA, 0xDB}

// reportPDF writes the report as A4 landscape pages: a bar of the median
// wait of each line, then the figures by line, desk and hour.
func reportPDF(rep Report, org string) ([]byte, error) {
	f := pdf.New(297, 210)
	f.SetMargins(15, 15, 15)
	f.SetAutoPageBreak(true, 15)
	f.AddPage()
	f.SetFont(pdf.Family, "B", 18)
	f.SetTextColor(blue[0], blue[1], blue[2])
	f.CellFormat(0, 9, "Coda agli sportelli: tempi di attesa e di servizio", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 11)
	f.SetTextColor(slate[0], slate[1], slate[2])
	f.CellFormat(0, 6, fmt.Sprintf("%s · dal %s al %s", org, i18n.ShortDate(rep.From), i18n.ShortDate(rep.To)), "", 1, "L", false, 0, "")
	f.MultiCell(0, 5, "Attesa: dal numero preso alla chiamata. Servizio: dalla chiamata alla chiusura, per i serviti. "+
		"In minuti: la mediana e il 90° percentile (il 90% dei casi non lo supera).", "", "L", false)
	var counts []string
	for _, n := range rep.totals() {
		counts = append(counts, fmt.Sprintf("%s %d", n.name, n.n))
	}
	f.MultiCell(0, 5, strings.Join(counts, " · "), "", "L", false)
	f.Ln(3)
	waitBars(f, rep.Lines)
	for _, s := range rep.sections() {
		groupTable(f, s)
	}
	var b bytes.Buffer
	err := f.Output(&b)
	return b.Bytes(), err
}

// waitBars draws the median wait of each line, against the longest.
func waitBars(f *gofpdf.Fpdf, lines []Group) {
	const x0, labelW, barW, h = 15.0, 90.0, 130.0, 6.0
	f.SetFont(pdf.Family, "B", 12)
	f.CellFormat(0, 8, "Attesa mediana per linea (minuti)", "", 1, "L", false, 0, "")
	f.SetFont(pdf.Family, "", 9)
	longest := time.Minute
	for _, g := range lines {
		longest = max(longest, g.Wait.Median)
	}
	for _, g := range lines {
		y := f.GetY()
		f.SetXY(x0, y)
		f.CellFormat(labelW, h, g.Name.It, "", 0, "L", false, 0, "")
		f.SetFillColor(grey[0], grey[1], grey[2])
		f.Rect(x0+labelW, y+1, barW, h-2, "F")
		f.SetFillColor(blue[0], blue[1], blue[2])
		f.Rect(x0+labelW, y+1, barW*float64(g.Wait.Median)/float64(longest), h-2, "F")
		f.SetXY(x0+labelW+barW+2, y)
		f.CellFormat(0, h, fmt.Sprintf("%s min · chiamati: %d", g.Wait.Minutes(g.Wait.Median, kiosk.Italian), g.Wait.Count), "", 1, "L", false, 0, "")
	}
	f.Ln(4)
}

// groupTable writes the figures of a section's groups.
func groupTable(f *gofpdf.Fpdf, s section) {
	widths := []float64{75, 22, 22, 33, 33, 22, 30, 30} // 267 mm across
	heads := []string{s.title, "Numeri", "Chiamati", "Attesa mediana", "Attesa 90° perc.", "Serviti", "Servizio mediana", "Servizio 90° perc."}
	f.SetFont(pdf.Family, "B", 9)
	f.SetFillColor(0xF5, 0xF5, 0xF5)
	for i, head := range heads {
		f.CellFormat(widths[i], 7, head, "B", 0, "L", true, 0, "")
	}
	f.Ln(-1)
	f.SetFont(pdf.Family, "", 9)
	for _, g := range s.groups {
		for i, c := range g.cells() {
			f.CellFormat(widths[i], 6, c, "B", 0, "L", false, 0, "")
		}
		f.Ln(-1)
	}
	f.Ln(4)
}
