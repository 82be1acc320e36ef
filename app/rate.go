package app

import (
	"fmt"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/assets"
	"sportello/internal/kiosk"
	"sportello/internal/ratings"
	"sportello/internal/report"
)

// rateFlow asks "Come valuta il servizio ricevuto?" with faces, and after a
// negative answer why; then thanks the citizen and goes home.
type rateFlow struct {
	u       *UI
	rating  kiosk.Rating
	offices map[string]*widget.Button
	faces   map[int]*tile
	reasons map[string]*widget.Button
	comment *kioskEntry
	counter *widget.Label
	problem *widget.Label
	send    *widget.Button
	skip    *widget.Button
	sending bool // the rating is being recorded: a second tap does nothing
	thanked time.Time
}

// thanksFor is how long "Grazie" stays before the kiosk goes home.
const thanksFor = 5 * time.Second

// startRating opens the rating of an office and service; with no office it
// first asks which.
func (u *UI) startRating(office, service string) screen {
	return func() fyne.CanvasObject {
		if u.rate == nil || !u.rate.thanked.IsZero() {
			u.rate = &rateFlow{u: u, rating: ratings.New(office, service)}
		}
		if office == "" && service == "" {
			return u.rate.officeStep()
		}
		return u.rate.facesStep()
	}
}

func (f *rateFlow) officeStep() fyne.CanvasObject {
	u := f.u
	f.offices = map[string]*widget.Button{}
	list := container.NewVBox()
	for _, o := range append(u.content.Offices, kiosk.Office{Name: kiosk.T(u.tr.T("request.place.none"), "")}) {
		b := u.button(u.tr.Text(o.Name), nil, func() {
			f.rating.Office = o.ID
			u.show(f.facesStep)
		})
		f.offices[o.ID] = b
		list.Add(container.New(&minHeight{96}, b))
	}
	return u.page(u.tr.T("rate.office"), u.scroller(list))
}

// toneColours colour a value by how it reads: red for the lower half,
// orange for the middle of an odd scale, green above.
var toneColours = map[string]fyne.ThemeColorName{"negative": theme.ColorNameError, "neutral": theme.ColorNameWarning, "positive": theme.ColorNameSuccess}

// faceIcons maps a scale's values to the five faces.
var faceIcons = map[int][]int{3: {1, 3, 5}, 4: {1, 2, 4, 5}, 5: {1, 2, 3, 4, 5}}

func (f *rateFlow) facesStep() fyne.CanvasObject {
	u := f.u
	scale := u.content.Ratings.Scale
	f.rating.Scale = scale
	f.faces = map[int]*tile{}
	about := u.tr.T("rate.anonymous")
	if s, ok := u.service(f.rating.Service); ok {
		about = u.tr.Text(s.Title) + " · " + about
	} else if o, ok := u.content.Office(f.rating.Office); ok {
		about = u.tr.Text(o.Name) + " · " + about
	}
	var faces []fyne.CanvasObject
	for v := scale; v >= 1; v-- { // the best first, where the eye starts
		bg := toneColours[report.Tone(scale, v)]
		style := u.blueTile()
		style.bg = fyne.CurrentApp().Settings().Theme().Color(bg, theme.VariantLight)
		style.iconSize = 128
		icon := fyne.NewStaticResource(fmt.Sprintf("face-%d.svg", v), assets.Face(faceIcons[scale][v-1]))
		t := u.styledTile(style, theme.NewColoredResource(icon, theme.ColorNameForegroundOnPrimary), u.tr.Text(report.ValueLabel(scale, v)), "", func() {
			f.rating.Value, f.rating.Reason, f.rating.Comment = v, "", ""
			if ratings.Negative(scale, v) {
				u.show(f.reasonStep)
			} else {
				f.submit()
			}
		})
		f.faces[v] = t
		faces = append(faces, t)
	}
	grid := container.New(&faceGrid{}, faces...)
	return u.page(u.tr.T("rate.question"), container.NewBorder(paragraph(about), nil, nil, nil, grid))
}

// faceGrid stacks the faces in portrait and lines them up in landscape.
type faceGrid struct{}

