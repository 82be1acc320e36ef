package cli

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"text/tabwriter"

	"sportello/internal/charter"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/ratings"
	"sportello/internal/report"
	"sportello/internal/store"
)

func (r *run) report(args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "ratings":
			return r.reportRatings(args[1:])
		case "alerts":
			return r.reportAlerts(args[1:])
		case "charter":
			return r.reportCharter(args[1:])
		}
	}
	return r.badUsage("uso: sportello report ratings|alerts|charter ...", "usage: sportello report ratings|alerts|charter ...")
}

// reportCharter measures the service charter over a period: the figures of
// each service with a standard, as a table, or written as CSV or PDF.
func (r *run) reportCharter(args []string) error {
	fs := r.flags("report charter")
	from := fs.String("from", "", "YYYY-MM-DD")
	to := fs.String("to", "", "YYYY-MM-DD")
	format := fs.String("format", "csv", "csv|pdf")
	var out string
	fs.StringVar(&out, "out", "", r.say("file da scrivere (senza: la tabella sullo standard output)", "file to write (none: the table on standard output)"))
	fs.StringVar(&out, "o", "", r.say("come --out", "as --out"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) > 0 || *from == "" || *to == "" || !slices.Contains(charter.Formats, *format) {
		return r.badUsage("uso: sportello report charter --from AAAA-MM-GG --to AAAA-MM-GG [--format csv|pdf] [--out FILE]",
			"usage: sportello report charter --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|pdf] [--out FILE]")
	}
	var period [2]kiosk.Date
	for i, s := range []string{*from, *to} {
		if period[i], err = kiosk.ParseDate(s); err != nil {
			return err
		}
	}
	return r.withContent(func(db *store.DB, c kiosk.Content) error {
		svc := &charter.Service{Requests: db, Ratings: db, Content: func() (kiosk.Content, error) { return c, nil }, Now: db.Now}
		rep, err := svc.Report(period[0], period[1])
		if err != nil {
			return err
		}
		if out == "" {
			return r.charterTable(rep)
		}
		data, err := charter.Encode(rep, c.Organization.Name.It, *format)
		if err == nil {
			err = os.WriteFile(out, data, 0o644)
		}
		if err != nil {
			return kiosk.Wrap(err)
		}
		fmt.Fprintf(r.Stdout, r.say("%d righe: scritto %s\n", "%d rows: wrote %s\n"), len(rep.Rows), out)
		return nil
	})
}

// charterTable writes the charter's figures as a table, in the run's language.
func (r *run) charterTable(rep charter.Report) error {
	w := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, r.say("SERVIZIO\tUFFICIO\tSTANDARD\tGESTITE\tAPERTE\tMEDIANA\t90° PERC.\tENTRO %\tESITO\tSODDISFAZIONE",
		"SERVICE\tOFFICE\tSTANDARD\tHANDLED\tOPEN\tMEDIAN\t90TH PCT.\tWITHIN %\tRESULT\tSATISFACTION"))
	for _, row := range rep.Rows {
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", row.Service, row.Office, row.Standard.Label().In(r.lang),
			row.Handled, row.Open, row.Figure(row.Median, r.lang), row.Figure(row.P90, r.lang), row.Figure(row.Within, r.lang),
			row.Verdict().In(r.lang), row.Satisfaction().In(r.lang))
	}
	if len(rep.Rows) == 0 {
		fmt.Fprintln(w, r.say("nessun servizio ha uno standard nel file dei contenuti", "no service has a standard in the content file"))
	}
	return w.Flush()
}

