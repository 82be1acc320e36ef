package citizen

import (
	"fmt"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/assets"
	"sportello/internal/kiosk"
	"sportello/internal/ratings"
	"sportello/internal/report"
)

// rateFlow asks "Come valuta il servizio ricevuto?" with faces, and after a
// negative answer why; then thanks the citizen and goes home.
type rateFlow struct {
	u       *rateHost
	rating  kiosk.Rating
	offices map[string]*kit.Button
	faces   map[int]*kit.Tile
	reasons map[string]*kit.Button
	comment *kit.Entry
	counter *widget.Label
	problem *widget.Label
	send    *kit.Button
	skip    *kit.Button
	sending bool // the rating is being recorded: a second tap does nothing
	thanked time.Time
	here    bool        // the kiosk's own office, assumed from home: another may be chosen
	about   string      // what is rated when it is a desk: its line and name
	another *kit.Button // "Un altro ufficio?"
	home    *kit.Button // "Torna all'inizio" on the thanks
	thanks  *kit.Tile
}

// rateHost is what the rating needs besides the shell: where ratings are
// recorded, and the rating current now (a late answer checks it is still
// its own).
type rateHost struct {
	*kit.Shell
	Ratings Rater
	current func() *rateFlow
}

// thanksFor is how long "Grazie" stays before the kiosk goes home.
const thanksFor = 5 * time.Second

// rateHere opens the rating from home: of the office the kiosk stands in
// at once, when the settings name one; else it asks which office.
func (u *Screens) rateHere() fyne.CanvasObject {
	office, ok := u.Content.Office(u.Settings().Office)
	return u.openRating(office.ID, "", ok)()
}

// startRating opens the rating of an office and service; with no office it
// first asks which.
func (u *Screens) startRating(office, service string) kit.Screen {
	return u.openRating(office, service, false)
}

// openRating goes on with the rating under way, or starts one of office and
// service; here says the office is the kiosk's own, assumed from home.
func (u *Screens) openRating(office, service string, here bool) kit.Screen {
	return func() fyne.CanvasObject {
		if u.rate == nil || !u.rate.thanked.IsZero() {
			u.rate = &rateFlow{u: u.rating, rating: ratings.New(office, service), here: here}
		}
		if office == "" && service == "" {
			return u.rate.officeStep()
		}
		return u.rate.facesStep()
	}
}

func (f *rateFlow) officeStep() fyne.CanvasObject {
	u := f.u
	f.offices = map[string]*kit.Button{}
	list := container.NewVBox()
	for _, o := range append(u.Content.Offices, kiosk.Office{Name: kiosk.T(u.Tr.T("request.place.none"), "")}) {
		b := u.Button(u.Tr.Text(o.Name), nil, func() {
			f.rating.Office = o.ID
			u.Show(f.facesStep)
		})
		f.offices[o.ID] = b
		list.Add(container.New(&kit.MinHeight{Height: 96}, b))
	}
	return u.Page(u.Tr.T("rate.office"), u.Scroller(list))
}

// faceIcons maps a scale's values to the five faces.
var faceIcons = map[int][]int{3: {1, 3, 5}, 4: {1, 2, 4, 5}, 5: {1, 2, 3, 4, 5}}

