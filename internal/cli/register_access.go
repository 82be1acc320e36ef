package cli

import (
	"fmt"
	"os"
	"slices"

	"sportello/internal/accessreg"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

// registerAccess writes the access register (registro degli accessi) of a
// period, and records the export in the audit log.
func (r *run) registerAccess(args []string) error {
	fs := r.flags("register accessi")
	from := fs.String("from", "", "YYYY-MM-DD")
	to := fs.String("to", "", "YYYY-MM-DD")
	format := fs.String("format", "ods", "ods|csv|pdf")
	out := fs.String("o", "", r.say("file da scrivere (di norma registro-accessi-DAL-AL.FORMATO)", "file to write (by default registro-accessi-FROM-TO.FORMAT)"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) > 0 || *from == "" || *to == "" || !slices.Contains(accessreg.Formats, *format) {
		return r.badUsage("uso: sportello register accessi --from AAAA-MM-GG --to AAAA-MM-GG [--format ods|csv|pdf] [-o FILE]",
			"usage: sportello register accessi --from YYYY-MM-DD --to YYYY-MM-DD [--format ods|csv|pdf] [-o FILE]")
	}
	start, err := kiosk.ParseDate(*from)
	if err != nil {
		return err
	}
	end, err := kiosk.ParseDate(*to)
	if err != nil {
		return err
	}
	return r.withContent(func(db *store.DB, c kiosk.Content) error {
		g, err := accessreg.Load(db, c, start, end, hours.Today(db.Now()))
		if err != nil {
			return err
		}
		data, err := accessreg.Encode(g, *format)
		if err != nil {
			return err
		}
		file := *out
		if file == "" {
			file = accessreg.FileName(g, *format)
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			return kiosk.Wrap(err)
		}
		if err := accessreg.Export(db, g, r.who(), *format, db.Now()); err != nil {
			return kiosk.Wrap(err)
		}
		fmt.Fprintf(r.Stdout, r.say("%d richieste di accesso: scritto %s\n", "%d access requests: wrote %s\n"), len(g.Rows), file)
		return nil
	})
}
