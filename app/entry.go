package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// kioskEntry is every text field of the kiosk: when it gains focus the
// on-screen keyboard docks below it, and whatever is typed into it, by the
// on-screen keyboard, a physical one or a barcode scanner, resets the idle
// timer.
type kioskEntry struct {
	widget.Entry
	u       *UI
	numeric bool // a phone number: the keyboard shows a numeric pad
}

func (u *UI) entry() *kioskEntry {
	e := &kioskEntry{u: u}
	e.ExtendBaseWidget(e)
	return e
}

func (u *UI) multiLineEntry() *kioskEntry {
	e := u.entry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// FocusGained docks the keyboard for this field.
func (e *kioskEntry) FocusGained() {
	e.Entry.FocusGained()
	e.u.keyboard.attach(e)
}

// TypedRune resets the idle timer and types.
func (e *kioskEntry) TypedRune(r rune) {
	e.u.touched()
	e.Entry.TypedRune(r)
}

// TypedKey resets the idle timer and handles the key; the help key
// toggles listening mode here too.
func (e *kioskEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == e.u.HelpKey {
		e.u.typedKey(k)
		return
	}
	e.u.touched()
	e.Entry.TypedKey(k)
}

// Tapped resets the idle timer and places the cursor.
func (e *kioskEntry) Tapped(ev *fyne.PointEvent) {
	e.u.touched()
	e.Entry.Tapped(ev)
}
