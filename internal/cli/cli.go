// Package cli runs Sportello's command line: the kiosk itself and the
// subcommands clerks and tests use. Messages follow the environment's
// language: English when it is English, Italian otherwise.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"sportello/assets"
	"sportello/internal/content"
	"sportello/internal/datadir"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

// Env is what a run reads and writes, and how it starts the kiosk window.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// StartKiosk opens the kiosk window on db and returns when it closes.
	StartKiosk func(db *store.DB, opts KioskOptions) error
	// StartDisplay opens the call display of the desk queue on db and returns when it closes.
	StartDisplay func(db *store.DB, opts DisplayOptions) error
}

// KioskOptions are the command-line choices for the kiosk window.
type KioskOptions struct {
	Windowed bool
	DataDir  string        // the data folder, where the print spool lives
	Printer  string        // the CUPS queue for tickets; empty: the system default
	Office   string        // the office the kiosk stands in
	Kiosk    string        // this kiosk's name, stored with each rating
	Idle     time.Duration // with no touch, ask whether the citizen is still there
	Attract  time.Duration // on the untouched home screen, show the attract screen
	LogJSON  bool          // log as JSON, for journald
	Staff    bool          // start on the staff sign-in, as on an office PC
	TapGuard time.Duration // a second tap on a control within this is ignored
	HelpKey  string        // the hardware key that starts listening mode
	Central  string        // a postgres:// URL: requests and ratings go there, through the kiosk's outbox
}

// run is one invocation: the environment, the language of its messages and the global flags.
type run struct {
	Env
	lang    kiosk.Lang
	dataDir string
	db      string // a postgres:// URL: the central database instead of the data folder's SQLite file
	demo    bool
}

// errUsage means the words of the call were wrong; usage has been printed.
var errUsage = errors.New("usage")

// errQuiet fails a command that has already said why.
var errQuiet = errors.New("quiet")

// Run executes the command line args (without the program name) and returns the exit code.
func Run(args []string, env Env) int {
	r := &run{Env: env, lang: envLang(env.Getenv)}
	fs := flag.NewFlagSet("sportello", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.StringVar(&r.dataDir, "data", "", r.say("cartella dei dati", "data folder"))
	fs.StringVar(&r.db, "db", env.Getenv("SPORTELLO_DB"), r.say("database centrale postgres://... (predefinito: il file SQLite nella cartella dei dati)",
		"central database postgres://... (default: the SQLite file in the data folder)"))
	fs.BoolVar(&r.demo, "demo", false, r.say("carica i contenuti dimostrativi", "load the demo content"))
	windowed := fs.Bool("windowed", false, r.say("in una finestra, non a schermo intero", "in a window, not full screen"))
	var opts KioskOptions
	fs.StringVar(&opts.Office, "office", "", r.say("l'ufficio in cui si trova lo sportello", "the office the kiosk stands in"))
	host, _ := os.Hostname()
	fs.StringVar(&opts.Kiosk, "kiosk", host, r.say("nome di questo sportello, registrato con le valutazioni", "this kiosk's name, stored with ratings"))
	fs.DurationVar(&opts.Idle, "idle", 90*time.Second, r.say("inattività prima di chiedere «È ancora lì?»", "idle time before asking «Are you still there?»"))
	fs.DurationVar(&opts.Attract, "attract", 3*time.Minute, r.say("inattività sulla schermata iniziale prima di «Tocchi per iniziare»", "idle time on the home screen before «Touch to start»"))
	fs.DurationVar(&opts.TapGuard, "tap-guard", 300*time.Millisecond, r.say("un secondo tocco entro questo tempo è ignorato (al massimo 500ms)", "a second tap within this is ignored (500ms at most)"))
	fs.StringVar(&opts.HelpKey, "help-key", "F1", r.say("tasto che avvia la modalità Ascolta", "key that starts listening mode"))
	logFormat := fs.String("log", "text", "text|json")
	fs.BoolVar(&opts.Staff, "staff", false, r.say("parte dall'accesso del personale", "start on the staff sign-in"))
	fs.StringVar(&opts.Central, "central", env.Getenv("SPORTELLO_CENTRAL"), r.say("database centrale postgres://... per richieste e valutazioni, con la coda dello sportello quando non risponde",
		"central database postgres://... for requests and ratings, through the kiosk's outbox when it does not answer"))
	queue := fs.String("printer", env.Getenv("SPORTELLO_PRINTER"), r.say("coda CUPS delle ricevute (predefinita: quella di sistema)", "CUPS queue for tickets (default: the system's)"))
	fs.Usage = func() { r.usage() }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if opts.Central != "" && !store.IsPostgres(opts.Central) {
		fmt.Fprintln(r.Stderr, r.say("--central vuole un indirizzo postgres://utente@host/database", "--central takes a postgres://user@host/database URL"))
		return 2
	}
	if opts.TapGuard < 0 || opts.TapGuard > 500*time.Millisecond || opts.Idle < 10*time.Second {
		fmt.Fprintln(r.Stderr, r.say("--tap-guard va da 0 a 500ms e --idle è di almeno 10s", "--tap-guard goes from 0 to 500ms and --idle is at least 10s"))
		return 2
	}
	opts.Windowed, opts.Printer, opts.LogJSON = *windowed, *queue, *logFormat == "json"
	err := r.dispatch(fs.Args(), opts)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errQuiet):
		return 1
	default:
		fmt.Fprintln(r.Stderr, kiosk.ErrorMessage(err, r.lang))
		if kiosk.ErrorCode(err) == kiosk.Internal {
			fmt.Fprintln(r.Stderr, "  ", err) // the detail, for the operator
		}
		return 1
	}
}

