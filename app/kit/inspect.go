package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// What the screens' tests, and tools that drive the kiosk, may read of the
// shell: the state a citizen sees but no screen needs to change.

// Keyboard is the on-screen keyboard.
func (u *Shell) Keyboard() *Keyboard { return u.keyboard }

// Key is the key that types text, or "shift", "back", "space", "enter",
// "page"; nil when the layout shown has none.
func (k *Keyboard) Key(name string) *Button { return k.keys[name] }

// Keys are the keys shown, by name.
func (k *Keyboard) Keys() map[string]*Button { return k.keys }

// Target is the field the keyboard types into; nil when it is not docked.
func (k *Keyboard) Target() *Entry { return k.target }

// Shown reports whether the keyboard is docked.
func (k *Keyboard) Shown() bool { return k.object.Visible() }

// AccessPanel is the accessibility panel.
func (u *Shell) AccessPanel() *AccessPanel { return u.accessPanel }

// Shown reports whether the panel is open.
func (p *AccessPanel) Shown() bool { return p.object.Visible() }

// Access reports the current citizen's accessibility choice.
func (u *Shell) Access() (largeText, highContrast bool) {
	return u.access.largeText, u.access.highContrast
}

// Listening reports whether listening mode is on, and its volume.
func (u *Shell) Listening() (on bool, volume int) { return u.listening, u.volume }

// IdleWarning is the "È ancora lì?" dialog's countdown and its button;
// shown is false when the dialog is not shown.
func (u *Shell) IdleWarning() (countdown string, cont *Button, shown bool) {
	if u.idle.warning == nil {
		return "", nil, false
	}
	return u.idle.countdown.Text, u.idle.cont, true
}

// Header is the header's texts: the administration, the office, the date
// and the time; press is its area a long press on opens the staff sign-in.
func (u *Shell) Header() (org, office, date, clock string, press Pressable) {
	h := u.header
	return h.org.Text, h.office.Text, h.date.Text, h.clock.Text, h.press
}

// Pressable is what can be pressed, held and let go.
type Pressable interface {
	fyne.Tappable
	desktop.Mouseable
}

// ShowsDesc reports whether the tile shows the line under its title.
func (t *Tile) ShowsDesc() bool { return t.text != nil && len(t.text.Segments) > 1 }

// TextSize is the size the tile's text is laid out at.
func (t *Tile) TextSize() fyne.Size { return t.text.Size() }

// TextMinSize is the least size the tile's text needs.
func (t *Tile) TextMinSize() fyne.Size { return t.text.MinSize() }

// BarShown reports whether the bottom bar (language, search,
// accessibility, Home) shows.
func (u *Shell) BarShown() bool { return u.bar.Visible() }

// HeaderTextSize is the size of the administration's name in the header.
func (u *Shell) HeaderTextSize() float32 { return u.header.org.TextSize }
