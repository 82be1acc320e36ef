package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"sportello/assets"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/settings"
	"sportello/internal/store"
	"sportello/internal/ticket"
)

// parseFlags parses flags that may stand before, between or after the
// positional arguments, which it returns.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional, args = append(positional, args[0]), args[1:]
	}
}

func (r *run) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(r.Stderr)
	return fs
}

// service opens the database and returns the request rules over it.
func (r *run) service() (*requests.Service, *store.DB, error) {
	db, err := r.open()
	if err != nil {
		return nil, nil, err
	}
	return &requests.Service{Store: db, Content: db.Content, Now: db.Now,
		RetentionMonths: func() int { return settings.RetentionMonths(db.Settings) }}, db, nil
}

func (r *run) requests(args []string) error {
	if len(args) == 0 {
		return r.badUsage("manca il sottocomando di requests", "requests needs a subcommand")
	}
	switch args[0] {
	case "add":
		return r.requestsAdd(args[1:])
	case "status":
		return r.requestsStatus(args[1:])
	case "set":
		return r.requestsSet(args[1:])
	case "list":
		return r.requestsList(args[1:])
	case "reply":
		return r.requestsReply(args[1:])
	}
	return r.badUsage("sottocomando sconosciuto: requests %s", "unknown subcommand: requests %s", args[0])
}