func (r *run) dispatch(args []string, opts KioskOptions) error {
	if len(args) == 0 {
		db, err := r.open()
		if err != nil {
			return err
		}
		defer db.Close()
		opts.DataDir = r.dataDir
		return r.StartKiosk(db, opts)
	}
	switch args[0] {
	case "content":
		return r.content(args[1:])
	case "requests":
		return r.requests(args[1:])
	case "deadline":
		return r.deadline(args[1:])
	case "holidays":
		return r.holidays(args[1:])
	case "report":
		return r.report(args[1:])
	case "staff":
		return r.staff(args[1:])
	case "retention":
		return r.retention(args[1:])
	case "register":
		return r.registerCmd(args[1:])
	case "health":
		return r.health(args[1:], opts.Printer)
	case "backup":
		return r.backup(args[1:])
	case "serve":
		return r.serve(args[1:])
	case "queue":
		return r.queue(args[1:])
	case "appointments":
		return r.appointments(args[1:])
	case "events":
		return r.eventsCmd(args[1:])
	case "display":
		return r.display(args[1:], opts)
	case "restore":
		return r.restore(args[1:])
	case "version":
		fmt.Fprintln(r.Stdout, Version)
		return nil
	case "help", "-h", "--help":
		r.usage()
		return nil
	}
	return r.badUsage("comando sconosciuto: %s", "unknown command: %s", args[0])
}

func (r *run) badUsage(it, en string, args ...any) error {
	fmt.Fprintf(r.Stderr, r.say(it, en)+"\n\n", args...)
	r.usage()
	return errUsage
}

// open opens the database in the data folder, loading the demo content when
// the folder is new or --demo asks for it.
func (r *run) open() (*store.DB, error) {
	dir, err := datadir.Resolve(r.dataDir, r.Getenv)
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	r.dataDir = dir
	source := datadir.Database(dir)
	if r.db != "" {
		if !store.IsPostgres(r.db) {
			return nil, kiosk.NewError(kiosk.Invalid, "--db vuole un indirizzo postgres://utente@host/database.", "--db takes a postgres://user@host/database URL.")
		}
		source = r.db
	}
	db, err := store.Open(source)
	if err != nil {
		e := kiosk.Errorf(kiosk.Unavailable, "Il database non risponde: %v", "The database does not answer: %v", err)
		e.Err = err
		return nil, e
	}
	has, err := db.HasContent()
	if err == nil && (!has || r.demo) {
		err = loadDemo(db, r.who())
	}
	if err != nil {
		db.Close()
		return nil, kiosk.Wrap(err)
	}
	return db, nil
}

// withContent opens the database and passes it, with the content, to fn.
func (r *run) withContent(fn func(db *store.DB, c kiosk.Content) error) error {
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.Content()
	if err != nil {
		return kiosk.Wrap(err)
	}
	return fn(db, c)
}

func (r *run) say(it, en string) string { return kiosk.T(it, en).In(r.lang) }

func envLang(getenv func(string) string) kiosk.Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			return kiosk.ParseLang(v)
		}
	}
	return kiosk.Italian
}

func (r *run) usage() {
	fmt.Fprint(r.Stderr, r.say(usageIt, usageEn))
}

