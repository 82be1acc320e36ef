package cli

import (
	"fmt"
	"text/tabwriter"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/store"
)

// DisplayOptions are the command-line choices for the call display.
type DisplayOptions struct {
	Windowed bool
	LogJSON  bool
}

// display opens the call display on the queue's database: this machine's
// data folder, or the central PostgreSQL the desks call on.
func (r *run) display(args []string, opts KioskOptions) error {
	fs := r.flags("display")
	fs.StringVar(&r.dataDir, "data", r.dataDir, r.say("cartella dei dati", "data folder"))
	fs.StringVar(&r.db, "db", r.db, r.say("database postgres://... su cui chiamano gli sportelli", "database postgres://... the desks call on"))
	windowed := fs.Bool("windowed", opts.Windowed, r.say("in una finestra, non a schermo intero", "in a window, not full screen"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 {
		return r.badUsage("uso: sportello display [--data CARTELLA | --db postgres://...] [--windowed]",
			"usage: sportello display [--data FOLDER | --db postgres://...] [--windowed]")
	}
	if r.StartDisplay == nil {
		return kiosk.NewError(kiosk.Unavailable, "Questo programma non ha lo schermo delle chiamate.", "This program has no call display.")
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	return r.StartDisplay(db, DisplayOptions{Windowed: *windowed, LogJSON: opts.LogJSON})
}

const queueUsageIt = "uso: sportello queue take --line LETTERA [--priority] [--lang it|en] | call --desk ID | status"
const queueUsageEn = "usage: sportello queue take --line LETTER [--priority] [--lang it|en] | call --desk ID | status"

// queue takes a number, calls the next at a desk, or says how the lines
// stand: for staff's scripts and for tests.
func (r *run) queue(args []string) error {
	if len(args) == 0 {
		return r.badUsage(queueUsageIt, queueUsageEn)
	}
	var cmd func(*queue.Service, []string) error
	switch args[0] {
	case "take":
		cmd = r.queueTake
	case "call":
		cmd = r.queueCall
	case "status":
		cmd = r.queueStatus
	default:
		return r.badUsage("sottocomando sconosciuto: queue %s", "unknown subcommand: queue %s", args[0])
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	return cmd(queueService(db), args[1:])
}

// queueService is the queue on db. It names no kiosk: a script may take
// numbers one after another, which the kiosk's misuse rule would refuse.
func queueService(db *store.DB) *queue.Service {
	return &queue.Service{Store: db, Content: db.Content, Now: db.Now}
}

func (r *run) queueTake(svc *queue.Service, args []string) error {
	fs := r.flags("queue take")
	line := fs.String("line", "", r.say("la lettera della fila, es. A", "the line's letter, e.g. A"))
	priority := fs.Bool("priority", false, r.say("con precedenza", "with priority"))
	lang := fs.String("lang", "it", r.say("la lingua del cittadino: la chiamata è detta anche in inglese con en", "the citizen's language: with en the call is spoken in English too"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 || *line == "" || (*lang != "it" && *lang != "en") {
		return r.badUsage(queueUsageIt, queueUsageEn)
	}
	p, err := svc.Take(*line, *priority, kiosk.Lang(*lang))
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, r.say("Numero: %s\nPrima:  %d\nCodice: %s\n", "Number: %s\nAhead:  %d\nToken:  %s\n"), p.Label(), p.Ahead, p.Token)
	return nil
}

func (r *run) queueCall(svc *queue.Service, args []string) error {
	fs := r.flags("queue call")
	desk := fs.String("desk", "", r.say("l'id dello sportello, es. sportello-1", "the desk's id, e.g. sportello-1"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 || *desk == "" {
		return r.badUsage(queueUsageIt, queueUsageEn)
	}
	t, err := svc.CallNext(*desk)
	if queue.IsEmpty(err) {
		fmt.Fprintln(r.Stderr, kiosk.ErrorMessage(err, r.lang))
		return errQuiet
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(r.Stdout, t.Label())
	return nil
}

func (r *run) queueStatus(svc *queue.Service, args []string) error {
	if pos, err := parseFlags(r.flags("queue status"), args); err != nil || len(pos) > 0 {
		return r.badUsage(queueUsageIt, queueUsageEn)
	}
	lines, err := svc.Lines()
	if err != nil {
		return err
	}
	calls, err := svc.LastCalls(5)
	if err != nil {
		return err
	}
	c, err := svc.Content()
	if err != nil {
		return kiosk.Wrap(err)
	}
	tw := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, r.say("Fila\tIn attesa\tDa più tempo\tServizio", "Line\tWaiting\tLongest\tService"))
	for _, l := range lines {
		longest := "-"
		if l.Waiting > 0 {
			longest = minutes(l.Longest)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", l.Line.Letter, l.Waiting, longest, l.Line.Name.In(r.lang))
	}
	tw.Flush()
	if len(calls) == 0 {
		fmt.Fprintln(r.Stdout, r.say("\nNessuna chiamata.", "\nNo calls."))
		return nil
	}
	fmt.Fprintln(r.Stdout, r.say("\nUltime chiamate:", "\nLast calls:"))
	tw = tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	today := hours.Today(svc.Now()).String()
	for _, t := range calls {
		desk := t.Desk
		if d, ok := c.Queue.Desk(t.Desk); ok {
			desk = d.Name.In(r.lang)
		}
		at := i18n.Clock(t.Called.In(hours.Rome))
		if t.Day != today {
			at = t.Day + " " + at
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", at, t.Label(), desk, r.status(t.Status))
	}
	return tw.Flush()
}

// minutes is a wait as staff read it: "12 min".
func minutes(d time.Duration) string { return fmt.Sprintf("%d min", int(d.Minutes())) }

var statusEn = map[queue.Status]string{queue.Waiting: "waiting", queue.Called: "called", queue.Served: "served",
	queue.NoShow: "no-show", queue.Transferred: "transferred"}

// status is a ticket's status in the run's language.
func (r *run) status(s queue.Status) string {
	if r.lang == kiosk.English && statusEn[s] != "" {
		return statusEn[s]
	}
	return string(s)
}
