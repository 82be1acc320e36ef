package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"sportello/internal/backup"
	"sportello/internal/datadir"
	"sportello/internal/health"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

// Version is Sportello's version, as in FyneApp.toml.
const Version = "0.1.0"

// health prints the kiosk's health as JSON and fails when something is wrong.
func (r *run) health(args []string, queue string) error {
	if len(args) > 0 {
		return r.badUsage("uso: sportello [--printer CODA] health", "usage: sportello [--printer QUEUE] health")
	}
	dir, err := datadir.Resolve(r.dataDir, r.Getenv)
	if err != nil {
		return kiosk.Wrap(err)
	}
	database := datadir.Database(dir)
	if r.db != "" {
		database = r.db
	}
	r.dataDir = dir
	overdue := func() ([]kiosk.Date, error) { // a central database that does not answer is given up
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		db, err := store.OpenContext(ctx, database)
		if err != nil {
			return nil, err
		}
		defer db.Close()
		return r.keeper(db.WithContext(ctx)).Overdue()
	}
	outbox := func() (waiting, aside []kiosk.OutboxItem, err error) {
		db, err := store.Open(datadir.Database(dir)) // the kiosk's own: the outbox is never central
		if err != nil {
			return nil, nil, err
		}
		defer db.Close()
		if waiting, err = db.Outbox(); err != nil {
			return nil, nil, err
		}
		aside, err = db.SetAside()
		return waiting, aside, err
	}
	rep := health.Checker{DataDir: dir, Database: database, Queue: queue, Version: Version, Now: time.Now, Overdue: overdue, Outbox: outbox}.Check()
	enc := json.NewEncoder(r.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return err
	}
	if !rep.OK {
		return errQuiet
	}
	return nil
}

// errCentral refuses to back up or restore the central database: PostgreSQL has its own tools.
var errCentral = kiosk.NewError(kiosk.Invalid, "Il database centrale si salva e si ripristina con gli strumenti di PostgreSQL (pg_dump, pg_restore).",
	"The central database is backed up and restored with PostgreSQL's tools (pg_dump, pg_restore).")

// backup copies the database into the data folder's backups.
func (r *run) backup(args []string) error {
	if len(args) > 0 {
		return r.badUsage("uso: sportello backup", "usage: sportello backup")
	}
	if r.db != "" {
		return errCentral
	}
	db, err := r.open() // brings the schema up to date first
	if err != nil {
		return err
	}
	db.Close()
	file, err := backup.Run(datadir.Database(r.dataDir), backup.Dir(r.dataDir), time.Now(), backup.Keep)
	if err != nil {
		return kiosk.Wrap(err)
	}
	fmt.Fprintln(r.Stdout, file)
	return nil
}

// restore puts a backup in place of the database, after checking it.
func (r *run) restore(args []string) error {
	fs := r.flags("restore")
	force := fs.Bool("force", false, r.say("ripristina anche se lo sportello sembra in funzione", "restore even if the kiosk seems to be running"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) != 1 {
		return r.badUsage("uso: sportello restore FILE [--force]", "usage: sportello restore FILE [--force]")
	}
	if r.db != "" {
		return errCentral
	}
	dir, err := datadir.Resolve(r.dataDir, r.Getenv)
	if err != nil {
		return kiosk.Wrap(err)
	}
	if st, err := os.Stat(health.HeartbeatFile(dir)); err == nil && time.Since(st.ModTime()) < health.HeartbeatStale && !*force {
		return kiosk.NewError(kiosk.Conflict, "Lo sportello sembra in funzione: lo fermi (systemctl stop sportello-kiosk) o usi --force.",
			"The kiosk seems to be running: stop it (systemctl stop sportello-kiosk) or use --force.")
	}
	kept, err := backup.Restore(pos[0], datadir.Database(dir), time.Now())
	if err != nil {
		return kiosk.Wrap(err)
	}
	fmt.Fprintf(r.Stdout, r.say("Ripristinato %s. Il database precedente è in %s\n", "Restored %s. The previous database is in %s\n"), pos[0], kept)
	return nil
}