func (r *run) reportRatings(args []string) error {
	fs := r.flags("report ratings")
	from := fs.String("from", "", "YYYY-MM-DD")
	to := fs.String("to", "", "YYYY-MM-DD")
	var q kiosk.RatingQuery
	fs.StringVar(&q.Office, "office", "", r.say("id dell'ufficio", "office id"))
	fs.StringVar(&q.Service, "service", "", r.say("id del servizio", "service id"))
	fs.BoolVar(&q.IncludeMisuse, "misuse", false, r.say("includi le valutazioni segnate come abuso", "include ratings flagged as misuse"))
	days := fs.Int("days", 0, r.say("gli ultimi N giorni, oggi compreso, invece di --from e --to", "the last N days, today included, instead of --from and --to"))
	format := fs.String("format", "csv", "csv|pdf")
	out := fs.String("o", "", r.say("file da scrivere", "file to write"))
	pos, err := parseFlags(fs, args)
	period := *days > 0 && *from == "" && *to == "" || *days == 0 && *from != "" && *to != ""
	if err != nil || len(pos) > 0 || !period || *out == "" || !slices.Contains(report.Formats, *format) {
		return r.badUsage("uso: sportello report ratings (--from AAAA-MM-GG --to AAAA-MM-GG | --days N) [--office ID] [--service ID] --format csv|pdf -o FILE",
			"usage: sportello report ratings (--from YYYY-MM-DD --to YYYY-MM-DD | --days N) [--office ID] [--service ID] --format csv|pdf -o FILE")
	}
	if *days == 0 {
		if q.From, err = kiosk.ParseDate(*from); err != nil {
			return err
		}
		if q.To, err = kiosk.ParseDate(*to); err != nil {
			return err
		}
	}
	return r.withContent(func(db *store.DB, c kiosk.Content) error {
		if *days > 0 {
			last := report.LastDays(hours.Today(db.Now()), *days)
			q.From, q.To = last.From, last.To
		}
		officeName := ""
		if q.Office != "" {
			o, ok := c.Office(q.Office)
			if !ok {
				return kiosk.Errorf(kiosk.NotFound, "ufficio sconosciuto: %s", "unknown office: %s", q.Office)
			}
			officeName = o.Name.It
		}
		rep, err := report.Ratings(db, q)
		if err != nil {
			return err
		}
		data, err := report.Encode(rep, officeName, *format)
		if err == nil {
			err = os.WriteFile(*out, data, 0o644)
		}
		if err != nil {
			return kiosk.Wrap(err)
		}
		fmt.Fprintf(r.Stdout, r.say("%d valutazioni, %s%% soddisfatti, punteggio %s: scritto %s\n", "%d ratings, %s%% satisfied, score %s: wrote %s\n"),
			rep.Total, strconv.FormatFloat(rep.Satisfied, 'f', 1, 64), strconv.FormatFloat(rep.Score, 'f', 1, 64), *out)
		return nil
	})
}

// reportAlerts lists the alerts, or acknowledges one.
func (r *run) reportAlerts(args []string) error {
	fs := r.flags("report alerts")
	ack := fs.Int64("ack", 0, r.say("numero dell'avviso da segnare come visto", "number of the alert to acknowledge"))
	by := fs.String("by", r.who(), r.say("chi lo segna come visto", "who acknowledges it"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 {
		return r.badUsage("uso: sportello report alerts [--ack N --by NOME]", "usage: sportello report alerts [--ack N --by NAME]")
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	svc := &ratings.Service{Store: db, Content: db.Content, Now: db.Now}
	if *ack != 0 {
		return svc.Acknowledge(*ack, *by)
	}
	alerts, err := svc.Alerts()
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, r.say("N.\tQUANDO\tUFFICIO\tNEGATIVE\tVISTO", "NO.\tWHEN\tOFFICE\tNEGATIVE\tSEEN"))
	for _, a := range alerts {
		seen := "-"
		if a.Acknowledged != nil {
			seen = a.Acknowledged.In(hours.Rome).Format("2006-01-02 15:04") + " " + a.By
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%d/%d\t%s\n", a.ID, a.At.In(hours.Rome).Format("2006-01-02 15:04"), a.Office, a.Negative, a.Window, seen)
	}
	return w.Flush()
}
