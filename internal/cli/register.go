package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/register"
	"sportello/internal/segnatura"
	"sportello/internal/store"
)

// registerCmd runs the protocol register's commands.
func (r *run) registerCmd(args []string) error {
	if len(args) == 0 {
		return r.badUsage("manca il sottocomando di register", "register needs a subcommand")
	}
	switch args[0] {
	case "show":
		return r.registerShow(args[1:])
	case "annul":
		return r.registerAnnul(args[1:])
	case "daily":
		return r.registerDaily(args[1:])
	case "segnatura":
		return r.registerSegnatura(args[1:])
	case "emergency":
		return r.registerEmergency(args[1:])
	case "accessi":
		return r.registerAccess(args[1:])
	}
	return r.badUsage("sottocomando sconosciuto: register %s", "unknown subcommand: register %s", args[0])
}

// registration opens the database and finds the registration typed.
func (r *run) registration(typed string) (*store.DB, kiosk.Registration, error) {
	p, err := kiosk.ParseProtocol(typed)
	if err != nil {
		return nil, kiosk.Registration{}, err
	}
	db, err := r.open()
	if err != nil {
		return nil, kiosk.Registration{}, err
	}
	g, err := db.Registration(p)
	if err != nil {
		db.Close()
		return nil, g, err
	}
	return db, g, nil
}

func (r *run) registerShow(args []string) error {
	pos, err := parseFlags(r.flags("register show"), args)
	if err != nil || len(pos) != 1 {
		return r.badUsage("uso: sportello register show NUMERO", "usage: sportello register show NUMBER")
	}
	db, g, err := r.registration(pos[0])
	if err != nil {
		return err
	}
	defer db.Close()
	w := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	at := g.At.In(hours.Rome)
	fmt.Fprintf(w, r.say("Segnatura\t%s\nData e ora\t%s\nVerso\t%s\nMittente\t%s\nDestinatario\t%s\nOggetto\t%s\nClassifica\t%s\nDocumento\t%s\nSHA-256\t%s\n",
		"Segnatura\t%s\nDate and time\t%s\nDirection\t%s\nSender\t%s\nRecipient\t%s\nSubject\t%s\nClass\t%s\nDocument\t%s\nSHA-256\t%s\n"),
		g.Segnatura(hours.Rome), i18n.ShortDate(hours.Today(at))+" "+at.Format("15:04:05"), g.Direction, g.Sender, g.Recipient, g.Subject,
		strings.TrimSpace(g.Class.Code+" "+g.Class.Name), g.Document, g.SHA256)
	if g.Emergency != "" {
		fmt.Fprintf(w, r.say("Registro di emergenza\t%s\n", "Emergency register\t%s\n"), g.Emergency)
	}
	if a := g.Annulment; a != nil {
		fmt.Fprintf(w, r.say("ANNULLATO\til %s da %s\nMotivo\t%s\nAtto\t%s\n", "ANNULLATO\ton %s by %s\nReason\t%s\nAct\t%s\n"),
			a.At.In(hours.Rome).Format("02/01/2006 15:04"), a.Who, a.Reason, a.Act)
	}
	return w.Flush()
}

