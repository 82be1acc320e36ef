package kit_test

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit"
)

// showScroller shows content in a Scroller on a page of its own; scroller
// is the one the screen was last built with.
func showScroller(t *testing.T, content func(u *kit.Shell) fyne.CanvasObject) (u *kit.Shell, scroller func() *kit.Scroller) {
	t.Helper()
	u = newShell(t)
	var s *kit.Scroller
	u.Show(func() fyne.CanvasObject {
		s = u.NewScroller(content(u))
		return u.Page("Elenco", s.Object())
	})
	return u, func() *kit.Scroller { return s }
}

// rows is a list of n rows, some with a line that wraps.
func rows(u *kit.Shell, n int) *fyne.Container {
	list := container.NewVBox()
	for i := range n {
		desc := "Una riga"
		if i%3 == 0 {
			desc = strings.Repeat("Una descrizione lunga che va a capo. ", 4)
		}
		list.Add(u.Row(fmt.Sprintf("Voce %d", i+1), desc, func() {}))
	}
	return list
}

// A citizen pages a long list down to its end and back: no page starts or
// ends with a row cut in half, the label counts the pages, and each arrow is
// disabled when there is nothing more its way.
func TestPagingALongListCutsNoRow(t *testing.T) {
	var list *fyne.Container
	_, scroller := showScroller(t, func(u *kit.Shell) fyne.CanvasObject { list = rows(u, 40); return list })
	s := scroller()
	_, of := s.Page()
	if of < 3 || !s.Up.Visible() || !s.Down.Visible() {
		t.Fatalf("40 rows make %d pages; arrows shown %v %v", of, s.Up.Visible(), s.Down.Visible())
	}
	if !s.Up.Disabled() || s.Down.Disabled() || oneLine(s.Label.Text) != fmt.Sprintf("Pagina 1 di %d", of) {
		t.Errorf("on the first page: up disabled %v, down disabled %v, label %q", s.Up.Disabled(), s.Down.Disabled(), s.Label.Text)
	}
	crossing := func(edge float32) string { // the row that edge cuts, if any
		for _, r := range list.Objects {
			if r.Position().Y < edge-1 && r.Position().Y+r.Size().Height > edge+1 {
				return r.(*kit.Tile).Title
			}
		}
		return ""
	}
	cut := func() string { return crossing(s.Offset().Y) }
	cutBelow := func() string { return crossing(s.Offset().Y + s.Uncovered()) }
	for page := 2; page <= of; page++ {
		if row := cutBelow(); row != "" {
			t.Errorf("page %d ends in the middle of %q", page-1, row)
		}
		test.Tap(s.Down)
		if row := cut(); row != "" {
			t.Errorf("page %d starts in the middle of %q", page, row)
		}
		if want := fmt.Sprintf("Pagina %d di %d", page, of); oneLine(s.Label.Text) != want {
			t.Errorf("label %q, want %q", s.Label.Text, want)
		}
	}
	last := list.Objects[len(list.Objects)-1]
	if bottom := last.Position().Y + last.Size().Height; bottom > s.Offset().Y+s.View().Height+1 {
		t.Errorf("the last page does not show the last row whole: it ends at %.0f, the page at %.0f", bottom, s.Offset().Y+s.View().Height)
	}
	if !s.Down.Disabled() || s.Up.Disabled() {
		t.Error("on the last page: down should be disabled, up enabled")
	}
	for page := of - 1; page >= 1; page-- {
		test.Tap(s.Up)
		if n, _ := s.Page(); n != page || cut() != "" {
			t.Errorf("up to page %d: shows page %d, cut row %q", page, n, cut())
		}
	}
	if s.Offset().Y != 0 || !s.Up.Disabled() {
		t.Errorf("back on the first page at %.0f, up disabled %v", s.Offset().Y, s.Up.Disabled())
	}
}

// A list that fits shows no arrows and no page count.
func TestArrowsHiddenWhenEverythingFits(t *testing.T) {
	_, scroller := showScroller(t, func(u *kit.Shell) fyne.CanvasObject { return rows(u, 3) })
	s := scroller()
	if s.ArrowsShown() {
		t.Error("three rows fit, yet the arrows show")
	}
	if n, of := s.Page(); n != 1 || of != 1 {
		t.Errorf("page %d of %d", n, of)
	}
}

// One long text pages by most of a screen, each page overlapping the last.
func TestALongTextPagesByAScreen(t *testing.T) {
	u, scroller := showScroller(t, func(*kit.Shell) fyne.CanvasObject {
		return kit.Paragraph(strings.Repeat("Il testo dell'informativa sulla privacy continua a lungo. ", 120))
	})
	s := scroller()
	test.Tap(s.Down)
	view := s.View().Height
	if y := s.Offset().Y; y < view/2 || y >= view {
		t.Errorf("one page down moved %.0f in a view %.0f high", y, view)
	}
	test.Tap(u.LangBtn)
	s = scroller()
	if _, of := s.Page(); !strings.HasPrefix(oneLine(s.Label.Text), "Page ") || !strings.HasSuffix(oneLine(s.Label.Text), fmt.Sprintf(" of %d", of)) {
		t.Errorf("in English the label is %q", s.Label.Text)
	}
}

// The arrows sit in one column at the right of the list, whatever it holds.
func TestArrowsAtTheRightOfTheList(t *testing.T) {
	_, scroller := showScroller(t, func(u *kit.Shell) fyne.CanvasObject { return rows(u, 40) })
	s := scroller()
	d := fyne.CurrentApp().Driver()
	up, down := d.AbsolutePositionForObject(s.Up), d.AbsolutePositionForObject(s.Down)
	list := d.AbsolutePositionForObject(s.Object())
	right := list.X + s.Object().Size().Width
	if up.X != down.X || up.X+s.Up.Size().Width < right-1 || down.Y <= up.Y {
		t.Errorf("up at %v, down at %v, the list ends at x %.0f", up, down, right)
	}
	if s.Up.Size().Height < 56 || s.Up.Size().Width < 56 {
		t.Errorf("the arrow is %v, under 56 px", s.Up.Size())
	}
}

// oneLine is the page count as read aloud: its two lines as one.
func oneLine(label string) string { return strings.ReplaceAll(label, "\n", " ") }
