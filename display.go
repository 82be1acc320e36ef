package main

import (
	"log/slog"
	"os"
	"os/exec"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"sportello/app/display"
	"sportello/assets"
	"sportello/internal/cli"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/screen"
	"sportello/internal/speech"
	"sportello/internal/stopguard"
	"sportello/internal/store"
	"sportello/internal/systemd"
	"sportello/internal/web"
)

// startDisplay opens the call display of the desk queue on db, full screen
// on the lobby's TV, and returns when it closes.
func startDisplay(db *store.DB, opts cli.DisplayOptions) error {
	if opts.LogJSON {
		slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stderr, nil)))
	}
	catalog, err := i18n.Load(assets.Translations)
	if err != nil {
		return err
	}
	a := fyneapp.NewWithID("it.provincia.bt.sportello.display")
	a.Settings().SetTheme(display.Theme())
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	stopguard.Watch(5*time.Second, func() { os.Exit(0) }, syscall.SIGTERM, syscall.SIGINT)
	w := displayWindow(a, catalog.T(kiosk.Italian, "display.title", nil), opts.Windowed)
	content := &web.ContentCache{Store: db, Every: 5 * time.Second, Now: time.Now}
	calls := &queue.Service{Store: db, Content: content.Content, Now: time.Now}
	voice := display.NewVoice(voiceCommand(), slog.Default())
	d := display.New(display.Deps{Calls: calls.LastCalls, Content: content.Content, Voice: voice,
		Catalog: catalog, Now: time.Now, Log: slog.Default()})
	w.SetContent(d.Object())
	stop := make(chan struct{})
	go d.Run(time.Second, stop)
	a.Lifecycle().SetOnStarted(func() {
		if err := systemd.Notify("READY=1"); err != nil {
			slog.Warn("systemd notify", "err", err)
		}
	})
	w.ShowAndRun()
	close(stop)
	return nil
}

// displayWindow is full screen, or a landscape window to try it out; sized
// before the content, like the kiosk's.
func displayWindow(a fyne.App, title string, windowed bool) fyne.Window {
	w := a.NewWindow(title)
	if windowed {
		w.Resize(fyne.NewSize(1280, 720))
		return w
	}
	if size, ok := screen.Size(w.Canvas()); ok {
		w.Resize(size)
	}
	w.SetFullScreen(true)
	return w
}

// voiceCommand says a sentence through espeak-ng; nil, and calls are
// shown and chimed but not spoken, where espeak-ng is missing.
func voiceCommand() func(string, kiosk.Lang) *exec.Cmd {
	sp, err := speech.New()
	if err != nil {
		slog.Warn("call display: speech off", "why", err)
		return nil
	}
	return func(text string, lang kiosk.Lang) *exec.Cmd { return sp.Command(text, lang, speech.DefaultVolume) }
}