const usageIt = `Uso: sportello [--data CARTELLA] [--db postgres://...] [--central postgres://...] [--demo] [--windowed] [--staff] [--printer CODA] [--office ID]
               [--kiosk NOME] [--log text|json] [--idle 90s] [--attract 3m] [--tap-guard 300ms] [--help-key F1] [COMANDO]

Senza comando apre lo sportello a schermo intero.

Comandi:
  content check FILE       controlla un file dei contenuti
  content import FILE      controlla e sostituisce tutti i contenuti
  content export [FILE]    scrive i contenuti (senza FILE: sullo standard output)
  requests add --kind TIPO --text TESTO [--office ID] [--service ID] [--name NOME]
               [--email E] [--phone T] [--pdf FILE] [--json]
                           registra una richiesta portata allo sportello
  requests status CODICE [--json]
                           lo stato che vede il cittadino
  requests set CODICE STATO [--outcome ESITO] [--note NOTA] [--internal-note NOTA]
                           cambia lo stato (ricevuta, assegnata, in-lavorazione,
                           sospesa, conclusa, archiviata)
  requests list [--json]   tutte le richieste, per il personale
  requests reply CODICE --outcome ESITO --text TESTO [--pdf FILE]
                           conclude con una risposta scritta, protocollata in uscita
  retention [--months N]   cancella recapiti e testi delle richieste chiuse da più di N mesi
                           (predefiniti: quelli delle impostazioni) e già in conservazione;
                           la registrazione resta
  register show NUMERO     una registrazione di protocollo
  register annul NUMERO --reason MOTIVO --act ATTO
                           annulla una registrazione (art. 54 DPR 445/2000)
  register daily [--date AAAA-MM-GG]
                           il registro giornaliero di protocollo nella cartella di conservazione
  register segnatura NUMERO -o FILE.xml
                           la segnatura XML (AgID, Allegato 6) firmata, per inoltrare
  register accessi --from AAAA-MM-GG --to AAAA-MM-GG [--format ods|csv|pdf] [-o FILE]
                           il registro degli accessi del periodo, senza dati personali
  register emergency       le interruzioni e il registro di emergenza (art. 63)
  deadline --from AAAA-MM-GG (--kind TIPO | --days N)
                           la scadenza di legge
  holidays ANNO [--office ID]
                           i giorni di chiusura dell'anno: festività e chiusure
  report ratings --from AAAA-MM-GG --to AAAA-MM-GG [--office ID] [--service ID]
                 [--misuse] --format csv|pdf -o FILE
                           il rapporto sulla soddisfazione
  report charter --from AAAA-MM-GG --to AAAA-MM-GG [--format csv|pdf] [--out FILE]
                           la carta dei servizi misurata: tempi, quota entro lo standard, soddisfazione
  report alerts [--ack N --by NOME]
                           gli avvisi sulle valutazioni negative
  appointments list [--date AAAA-MM-GG] | book --service ID --at 'AAAA-MM-GG HH:MM' --name NOME
               (--email E | --phone P) [--reason MOTIVO] | move CODICE --at 'AAAA-MM-GG HH:MM'
               | cancel CODICE | checkin CODICE
                           gli appuntamenti: elenco del giorno, prenotazione allo sportello, spostamento,
                           annullamento, arrivo
  events list | signups EVENTO [-o FILE.csv]
                           gli eventi con iscrizioni; gli iscritti e la lista d'attesa di un evento
  staff add UTENTE --role operator|editor|admin [--password-stdin]
                           crea un account del personale (password di 10+ caratteri o PIN di 6+ cifre)
  health                   lo stato dello sportello in JSON; esce con 1 se qualcosa non va
  backup                   copia il database nella cartella backups (tiene gli ultimi 14)
  restore FILE [--force]   controlla un backup e lo rimette al posto del database
  serve [--addr :8080] [--lookups 10]
                           la pagina dello stato per il telefono (il QR della ricevuta), il posto in coda e Open311
  queue take --line LETTERA [--priority] [--lang it|en]
                           prende un numero: stampa il numero, quanti sono prima e il codice del QR
  queue call --desk ID     chiama il prossimo numero a uno sportello (esce con 1 se nessuno attende)
  queue status             le file (in attesa, da quanto) e le ultime chiamate
  display [--windowed]     lo schermo delle chiamate per la sala d'attesa
  version                  la versione
`