func (f *rateFlow) facesStep() fyne.CanvasObject {
	u := f.u
	scale := u.Content.Ratings.Scale
	f.rating.Scale = scale
	f.faces = map[int]*kit.Tile{}
	about := u.Tr.T("rate.anonymous")
	if f.about != "" {
		about = f.about + " · " + about
	} else if s, ok := u.Content.Service(f.rating.Service); ok {
		about = u.Tr.Text(s.Title) + " · " + about
	} else if o, ok := u.Content.Office(f.rating.Office); ok {
		about = u.Tr.Text(o.Name) + " · " + about
	}
	var faces []fyne.CanvasObject
	for v := scale; v >= 1; v-- { // the best first, where the eye starts
		bg := kit.ToneColours[report.Tone(scale, v)]
		style := u.BlueTile()
		style.Bg = fyne.CurrentApp().Settings().Theme().Color(bg, theme.VariantLight)
		style.IconSize = 128
		icon := fyne.NewStaticResource(fmt.Sprintf("face-%d.svg", v), assets.Face(faceIcons[scale][v-1]))
		t := u.StyledTile(style, theme.NewColoredResource(icon, theme.ColorNameForegroundOnPrimary), u.Tr.Text(report.ValueLabel(scale, v)), "", func() {
			f.rating.Value, f.rating.Reason, f.rating.Comment = v, "", ""
			if ratings.Negative(scale, v) {
				u.Show(f.reasonStep)
			} else {
				f.submit()
			}
		})
		f.faces[v] = t
		faces = append(faces, t)
	}
	grid := container.New(&faceGrid{}, faces...)
	top := fyne.CanvasObject(kit.Paragraph(about))
	if f.here { // a small link, not a step: most rate the office they stand in
		f.another = u.Button(u.Tr.T("rate.another"), nil, func() { u.Show(f.officeStep) })
		f.another.Importance = widget.LowImportance
		top = container.NewBorder(nil, nil, nil, f.another, top)
	}
	return u.Page(u.Tr.T("rate.question"), container.NewBorder(top, nil, nil, nil, grid))
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
	f.reasons = map[string]*kit.Button{}
	wide := u.Win.Canvas().Size().Width > u.Win.Canvas().Size().Height
	grid := container.New(u.Columns(3))
	if wide { // the reasons at the left, the comment beside them: all in view on a short panel
		grid.Layout = &kit.FitColumns{Max: 2, Width: func() float32 { return u.Win.Canvas().Size().Width*2/3 - 4*theme.Padding() }}
	}
	for _, r := range kiosk.RatingReasons {
		b := u.Button(u.Tr.Text(report.ReasonLabel(r)), nil, nil)
		b.OnTapped = u.Action(func() string { return b.Text }, func() {
			if f.rating.Reason == r {
				f.rating.Reason = ""
			} else {
				f.rating.Reason = r
			}
			f.showReasons()
		})
		f.reasons[r] = b
		grid.Add(container.New(&kit.MinHeight{Height: 64}, b))
	}
	f.showReasons()
	f.comment = u.NewMultiLineEntry()
	f.comment.SetPlaceHolder(u.Tr.T("rate.comment"))
	kit.SetEntry(f.comment, f.rating.Comment)
	f.counter = widget.NewLabel("")
	count := func(s string) {
		f.counter.SetText(u.Tr.T("request.text.counter", map[string]any{"N": utf8.RuneCountInString(s), "Max": ratings.MaxComment}))
	}
	f.comment.OnChanged = func(s string) {
		f.rating.Comment = s
		count(s)
	}
	count(f.rating.Comment)
	f.problem = kit.ProblemLabel()
	f.send = u.Primary(u.Tr.T("rate.send"), f.submit)
	f.skip = u.Button(u.Tr.T("rate.skip"), nil, func() {
		f.rating.Reason, f.rating.Comment = "", ""
		f.submit()
	})
	hint := kit.Paragraph(u.Tr.T("rate.why.hint"))
	u.OnCompact = func(compact bool) { hint.Hidden = compact } // typing on a short screen: the comment takes its room
	top := container.NewBorder(nil, nil, nil, f.counter, hint)
	comment := container.New(&kit.MinHeight{Height: 140}, f.comment)
	body := u.Scroller(container.NewVBox(top, grid, comment))
	if wide { // the hint and the counter go with the comment
		beside := container.New(&kit.FixedWidth{Width: u.Win.Canvas().Size().Width / 3}, container.NewVBox(hint, comment, f.counter))
		body = u.Scroller(container.NewBorder(nil, nil, nil, beside, grid))
	}
	actions := container.NewGridWithColumns(2, f.skip, f.send)
	return u.Page(u.Tr.T("rate.why"), u.WithAction(body, f.problem, actions))
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
	for _, b := range []*kit.Button{f.send, f.skip} {
		if b != nil {
			b.Disable()
		}
	}
	if f.problem != nil {
		f.problem.Importance = widget.MediumImportance
		f.problem.SetText(u.Tr.T("rate.sending"))
	}
	rating := f.rating
	var err error
	u.Background(func() { _, _, err = u.Ratings.Rate(rating) }, func() {
		f.sending = false
		if kiosk.ErrorCode(err) == kiosk.Invalid {
			for _, b := range []*kit.Button{f.send, f.skip} {
				if b != nil {
					b.Enable()
				}
			}
			if f.problem != nil {
				f.problem.Importance = widget.DangerImportance
				f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			}
			return
		}
		if err != nil {
			u.Log.Error("recording a rating", "err", err)
		}
		if u.current() != f {
			return // wiped for idleness meanwhile
		}
		f.thanked = u.Now()
		u.ShowOverFirst(f.thanksStep)
	})
}

func (f *rateFlow) thanksStep() fyne.CanvasObject {
	u := f.u
	left := func() string {
		secs := int((thanksFor - u.Now().Sub(f.thanked) + time.Second - 1) / time.Second)
		return u.Tr.T("rate.thanks.body") + "\n" + u.Tr.T("rate.thanks.countdown", map[string]any{"N": max(secs, 0)})
	}
	f.thanks = u.Tile(theme.ConfirmIcon(), u.Tr.T("rate.thanks"), left(), u.GoHome)
	u.OnTick = func() {
		if u.Now().Sub(f.thanked) >= thanksFor {
			u.GoHome()
			return
		}
		f.thanks.SetDesc(left(), "")
	}
	f.home = u.Primary(u.Tr.T("nav.back.start"), u.GoHome)
	return u.WithAction(f.thanks, kit.ProblemLabel(), f.home)
}