func (faceGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	n := float32(len(objs))
	gap := theme.Padding() * 2
	for i, o := range objs {
		if size.Width > size.Height {
			w := (size.Width - gap*(n-1)) / n
			o.Move(fyne.NewPos(float32(i)*(w+gap), 0))
			o.Resize(fyne.NewSize(w, size.Height))
		} else {
			h := (size.Height - gap*(n-1)) / n
			o.Move(fyne.NewPos(0, float32(i)*(h+gap)))
			o.Resize(fyne.NewSize(size.Width, h))
		}
	}
}

func (faceGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(240, float32(len(objs))*120)
}

func (f *rateFlow) reasonStep() fyne.CanvasObject {
	u := f.u
	f.reasons = map[string]*widget.Button{}
	grid := container.NewGridWithColumns(2)
	for _, r := range kiosk.RatingReasons {
		b := u.button(u.tr.Text(report.ReasonLabel(r)), nil, nil)
		b.OnTapped = u.action(func() string { return b.Text }, func() {
			if f.rating.Reason == r {
				f.rating.Reason = ""
			} else {
				f.rating.Reason = r
			}
			f.showReasons()
		})
		f.reasons[r] = b
		grid.Add(container.New(&minHeight{80}, b))
	}
	f.showReasons()
	f.comment = u.multiLineEntry()
	f.comment.SetPlaceHolder(u.tr.T("rate.comment"))
	setEntry(f.comment, f.rating.Comment)
	f.counter = widget.NewLabel("")
	count := func(s string) {
		f.counter.SetText(u.tr.T("request.text.counter", map[string]any{"N": utf8.RuneCountInString(s), "Max": ratings.MaxComment}))
	}
	f.comment.OnChanged = func(s string) {
		f.rating.Comment = s
		count(s)
	}
	count(f.rating.Comment)
	f.problem = problemLabel()
	f.send = u.primary(u.tr.T("rate.send"), f.submit)
	f.skip = u.button(u.tr.T("rate.skip"), nil, func() {
		f.rating.Reason, f.rating.Comment = "", ""
		f.submit()
	})
	body := u.scroller(container.NewVBox(paragraph(u.tr.T("rate.why.hint")), grid, container.New(&minHeight{140}, f.comment), f.counter))
	actions := container.NewGridWithColumns(2, f.skip, f.send)
	return u.page(u.tr.T("rate.why"), container.NewBorder(nil, container.NewVBox(f.problem, actions), nil, nil, body))
}

// showReasons highlights the chosen reason.
func (f *rateFlow) showReasons() {
	for r, b := range f.reasons {
		b.Importance = widget.MediumImportance
		if r == f.rating.Reason {
			b.Importance = widget.HighImportance
		}
		b.Refresh()
	}
}

// submit records the rating in the background and thanks the citizen.
// Only a rating the rules refuse (a comment too long) keeps the citizen on
// the screen; a rating that could not be recorded is logged, and the
// citizen thanked all the same. A second tap meanwhile does nothing.
func (f *rateFlow) submit() {
	u := f.u
	if f.sending {
		return
	}
	f.sending = true
	for _, b := range []*widget.Button{f.send, f.skip} {
		if b != nil {
			b.Disable()
		}
	}
	if f.problem != nil {
		f.problem.Importance = widget.MediumImportance
		f.problem.SetText(u.tr.T("rate.sending"))
	}
	rating := f.rating
	var err error
	u.background(func() { _, _, err = u.Ratings.Rate(rating) }, func() {
		f.sending = false
		if kiosk.ErrorCode(err) == kiosk.Invalid {
			for _, b := range []*widget.Button{f.send, f.skip} {
				if b != nil {
					b.Enable()
				}
			}
			if f.problem != nil {
				f.problem.Importance = widget.DangerImportance
				f.problem.SetText(kiosk.ErrorMessage(err, u.tr.Lang()))
			}
			return
		}
		if err != nil {
			u.Log.Error("recording a rating", "err", err)
		}
		if u.rate != f {
			return // wiped for idleness meanwhile
		}
		f.thanked = u.Now()
		u.stack = u.stack[:1]
		u.show(f.thanksStep)
	})
}

func (f *rateFlow) thanksStep() fyne.CanvasObject {
	u := f.u
	u.onTick = func() {
		if u.Now().Sub(f.thanked) >= thanksFor {
			u.GoHome()
		}
	}
	t := u.tile(theme.ConfirmIcon(), u.tr.T("rate.thanks"), u.tr.T("rate.thanks.body"), u.GoHome)
	return t
}