func (r *run) requestsAdd(args []string) error {
	fs := r.flags("requests add")
	var d requests.Draft
	fs.StringVar(&d.Kind, "kind", "", "reclamo, disservizio, suggerimento, accesso-atti, accesso-civico-semplice, accesso-civico-generalizzato")
	fs.StringVar(&d.Text, "text", "", r.say("testo della richiesta", "text of the request"))
	fs.StringVar(&d.Office, "office", "", r.say("id dell'ufficio", "office id"))
	fs.StringVar(&d.Service, "service", "", r.say("id del servizio", "service id"))
	fs.StringVar(&d.Name, "name", "", r.say("nome e cognome", "name and surname"))
	fs.StringVar(&d.Email, "email", "", "e-mail")
	fs.StringVar(&d.Phone, "phone", "", r.say("telefono", "phone"))
	pdf := fs.String("pdf", "", r.say("scrive la ricevuta in questo file PDF", "write the ticket to this PDF file"))
	asJSON := fs.Bool("json", false, r.say("risposta in JSON", "answer in JSON"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 {
		return errUsage
	}
	d.Lang, d.PrivacyAccepted = r.lang, true // the clerk gives the notice at the desk
	svc, db, err := r.service()
	if err != nil {
		return err
	}
	defer db.Close()
	req, err := svc.Register(d)
	if err != nil {
		return err
	}
	if *pdf != "" {
		c, err := db.Content()
		if err != nil {
			return kiosk.Wrap(err)
		}
		b, err := ticket.PDF(requests.TicketFor(req, c))
		if err == nil {
			err = os.WriteFile(*pdf, b, 0o644)
		}
		if err != nil {
			return kiosk.Wrap(err)
		}
	}
	if *asJSON {
		return r.json(map[string]string{"protocol": req.Protocol.String(), "code": ticket.Format(req.Code),
			"deadline": req.Deadline.String(), "status": string(req.Status)})
	}
	fmt.Fprintf(r.Stdout, r.say("Protocollo: %s\nCodice:     %s\nScadenza:   %s\n", "Protocol: %s\nCode:     %s\nDeadline: %s\n"),
		req.Protocol, ticket.Format(req.Code), req.Deadline)
	return nil
}

func (r *run) json(v any) error {
	enc := json.NewEncoder(r.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

type publicEventJSON struct {
	Status  string `json:"status"`
	Outcome string `json:"outcome,omitempty"`
	Note    string `json:"note,omitempty"`
	At      string `json:"at"`
}

type publicJSON struct {
	Kind       string            `json:"kind"`
	Protocol   string            `json:"protocol"`
	Registered string            `json:"registered"`
	Office     string            `json:"office,omitempty"`
	Status     string            `json:"status"`
	Outcome    string            `json:"outcome,omitempty"`
	Open311    string            `json:"open311"`
	Deadline   string            `json:"deadline"`
	History    []publicEventJSON `json:"history"`
}

func (r *run) requestsStatus(args []string) error {
	fs := r.flags("requests status")
	asJSON := fs.Bool("json", false, r.say("risposta in JSON", "answer in JSON"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) != 1 {
		return r.badUsage("uso: sportello requests status CODICE [--json]", "usage: sportello requests status CODE [--json]")
	}
	svc, db, err := r.service()
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := svc.Status(pos[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return r.json(r.statusJSON(p))
	}
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		return kiosk.Wrap(err)
	}
	v := requests.View(p, cat, r.lang)
	w := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	for _, f := range v.Fields {
		fmt.Fprintf(w, "%s\t%s\n", f.Label, f.Value)
	}
	for _, e := range v.History {
		fmt.Fprintf(w, "  %s\t%s\t%s\n", e.Date, e.Status, e.Note)
	}
	if err := w.Flush(); err != nil || v.Remedy == "" {
		return err
	}
	_, err = fmt.Fprintln(r.Stdout, v.Remedy)
	return err
}

// statusJSON is what `requests status --json` answers: ids and dates as
// programs read them, the labels in the run's language.
func (r *run) statusJSON(p requests.Public) any {
	if p.Annulled != nil {
		return map[string]string{"protocol": p.Protocol.String(), "annulled": p.Annulled.In(hours.Rome).Format("2006-01-02"),
			"notice": p.AnnulledNotice().In(r.lang)}
	}
	out := publicJSON{
		Kind: p.Kind.In(r.lang), Protocol: p.Number.In(r.lang), Registered: p.Registered.In(hours.Rome).Format("2006-01-02 15:04"),
		Office: p.Office.In(r.lang), Status: string(p.Status), Outcome: string(p.Outcome), Open311: p.Status.Open311(),
		Deadline: p.Deadline.String(), History: []publicEventJSON{},
	}
	for _, e := range p.History {
		out.History = append(out.History, publicEventJSON{string(e.Status), string(e.Outcome), e.Note, e.At.In(hours.Rome).Format("2006-01-02 15:04")})
	}
	return out
}

func (r *run) requestsSet(args []string) error {
	fs := r.flags("requests set")
	outcome := fs.String("outcome", "", "accolta, accolta-parzialmente, respinta, differita, duplicata, non-di-competenza")
	note := fs.String("note", "", r.say("nota pubblica, visibile al cittadino", "public note, the citizen sees it"))
	internal := fs.String("internal-note", "", r.say("nota interna", "internal note"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) != 2 {
		return r.badUsage("uso: sportello requests set CODICE STATO [--outcome ESITO] [--note NOTA]",
			"usage: sportello requests set CODE STATUS [--outcome OUTCOME] [--note NOTE]")
	}
	svc, db, err := r.service()
	if err != nil {
		return err
	}
	defer db.Close()
	req, err := svc.SetStatus(pos[0], r.who(), kiosk.Status(pos[1]), kiosk.Outcome(*outcome), *note, *internal)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, "%s %s %s %s\n", req.Protocol, req.Status, req.Outcome, req.Deadline)
	return nil
}

type requestJSON struct {
	Protocol   string `json:"protocol"`
	Code       string `json:"code"`
	Kind       string `json:"kind"`
	Office     string `json:"office,omitempty"`
	Service    string `json:"service,omitempty"`
	Registered string `json:"registered"`
	Deadline   string `json:"deadline"`
	Status     string `json:"status"`
	Outcome    string `json:"outcome,omitempty"`
	Name       string `json:"name,omitempty"`
	Email      string `json:"email,omitempty"`
	Phone      string `json:"phone,omitempty"`
	Text       string `json:"text"`
	Annulled   string `json:"annulled,omitempty"` // the day its registration was annulled
}

func (r *run) requestsList(args []string) error {
	fs := r.flags("requests list")
	asJSON := fs.Bool("json", false, r.say("risposta in JSON", "answer in JSON"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 {
		return errUsage
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	all, err := db.Requests()
	if err != nil {
		return kiosk.Wrap(err)
	}
	list := []requestJSON{}
	for _, q := range all {
		list = append(list, requestJSON{q.Protocol.String(), ticket.Format(q.Code), q.Kind, q.Office, q.Service,
			q.Registered.In(hours.Rome).Format("2006-01-02 15:04"), q.Deadline.String(), string(q.Status), string(q.Outcome),
			q.Name, q.Email, q.Phone, q.Text, ""})
		if a := q.Annulment(); a != nil {
			list[len(list)-1].Annulled = a.At.In(hours.Rome).Format("2006-01-02")
		}
	}
	if *asJSON {
		return r.json(list)
	}
	w := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, r.say("PROTOCOLLO\tREGISTRATA\tTIPO\tSTATO\tSCADENZA\tCODICE\tNOME", "PROTOCOL\tFILED\tKIND\tSTATUS\tDEADLINE\tCODE\tNAME"))
	for _, q := range list {
		status := strings.TrimSpace(q.Status + " " + q.Outcome)
		if q.Annulled != "" {
			status = "ANNULLATO " + q.Annulled
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", q.Protocol, q.Registered, q.Kind, status, q.Deadline, q.Code, q.Name)
	}
	return w.Flush()
}

func (r *run) deadline(args []string) error {
	fs := r.flags("deadline")
	from := fs.String("from", "", "YYYY-MM-DD")
	kind := fs.String("kind", "", r.say("tipo di richiesta", "kind of request"))
	days := fs.Int("days", 0, r.say("giorni di calendario", "calendar days"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 || *from == "" || (*kind == "") == (*days == 0) {
		return r.badUsage("uso: sportello deadline --from AAAA-MM-GG (--kind TIPO | --days N)",
			"usage: sportello deadline --from YYYY-MM-DD (--kind KIND | --days N)")
	}
	start, err := kiosk.ParseDate(*from)
	if err != nil {
		return err
	}
	return r.withContent(func(_ *store.DB, c kiosk.Content) error {
		n := *days
		if *kind != "" {
			k, ok := c.Kind(*kind)
			if !ok {
				return kiosk.Errorf(kiosk.Invalid, "tipo di richiesta sconosciuto: %s", "unknown kind of request: %s", *kind)
			}
			n = k.TermDays
		}
		if n < 0 {
			return kiosk.Errorf(kiosk.Invalid, "i giorni non possono essere negativi", "days cannot be negative")
		}
		fmt.Fprintln(r.Stdout, hours.AdministrationCalendar(c.Closures).Deadline(start, n))
		return nil
	})
}

// requestsReply concludes a request with a written reply, registered as outgoing.
func (r *run) requestsReply(args []string) error {
	fs := r.flags("requests reply")
	outcome := fs.String("outcome", "", "accolta, accolta-parzialmente, respinta, differita")
	text := fs.String("text", "", r.say("testo della risposta", "text of the reply"))
	pdf := fs.String("pdf", "", r.say("scrive la lettera in questo file PDF", "write the letter to this PDF file"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) != 1 {
		return r.badUsage("uso: sportello requests reply CODICE --outcome ESITO --text TESTO [--pdf FILE]",
			"usage: sportello requests reply CODE --outcome OUTCOME --text TEXT [--pdf FILE]")
	}
	svc, db, err := r.service()
	if err != nil {
		return err
	}
	defer db.Close()
	_, reply, letterPDF, err := svc.Reply(pos[0], r.who(), kiosk.Outcome(*outcome), *text)
	if err != nil {
		return err
	}
	if *pdf != "" {
		if err := os.WriteFile(*pdf, letterPDF, 0o644); err != nil {
			return kiosk.Wrap(err)
		}
	}
	fmt.Fprintf(r.Stdout, r.say("Risposta registrata in uscita: %s\n", "Reply registered as outgoing: %s\n"), reply.Protocol)
	return nil
}

// retention erases the personal data of requests closed long ago.
func (r *run) retention(args []string) error {
	fs := r.flags("retention")
	months := fs.Int("months", 0, r.say("mesi dopo la chiusura (predefinito: quelli delle impostazioni)", "months after closing (default: the settings')"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 {
		return r.badUsage("uso: sportello retention [--months N]", "usage: sportello retention [--months N]")
	}
	svc, db, err := r.service()
	if err != nil {
		return err
	}
	defer db.Close()
	if *months == 0 {
		*months = settings.RetentionMonths(db.Settings)
	}
	n, err := svc.EraseExpired(*months, "retention")
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, r.say("Dati personali cancellati da %d richieste chiuse da più di %d mesi.\n",
		"Personal data erased from %d requests closed more than %d months ago.\n"), n, *months)
	return nil
}