func (r *run) registerAnnul(args []string) error {
	fs := r.flags("register annul")
	reason := fs.String("reason", "", r.say("il motivo dell'annullamento", "why it is annulled"))
	act := fs.String("act", "", r.say("l'atto che lo autorizza", "the act that authorises it"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) != 1 {
		return r.badUsage("uso: sportello register annul NUMERO --reason MOTIVO --act ATTO",
			"usage: sportello register annul NUMBER --reason REASON --act ACT")
	}
	p, err := kiosk.ParseProtocol(pos[0])
	if err != nil {
		return err
	}
	a := kiosk.Annul{Protocol: p, Who: r.who(), Reason: strings.TrimSpace(*reason), Act: strings.TrimSpace(*act), At: time.Now()}
	if err := kiosk.CheckAnnul(a); err != nil { // before opening anything
		return err
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	g, err := register.Annul(db, kiosk.RoleAdmin, a)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, r.say("Registrazione %s ANNULLATA: %s (%s)\n", "Registration %s ANNULLATA (annulled): %s (%s)\n"), g.Protocol, a.Reason, a.Act)
	return nil
}

// keeper is the daily register's keeper over db, with the folder the settings name.
func (r *run) keeper(db *store.DB) *register.Keeper {
	host, _ := os.Hostname()
	return &register.Keeper{Store: db, Content: db.Content, Host: host, Now: db.Now, Folder: func() string {
		s, _, _ := db.Settings()
		return register.Folder(r.dataDir, s.ConservationDir)
	}}
}

func (r *run) registerDaily(args []string) error {
	fs := r.flags("register daily")
	date := fs.String("date", "", r.say("il giorno AAAA-MM-GG (predefinito: tutti i giorni passati non ancora consegnati)",
		"the day YYYY-MM-DD (default: every past day not yet delivered)"))
	if pos, err := parseFlags(fs, args); err != nil || len(pos) > 0 {
		return r.badUsage("uso: sportello register daily [--date AAAA-MM-GG]", "usage: sportello register daily [--date YYYY-MM-DD]")
	}
	var day kiosk.Date
	if *date != "" {
		var err error
		if day, err = kiosk.ParseDate(*date); err != nil {
			return err
		}
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	k := r.keeper(db)
	var outcomes []register.Outcome
	if day.IsZero() {
		outcomes, err = k.CatchUp()
	} else {
		var o register.Outcome
		if o, err = k.Daily(day); err == nil {
			outcomes = append(outcomes, o)
		}
	}
	folder := k.Folder()
	failed := false
	for _, o := range outcomes {
		path := filepath.Join(folder, o.Register.File)
		switch {
		case o.Made:
			fmt.Fprintf(r.Stdout, r.say("Consegnato %s: %d registrazioni, SHA-256 %s\n", "Delivered %s: %d registrations, SHA-256 %s\n"), path, o.Register.Count, o.Register.SHA256)
		case o.Matches == nil:
			fmt.Fprintf(r.Stdout, r.say("Già consegnato il %s: %s corrisponde alla sua impronta.\n", "Delivered on %s already: %s matches its fingerprint.\n"),
				o.Register.Made.In(hours.Rome).Format("02/01/2006 15:04"), path)
		default:
			failed = true
			fmt.Fprintln(r.Stdout, kiosk.ErrorMessage(o.Matches, r.lang))
		}
	}
	if err != nil {
		return err
	}
	if len(outcomes) == 0 {
		fmt.Fprintln(r.Stdout, r.say("Nessun registro giornaliero da consegnare.", "No daily register to deliver."))
	}
	if failed {
		return errQuiet
	}
	return nil
}

func (r *run) registerSegnatura(args []string) error {
	fs := r.flags("register segnatura")
	out := fs.String("o", "", r.say("il file XML da scrivere", "the XML file to write"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) != 1 || *out == "" {
		return r.badUsage("uso: sportello register segnatura NUMERO -o FILE.xml", "usage: sportello register segnatura NUMBER -o FILE.xml")
	}
	p, err := kiosk.ParseProtocol(pos[0])
	if err != nil {
		return err
	}
	return r.withContent(func(db *store.DB, c kiosk.Content) error { return r.writeSegnatura(db, c, p, *out) })
}

// writeSegnatura writes the signed segnatura of the registration p into out.
func (r *run) writeSegnatura(db *store.DB, c kiosk.Content, p kiosk.Protocol, out string) error {
	g, err := db.Registration(p)
	if err != nil {
		return err
	}
	m, err := register.Segnatura(c.Organization, g, c.Organization.Office.It)
	if err != nil {
		return err
	}
	seal, err := segnatura.LoadOrCreateSeal(filepath.Join(r.dataDir, "sigillo"), c.Organization.Name.It+" - "+g.Register.AOO, c.Organization.Name.It, time.Now())
	if err != nil {
		return kiosk.Wrap(err)
	}
	xml, err := segnatura.Write(m, seal)
	if err != nil {
		return kiosk.Wrap(err)
	}
	if err := os.WriteFile(out, xml, 0o644); err != nil {
		return kiosk.Wrap(err)
	}
	fmt.Fprintf(r.Stdout, r.say("Segnatura di %s scritta in %s\n", "Segnatura of %s written to %s\n"), g.Protocol, out)
	return nil
}

func (r *run) registerEmergency(args []string) error {
	if pos, err := parseFlags(r.flags("register emergency"), args); err != nil || len(pos) > 0 {
		return r.badUsage("uso: sportello register emergency", "usage: sportello register emergency")
	}
	return r.withContent(func(db *store.DB, _ kiosk.Content) error { return r.printOutages(db) })
}

// printOutages lists the emergency register's outages and their days.
func (r *run) printOutages(db *store.DB) error {
	outages, err := db.Outages()
	if err != nil {
		return kiosk.Wrap(err)
	}
	if len(outages) == 0 {
		fmt.Fprintln(r.Stdout, r.say("Il registro di emergenza non è mai stato usato.", "The emergency register was never used."))
	}
	for _, o := range outages {
		ended := r.say("in corso", "ongoing")
		if o.Ended != nil {
			ended = o.Ended.In(hours.Rome).Format("02/01/2006 15:04")
		}
		fmt.Fprintf(r.Stdout, r.say("Dal %s al %s: %s\n", "From %s to %s: %s\n"), o.Began.In(hours.Rome).Format("02/01/2006 15:04"), ended, o.Cause)
		for day, n := range o.PerDay {
			fmt.Fprintf(r.Stdout, r.say("  %s: %d registrazioni\n", "  %s: %d registrations\n"), i18n.ShortDate(day), n)
		}
		if o.NeedsAuthorisation(time.Now()) {
			fmt.Fprintln(r.Stdout, r.say("  Oltre 24 ore: serve l'autorizzazione del responsabile (art. 63 c.2 DPR 445/2000).",
				"  Over 24 hours: the responsible officer must authorise it (art. 63 c.2 DPR 445/2000)."))
		}
	}
	return nil
}
