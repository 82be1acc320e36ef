package citizen

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit"
	"sportello/app/kit/kittest"
	"sportello/assets"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// The defects of a screenshot walk at 1280x720 and 1366x768, each a test.

var shortPanels = []fyne.Size{{Width: 1280, Height: 720}, {Width: 1366, Height: 768}}

// uiAt builds the citizen screens on a window of size, in large text if asked.
func uiAt(t *testing.T, size fyne.Size, large bool) *testKiosk {
	t.Helper()
	u, w := newTestUI(t)
	w.Resize(size)
	if large {
		test.Tap(u.AccessBtn)
		test.Tap(u.AccessPanel().Large)
		test.Tap(u.AccessBtn)
	}
	return u
}

// scrollOf is the scroller on the current screen that holds o.
func scrollOf(t *testing.T, u *testKiosk, o fyne.CanvasObject) *container.Scroll {
	t.Helper()
	var found *container.Scroll
	kittest.Walk(u.Body, func(c fyne.CanvasObject) {
		if s, ok := c.(*container.Scroll); ok && found == nil {
			kittest.Walk(s.Content, func(in fyne.CanvasObject) {
				if in == o {
					found = s
				}
			})
		}
	})
	if found == nil {
		t.Fatal("no scroller holds the object")
	}
	return found
}

// onFirstPage reports whether o shows whole in its scroller, scrolled to the top.
func onFirstPage(t *testing.T, u *testKiosk, o fyne.CanvasObject) bool {
	s := scrollOf(t, u, o)
	top, bottom := abs(o)
	stop, _ := abs(s)
	return s.Offset.Y == 0 && top >= stop && bottom <= stop+s.Size().Height+1
}

// A refused civic access looked up on a short panel: where it stands, what
// the citizen may do and «Chiedere il riesame» show on the first page, and
// the whole result takes at most three.
func TestTheStatusResultIsShortOnAShortPanel(t *testing.T) {
	for _, size := range shortPanels {
		u := uiAt(t, size, false)
		r := refusedCivicAccess(t, u, kiosk.StatusAssigned, kiosk.StatusInProgress)
		test.Tap(u.home.tiles[sectionStatus])
		test.Type(u.status.code, r.Code)
		test.Tap(u.status.search)
		s := u.status
		if s.review == nil || s.hint.Visible() {
			t.Fatalf("at %v: review %v, hint shown %v", size, s.review != nil, s.hint.Visible())
		}
		if !onFirstPage(t, u, s.result.Objects[1]) || !onFirstPage(t, u, s.review) {
			t.Errorf("at %v the status or «Chiedere il riesame» is not on the first page", size)
		}
		if sc := scrollOf(t, u, s.review); s.result.MinSize().Height > 3*sc.Size().Height {
			t.Errorf("at %v the result is %.0f high, more than three pages of %.0f", size, s.result.MinSize().Height, sc.Size().Height)
		}
	}
}

