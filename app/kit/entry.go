package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Entry is every text field of the kiosk: when it gains focus the
// on-screen keyboard docks below it, and whatever is typed into it, by the
// on-screen keyboard, a physical one or a barcode scanner, resets the idle
// timer.
type Entry struct {
	widget.Entry
	u       *Shell
	Numeric bool // a phone number: the keyboard shows a numeric pad
}

func (u *Shell) NewEntry() *Entry {
	e := &Entry{u: u}
	e.ExtendBaseWidget(e)
	return e
}

func (u *Shell) NewMultiLineEntry() *Entry {
	e := u.NewEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// FocusGained docks the keyboard for this field.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	e.u.keyboard.attach(e)
}

// TypedRune resets the idle timer and types.
func (e *Entry) TypedRune(r rune) {
	e.u.Touched()
	e.Entry.TypedRune(r)
}

// TypedKey resets the idle timer and handles the key; the help key
// toggles listening mode here too.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == e.u.HelpKey {
		e.u.typedKey(k)
		return
	}
	e.u.Touched()
	e.Entry.TypedKey(k)
}

// Tapped resets the idle timer and places the cursor; on a field that kept
// the focus without the keyboard, it docks the keyboard again.
func (e *Entry) Tapped(ev *fyne.PointEvent) {
	e.u.Touched()
	e.Entry.Tapped(ev)
	if k := e.u.keyboard; !k.Shown() && e.u.Win.Canvas().Focused() == e {
		k.attach(e)
	}
}
