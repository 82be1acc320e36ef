// Command barewindow is the smallest Fyne program, one label and one button,
// built from Sportello's module so that start-up time and memory can be
// compared with the kiosk's (packaging/measure-startup).
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/firstframe"
)

func main() {
	a := app.New()
	w := a.NewWindow("Bare")
	w.SetContent(container.NewVBox(widget.NewLabel("Sportello"), widget.NewButton("OK", func() {})))
	firstframe.Watch(w)   // the same probe as the kiosk's
	w.SetFullScreen(true) // as the kiosk: the same screen to fill
	w.ShowAndRun()
}