// refusedCivicAccess files a general civic access and refuses it, after
// passing it through these states, each with a public note.
func refusedCivicAccess(t *testing.T, u *testKiosk, through ...kiosk.Status) kiosk.Request {
	t.Helper()
	r, err := u.svc.Register(requests.Draft{Kind: kiosk.KindCivicAccessGen, Office: "urp-andria", Text: "Contratti di pulizia",
		Name: "Anna Esempio", Email: "anna@example.org", PrivacyAccepted: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range through {
		if _, err := u.svc.SetStatus(r.Code, "mario", st, "", "Nota pubblica di esempio sullo stato", ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := u.svc.SetStatus(r.Code, "mario", kiosk.StatusConcluded, kiosk.OutcomeRejected, "Dati di terzi", ""); err != nil {
		t.Fatal(err)
	}
	return r
}

// Searching on a short panel, the keyboard open: a page shows at least
// three results.
func TestSearchShowsSeveralResultsAPage(t *testing.T) {
	for _, size := range shortPanels {
		u := uiAt(t, size, false)
		test.Tap(u.SearchBtn)
		test.Type(u.search.entry, "ufficio")
		if !u.Keyboard().Shown() {
			t.Fatal("no keyboard while searching")
		}
		shown := 0
		for _, o := range u.search.results.Objects {
			if _, row := o.(*kit.Tile); row && onFirstPage(t, u, o) {
				shown++
			}
		}
		if shown < 3 {
			t.Errorf("at %v the first page shows %d results", size, shown)
		}
	}
}

// Typing on a short panel, the bottom bar steps aside but Home and
// Indietro stay on the screen, and Home goes home.
func TestHomeIsReachableWhileTyping(t *testing.T) {
	for _, size := range shortPanels {
		u := uiAt(t, size, false)
		test.Tap(u.home.tiles[sectionRequests])
		test.Tap(u.flow.kinds[kiosk.KindComplaint])
		test.Tap(u.flow.offices[""])
		if !u.Keyboard().Shown() || u.BarShown() {
			t.Fatalf("at %v: keyboard %v, bar %v", size, u.Keyboard().Shown(), u.BarShown())
		}
		for _, b := range []*kit.Button{u.PageHome, u.BackBtn} {
			if top, bottom := abs(b); !b.Visible() || top < 0 || bottom > size.Height {
				t.Errorf("at %v %q is not on the screen (%v, %.0f–%.0f)", size, b.Text, b.Visible(), top, bottom)
			}
		}
		test.Tap(u.PageHome)
		if u.Depth() != 1 || !u.BarShown() {
			t.Errorf("at %v the page's Home left depth %d", size, u.Depth())
		}
	}
	u, _ := newTestUI(t) // a portrait totem keeps its bar: no second Home
	test.Tap(u.SearchBtn)
	if !u.BarShown() || u.PageHome.Visible() {
		t.Error("in portrait the bar steps aside or a second Home shows")
	}
}

// «Nessuno in particolare», which the hint names, comes first.
func TestNoOfficeInParticularComesFirst(t *testing.T) {
	u := uiAt(t, fyne.NewSize(1280, 720), false)
	test.Tap(u.home.tiles[sectionRequests])
	test.Tap(u.flow.kinds[kiosk.KindComplaint])
	none, _ := abs(u.flow.offices[""])
	for id, b := range u.flow.offices {
		if top, _ := abs(b); id != "" && top <= none {
			t.Errorf("office %s comes before «Nessuno in particolare»", id)
		}
	}
	if !onFirstPage(t, u, u.flow.offices[""]) {
		t.Error("«Nessuno in particolare» is not on the first page")
	}
}

// The primary action stands at the bottom on every step, typing or not,
// and far from the keyboard's Invio.
func TestThePrimaryActionStaysAtTheBottom(t *testing.T) {
	for _, size := range append(shortPanels, fyne.NewSize(1080, 1920)) {
		u := uiAt(t, size, false)
		test.Tap(u.home.tiles[sectionRequests])
		test.Tap(u.flow.kinds[kiosk.KindComplaint])
		test.Tap(u.flow.offices[""])
		f := u.flow
		_, textBottom := abs(f.text)
		actionTop, actionBottom := abs(f.next)
		enterTop, _ := abs(u.Keyboard().Key("enter"))
		if actionTop < textBottom || enterTop-actionBottom < 3*kit.KeySize {
			t.Errorf("at %v typing, the action at %.0f–%.0f: the text ends at %.0f, Invio starts at %.0f", size, actionTop, actionBottom, textBottom, enterTop)
		}
		test.Type(f.text, "Attesa lunga allo sportello")
		test.Tap(f.next) // the privacy notice: no keyboard
		if _, bottom := abs(f.next); bottom < size.Height-200 {
			t.Errorf("at %v without the keyboard the action ends at %.0f, not at the bottom", size, bottom)
		}
	}
}

// The reasons of a poor rating and the comment all show on one page of a
// short panel.
func TestTheRatingReasonsShowWithTheComment(t *testing.T) {
	for _, size := range shortPanels {
		u := uiAt(t, size, false)
		test.Tap(u.home.tiles[sectionRate])
		test.Tap(u.rate.offices["urp-andria"])
		test.Tap(u.rate.faces[1])
		for r, b := range u.rate.reasons {
			if !onFirstPage(t, u, b) {
				t.Errorf("at %v the reason %s is not on the first page", size, r)
			}
		}
		if !onFirstPage(t, u, u.rate.comment) {
			t.Errorf("at %v the comment is not on the first page", size)
		}
	}
}

// On every kiosk size, in both languages and in large text, the tiles of a
// screen all show the line under their title or none does.
func TestTheTilesOfAScreenShowTheirLineAllOrNone(t *testing.T) {
	for _, size := range kioskSizes {
		for _, large := range []bool{false, true} {
			for _, english := range []bool{false, true} {
				u := uiAt(t, size, large)
				if english {
					test.Tap(u.LangBtn)
				}
				alike(t, size, "home", u.home.tiles)
				test.Tap(u.home.tiles[sectionRequests])
				alike(t, size, "request kind", u.flow.kinds)
			}
		}
	}
}

func alike(t *testing.T, size fyne.Size, where string, tiles map[string]*kit.Tile) {
	t.Helper()
	var with, without []string
	for id, tl := range tiles {
		if tl.ShowsDesc() {
			with = append(with, id)
		} else if tl.Desc != "" {
			without = append(without, id)
		}
	}
	if len(with) > 0 && len(without) > 0 {
		t.Errorf("%s at %v: %v show their line, %v do not", where, size, with, without)
	}
}

// The desk, booking and sign-up words address the citizen with a capital
// La, Le: «lo sportello che La chiama».
func TestTheDeskWordsUseThePoliteCapital(t *testing.T) {
	raw, err := fs.ReadFile(assets.Translations, "it.json")
	if err != nil {
		t.Fatal(err)
	}
	var it map[string]string
	if err := json.Unmarshal(raw, &it); err != nil {
		t.Fatal(err)
	}
	lower := regexp.MustCompile(`\b(la|le) (chiam|diam|dar|invi|scriv|ricord|aspett|contatt|avvis|inform|serv)\w*`)
	for k, v := range it {
		for _, p := range []string{"desk.", "booking.", "signup.", "event."} {
			if m := lower.FindString(v); strings.HasPrefix(k, p) && m != "" && !strings.HasPrefix(m, "la chiamata") {
				t.Errorf("%s addresses the citizen with a lowercase %q: %s", k, m, v)
			}
		}
	}
}

// The result of a request on a short panel: the code to keep and how the
// printing went are on the first page; an anonymous suggestion promises
// no answer by a date.
func TestTheRequestResultKeepsTheCodeInView(t *testing.T) {
	for _, size := range shortPanels {
		u := uiAt(t, size, false)
		u.requests.PrinterReady = func() bool { return false }
		f := suggestionToContact(u, "Più sedie")
		test.Tap(f.next)
		test.Tap(f.next)
		if f.done.ID == 0 {
			t.Fatalf("at %v not filed: %q", size, f.problem.Text)
		}
		kittest.Eventually(t, func() bool { return f.printState.Text != "" && f.printState.Text != u.Tr.T("request.done.printing") })
		if !onFirstPage(t, u, f.codeLabel) || !onFirstPage(t, u, f.printState) {
			t.Errorf("at %v the code or the printing line is not on the first page", size)
		}
		if shown := kittest.VisibleText(u.Body); strings.Contains(shown, "Risposta entro") {
			t.Errorf("at %v an anonymous suggestion promises an answer:\n%s", size, shown)
		}
	}
}

// suggestionToContact files a suggestion with text from home, with no
// office, up to its contact step.
func suggestionToContact(u *testKiosk, text string) *requestFlow {
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindSuggestion])
	test.Tap(f.offices[""])
	test.Type(f.text, text)
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	return f
}