const usageEn = `Usage: sportello [--data FOLDER] [--db postgres://...] [--central postgres://...] [--demo] [--windowed] [--staff] [--printer QUEUE] [--office ID]
               [--kiosk NAME] [--log text|json] [--idle 90s] [--attract 3m] [--tap-guard 300ms] [--help-key F1] [COMMAND]

With no command it opens the kiosk full screen.

Commands:
  content check FILE       check a content file
  content import FILE      check it, then replace all the content
  content export [FILE]    write the content (no FILE: to standard output)
  requests add --kind KIND --text TEXT [--office ID] [--service ID] [--name NAME]
               [--email E] [--phone P] [--pdf FILE] [--json]
                           register a request brought to the desk
  requests status CODE [--json]
                           the status the citizen sees
  requests set CODE STATUS [--outcome OUTCOME] [--note NOTE] [--internal-note NOTE]
                           change the status (ricevuta, assegnata, in-lavorazione,
                           sospesa, conclusa, archiviata)
  requests list [--json]   every request, for staff
  requests reply CODE --outcome OUTCOME --text TEXT [--pdf FILE]
                           conclude with a written reply, registered as outgoing
  retention [--months N]   erase contacts and texts of requests closed more than N months ago
                           (default: the settings') and already in conservation; the
                           registration stays
  register show NUMBER     one registration of the protocol register
  register annul NUMBER --reason REASON --act ACT
                           annul a registration (art. 54 DPR 445/2000)
  register daily [--date YYYY-MM-DD]
                           the daily protocol register into the conservation folder
  register segnatura NUMBER -o FILE.xml
                           the signed segnatura XML (AgID, Allegato 6), to forward
  register accessi --from YYYY-MM-DD --to YYYY-MM-DD [--format ods|csv|pdf] [-o FILE]
                           the access register of the period, with no personal data
  register emergency       the outages and the emergency register (art. 63)
  deadline --from YYYY-MM-DD (--kind KIND | --days N)
                           the legal due date
  holidays YEAR [--office ID]
                           the days closed in a year: holidays and closures
  report ratings --from YYYY-MM-DD --to YYYY-MM-DD [--office ID] [--service ID]
                 [--misuse] --format csv|pdf -o FILE
                           the satisfaction report
  report charter --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|pdf] [--out FILE]
                           the service charter measured: times, share within the standard, satisfaction
  report alerts [--ack N --by NAME]
                           the alerts on negative ratings
  appointments list [--date YYYY-MM-DD] | book --service ID --at 'YYYY-MM-DD HH:MM' --name NAME
               (--email E | --phone P) [--reason REASON] | move CODE --at 'YYYY-MM-DD HH:MM'
               | cancel CODE | checkin CODE
                           appointments: the day's list, booking at the desk, moving, cancelling,
                           arrival
  events list | signups EVENT [-o FILE.csv]
                           the events with sign-ups; an event's seats and waiting list
  staff add USER --role operator|editor|admin [--password-stdin]
                           create a staff account (password of 10+ characters or PIN of 6+ digits)
  health                   the kiosk's health as JSON; exits 1 when something is wrong
  backup                   copy the database into the backups folder (keeps the last 14)
  restore FILE [--force]   check a backup and put it in place of the database
  serve [--addr :8080] [--lookups 10]
                           the status page for phones (the ticket's QR), the place in the queue and Open311
  queue take --line LETTER [--priority] [--lang it|en]
                           take a number: prints the number, how many are ahead and the QR's token
  queue call --desk ID     call the next number to a desk (exits 1 when no one waits)
  queue status             the lines (waiting, for how long) and the last calls
  display [--windowed]     the call display for the waiting room
  version                  the version
`

// who names the person at the command line, for the audit log and letters.
func (r *run) who() string {
	if u := r.Getenv("USER"); u != "" {
		return u
	}
	return "sportello"
}

// loadDemo loads the demo content, unless the content is the demo already,
// unchanged since it was loaded: the audit log's newest content change is the
// load of this very demo (its digest matches).
func loadDemo(db *store.DB, who string) error {
	digest := "sha256=" + assets.DemoDigest()
	last, found, err := db.LastContentChange()
	if err != nil || (found && last.Action == "content.demo" && last.After == digest) {
		return err
	}
	f := content.Load(assets.Demo, assets.DemoFile)
	return db.ReplaceContent(f.Content, f.Files, kiosk.AuditEntry{Who: who, Action: "content.demo", Target: assets.DemoFile, After: digest})
}
