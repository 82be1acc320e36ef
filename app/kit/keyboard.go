package kit

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/kiosk"
)

// Keyboard is the on-screen Keyboard docked at the bottom while a text
// field has focus: an Italian layout with the accented vowels, shift, a
// page of digits and symbols, backspace, space and enter.
type Keyboard struct {
	u       *Shell
	target  *Entry
	shift   bool
	symbols bool
	keys    map[string]*Button // by the text the key types, or "shift", "back", "space", "enter", "page"
	object  *fyne.Container
	built   map[keyLayout]builtKeys // each layout once: a field's focus, shift and the page switch reuse it
}

// keyLayout is what a keyboard's keys depend on.
type keyLayout struct {
	numeric, symbols, shift bool
	lang                    kiosk.Lang
	access                  access
}

// builtKeys is a layout's keys and what shows them.
type builtKeys struct {
	object fyne.CanvasObject
	keys   map[string]*Button
}

// The layouts, a row a line; each key is one character.
var (
	lettersRows = []string{"1234567890'ì", "qwertyuiopèé", "asdfghjklòàù", "zxcvbnm,.-"}
	symbolRows  = []string{"1234567890", "@._-+/:;()", "€&%?!\"#*=~", "$<>[]{}|\\"}
	padRows     = []string{"123", "456", "789", "+0"} // a phone number's keys
)

// KeySize is the smallest key: 56 px at scale 1, a touch target.
const KeySize = 56

func newKeyboard(u *Shell) *Keyboard {
	k := &Keyboard{u: u, object: container.NewStack(), built: map[keyLayout]builtKeys{}}
	k.object.Hide()
	return k
}

// attach docks the keyboard for e.
func (k *Keyboard) attach(e *Entry) {
	k.target = e
	k.build()
	if !k.object.Visible() {
		k.u.accessPanel.object.Hide()
		k.object.Show()
		k.u.typing(true)
		k.u.Relayout()
	}
	k.u.Reveal(e)
	k.u.Frames.Changed()
}

// detach hides the keyboard.
func (k *Keyboard) detach() {
	k.target = nil
	k.shift, k.symbols = false, false
	if k.object.Visible() {
		k.object.Hide()
		k.u.typing(false)
		k.u.Relayout()
	}
}

func (k *Keyboard) key(name, label string, icon fyne.Resource, press func()) *Button {
	b := k.u.Button(label, icon, press)
	k.keys[name] = b
	return b
}

// build shows the keys for the current page and shift state, or the
// numeric pad for a phone number, built the first time they are asked for.
func (k *Keyboard) build() {
	l := keyLayout{numeric: k.target != nil && k.target.Numeric, symbols: k.symbols, shift: k.shift,
		lang: k.u.Tr.Lang(), access: k.u.access}
	b, ok := k.built[l]
	if !ok {
		k.keys = map[string]*Button{}
		if l.numeric {
			b.object = k.buildPad()
		} else {
			b.object = k.buildLetters()
		}
		b.keys = k.keys
		k.built[l] = b
	}
	k.keys = b.keys
	if len(k.object.Objects) != 1 || k.object.Objects[0] != b.object {
		k.object.Objects = []fyne.CanvasObject{b.object}
		k.object.Refresh()
	}
}

// buildLetters lays the letters or the symbols out, with shift as it is.
func (k *Keyboard) buildLetters() fyne.CanvasObject {
	rows := lettersRows
	if k.symbols {
		rows = symbolRows
	}
	grid := container.NewVBox()
	for i, row := range rows {
		var keys []fyne.CanvasObject
		if i == len(rows)-1 && !k.symbols {
			keys = append(keys, k.key("shift", "", theme.MoveUpIcon(), k.toggleShift))
			if k.shift {
				k.keys["shift"].Importance = widget.HighImportance
			}
		}
		for _, r := range row {
			s := string(r)
			if k.shift {
				s = strings.ToUpper(s)
			}
			keys = append(keys, k.key(string(r), s, nil, func() { k.typeRune(r) }))
		}
		if i == len(rows)-1 {
			keys = append(keys, k.key("back", "", theme.NavigateBackIcon(), func() { k.typeKey(fyne.KeyBackspace) }))
		}
		grid.Add(container.New(&keyRow{}, keys...))
	}
	page := "?123"
	if k.symbols {
		page = "ABC"
	}
	bottom := []fyne.CanvasObject{
		k.key("page", page, nil, k.togglePage),
		k.key("at", "@", nil, func() { k.typeRune('@') }),
		k.key("space", k.u.Tr.T("kbd.space"), nil, func() { k.typeRune(' ') }),
		k.key("enter", k.u.Tr.T("kbd.enter"), theme.ConfirmIcon(), func() { k.typeKey(fyne.KeyReturn) }),
	}
	grid.Add(container.New(&keyRow{weights: []float32{1.5, 1, 6, 2}}, bottom...))
	return container.New(&maxWidth{1400}, grid)
}

// buildPad lays out the numeric pad: digits, +, backspace, space and enter.
func (k *Keyboard) buildPad() fyne.CanvasObject {
	grid := container.NewVBox()
	for i, row := range padRows {
		var keys []fyne.CanvasObject
		for _, r := range row {
			keys = append(keys, k.key(string(r), string(r), nil, func() { k.typeRune(r) }))
		}
		if i == len(padRows)-1 {
			keys = append(keys, k.key("back", "", theme.NavigateBackIcon(), func() { k.typeKey(fyne.KeyBackspace) }))
		}
		grid.Add(container.New(&keyRow{}, keys...))
	}
	grid.Add(container.New(&keyRow{weights: []float32{2, 1}},
		k.key("space", k.u.Tr.T("kbd.space"), nil, func() { k.typeRune(' ') }),
		k.key("enter", k.u.Tr.T("kbd.enter"), theme.ConfirmIcon(), func() { k.typeKey(fyne.KeyReturn) })))
	return container.New(&maxWidth{720}, grid)
}

func (k *Keyboard) typeRune(r rune) {
	if k.target == nil {
		return
	}
	if k.shift {
		r = unicode.ToUpper(r)
		k.shift = false
		k.build()
	}
	k.target.TypedRune(r)
}

func (k *Keyboard) typeKey(name fyne.KeyName) {
	if k.target != nil {
		k.target.TypedKey(&fyne.KeyEvent{Name: name})
	}
}

func (k *Keyboard) toggleShift() {
	k.shift = !k.shift
	k.build()
}

func (k *Keyboard) togglePage() {
	k.symbols, k.shift = !k.symbols, false
	k.build()
}

// keyRow shares a row's width among its keys by weight (1 each by
// default), never narrower than a touch target.
type keyRow struct{ weights []float32 }

func (r *keyRow) weight(i int) float32 {
	if i < len(r.weights) {
		return r.weights[i]
	}
	return 1
}

func (r *keyRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Padding()
	var total float32
	for i := range objs {
		total += r.weight(i)
	}
	unit := (size.Width - gap*float32(len(objs)-1)) / total
	x := float32(0)
	for i, o := range objs {
		w := unit * r.weight(i)
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + gap
	}
}

// MinSize is a touch target's height: a key's label fits in it, so the
// button's own padding is not added, and a short screen keeps room for the
// field being typed.
func (r *keyRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(float32(len(objs))*KeySize, KeySize)
}

// maxWidth centres its content at no more than width.
type maxWidth struct{ width float32 }

func (m *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, m.width)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

func (m *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return layout.NewStackLayout().MinSize(objs)
}
