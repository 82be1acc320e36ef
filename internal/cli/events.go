package cli

import (
	"fmt"
	"os"
	"text/tabwriter"

	"sportello/internal/events"
	"sportello/internal/kiosk"
)

// eventsCmd runs the events' commands for staff scripts: the events that
// take sign-ups, and one event's list.
func (r *run) eventsCmd(args []string) error {
	if len(args) == 0 || args[0] != "list" && args[0] != "signups" {
		return r.badUsage("uso: sportello events list | signups EVENTO [-o FILE.csv]", "usage: sportello events list | signups EVENT [-o FILE.csv]")
	}
	fs := r.flags("events " + args[0])
	out := fs.String("o", "", r.say("file CSV da scrivere (signups)", "CSV file to write (signups)"))
	pos, err := parseFlags(fs, args[1:])
	if err != nil || args[0] == "list" && len(pos) != 0 || args[0] == "signups" && len(pos) != 1 {
		return r.badUsage("uso: sportello events list | signups EVENTO [-o FILE.csv]", "usage: sportello events list | signups EVENT [-o FILE.csv]")
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	s := &events.Service{Store: db, Content: db.Content, Now: db.Now}
	all, err := s.Events()
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	if args[0] == "list" {
		for _, e := range all {
			fmt.Fprintf(w, "%s\t%s\t%s\t%d/%d\t%s %d\n", e.Notice.ID, e.Notice.From, e.Notice.Title.In(r.lang), e.Seated, e.Seats, r.say("in attesa", "waiting"), e.Waiting)
		}
		return w.Flush()
	}
	for _, e := range all {
		if e.Notice.ID != pos[0] {
			continue
		}
		if *out != "" {
			data, err := events.CSV(e)
			if err == nil {
				err = os.WriteFile(*out, data, 0o644)
			}
			return kiosk.Wrap(err)
		}
		for _, su := range e.Signups {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", su.Status, su.Name, su.Email, su.Phone)
		}
		return w.Flush()
	}
	return kiosk.Errorf(kiosk.NotFound, "Nessun evento con iscrizioni «%s»: veda sportello events list.", "No event with sign-ups «%s»: see sportello events list.", pos[0])
}
