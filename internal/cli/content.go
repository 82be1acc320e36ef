package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"sportello/internal/content"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

func (r *run) content(args []string) error {
	if len(args) == 0 {
		return r.badUsage("manca il sottocomando di content", "content needs a subcommand")
	}
	switch {
	case args[0] == "check" && len(args) == 2:
		_, err := r.loadFile(args[1])
		if err == nil {
			fmt.Fprintf(r.Stdout, r.say("%s: nessun errore\n", "%s: no errors\n"), args[1])
		}
		return err
	case args[0] == "import" && len(args) == 2:
		f, err := r.loadFile(args[1])
		if err != nil {
			return err
		}
		db, err := r.open()
		if err != nil {
			return err
		}
		defer db.Close()
		if err := db.ReplaceContent(f.Content, f.Files, kiosk.AuditEntry{Who: r.who(), Action: "content.import", Target: args[1]}); err != nil {
			return kiosk.Wrap(err)
		}
		c := f.Content
		fmt.Fprintf(r.Stdout, r.say("Importati: %d uffici, %d servizi, %d moduli, %d documenti, %d avvisi.\n",
			"Imported: %d offices, %d services, %d forms, %d documents, %d notices.\n"),
			len(c.Offices), len(c.Services), len(c.Forms), len(c.Documents), len(c.Notices))
		return nil
	case args[0] == "export" && len(args) <= 2:
		return r.export(args[1:])
	}
	return r.badUsage("uso errato di content", "wrong use of content")
}

// loadFile reads and checks a content file, printing each problem as FILE:LINE: message.
func (r *run) loadFile(name string) (content.File, error) {
	f := content.Load(os.DirFS(filepath.Dir(name)), filepath.Base(name))
	for _, p := range f.Problems {
		fmt.Fprintf(r.Stderr, "%s:%d: %s\n", name, p.Line, p.Message.In(r.lang))
	}
	if len(f.Problems) > 0 {
		return f, kiosk.Errorf(kiosk.Invalid, "%d errori: nessun contenuto è stato cambiato.", "%d errors: no content was changed.", len(f.Problems))
	}
	return f, nil
}

// export writes the content file, and beside it the files it names.
func (r *run) export(args []string) error {
	return r.withContent(func(db *store.DB, c kiosk.Content) error {
		if len(args) == 0 {
			data, err := content.Encode(c)
			if err != nil {
				return kiosk.Wrap(err)
			}
			_, err = r.Stdout.Write(data)
			return err
		}
		files, err := db.Files()
		if err != nil {
			return kiosk.Wrap(err)
		}
		return content.WriteFile(args[0], c, files)
	})
}
