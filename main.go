// Sportello is the self-service kiosk of an Italian public relations office
// (URP). main only wires: the command line, the store and the Fyne window.
package main

import (
	"io/fs"
	"log/slog"
	"os"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"sportello/app"
	"sportello/assets"
	"sportello/internal/cli"
	"sportello/internal/i18n"
	"sportello/internal/sqlite"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Getenv: os.Getenv, StartKiosk: startKiosk,
	}))
}

func startKiosk(db *sqlite.DB, opts cli.KioskOptions) error {
	catalog, err := i18n.Load(assets.Translations)
	if err != nil {
		return err
	}
	fyneIt, err := fs.ReadFile(assets.Translations, "fyne-it.json")
	if err == nil {
		err = lang.AddTranslationsForLocale(fyneIt, fyne.Locale("it"))
	}
	if err != nil {
		return err
	}
	a := fyneapp.NewWithID("it.provincia.bt.sportello")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Sportello")
	ui := app.New(w, app.Deps{Content: db, Catalog: catalog, Now: time.Now, Log: slog.Default()})
	if opts.Windowed {
		w.Resize(fyne.NewSize(720, 1280))
	} else {
		w.SetFullScreen(true)
	}
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fyne.Do(ui.Tick)
			case <-stop:
				return
			}
		}
	}()
	w.ShowAndRun()
	close(stop)
	return nil
}
