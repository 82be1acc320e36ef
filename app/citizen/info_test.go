package citizen

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/pdfview"
)

// at sets the kiosk's clock to a wall-clock time in Rome.
func at(u *testKiosk, s string) {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, time.FixedZone("CET", 3600))
	if err != nil {
		panic(err)
	}
	u.Now = func() time.Time { return t }
}

func TestOfficesShowLiveStatus(t *testing.T) {
	u, _ := newTestUI(t) // Wednesday 25 November 2026, 10:30 in Rome
	test.Tap(u.home.tiles[sectionOffices])
	rows := u.offices.rows
	for id, want := range map[string]string{
		"urp-andria":   "Aperto ora · chiude alle 13:00",
		"urp-barletta": "Aperto ora · chiude alle 12:30",
		"urp-trani":    "Chiuso · apre domani alle 9:00",
		"ambiente":     "Chiuso · apre venerdì alle 9:00",
	} {
		if got := openLine(rows[id]); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
	at(u, "2026-11-25 13:00")
	u.Touched() // a citizen is still reading: no idle wipe
	u.Tick()
	if got := openLine(rows["urp-andria"]); got != "Chiuso · apre domani alle 9:00" {
		t.Errorf("after a tick at 13:00: %q", got)
	}
	at(u, "2026-12-08 10:00")
	u.Touched()
	u.Tick()
	if got := openLine(rows["urp-andria"]); got != "Chiuso oggi per festività (Immacolata Concezione)" {
		t.Errorf("on 8 December: %q", got)
	}
	test.Tap(u.LangBtn)
	if got := openLine(u.offices.rows["urp-andria"]); got != "Closed today for a holiday (Immaculate Conception)" {
		t.Errorf("in English: %q", got)
	}
	test.Tap(u.LangBtn)
	test.Tap(u.offices.rows["urp-barletta"])
	shown := kittest.VisibleText(u.Body)
	for _, want := range []string{"Via di Esempio 2, 76121 Barletta (BT)", "Primo piano, stanza 12", "000 000 0003", "Paola Gialli", "9:00–12:30"} {
		if !strings.Contains(shown, want) {
			t.Errorf("office page lacks %q", want)
		}
	}
}

func TestServicesByTopicAndRequestFromAService(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionServices])
	test.Tap(u.services.toggle)
	if _, byOffice := u.services.groups["viabilita"]; !byOffice {
		t.Error("the toggle did not group services by office")
	}
	test.Tap(u.services.toggle)
	test.Tap(u.services.groups["trasporti"])
	test.Tap(kittest.FindRow(t, u.Shell, "Passo carrabile su strada provinciale"))
	shown := kittest.VisibleText(u.Body)
	for _, want := range []string{"Planimetria del luogo", "entro 60 giorni", "Proprietari"} {
		if !strings.Contains(shown, want) {
			t.Errorf("service page lacks %q", want)
		}
	}
	test.Tap(kittest.FindButton(t, u.Shell, "Faccia una richiesta"))
	test.Tap(u.flow.kinds[kiosk.KindComplaint])
	if u.PageTitle.Text != "Scriva la Sua richiesta" || u.flow.draft.Office != "viabilita" || u.flow.draft.Service != "passo-carrabile" {
		t.Errorf("request from a service: page %q, draft %+v", u.PageTitle.Text, u.flow.draft)
	}
}

func TestDocumentsFilterViewPrintAndDownload(t *testing.T) {
	u, _ := newTestUI(t)
	p := u.fake
	test.Tap(u.home.tiles[sectionForms])
	d := u.documents
	if len(d.rows) != 13 {
		t.Errorf("%d forms and documents, want 13", len(d.rows))
	}
	test.Tap(d.filters["statuto"])
	if len(u.documents.rows) != 1 {
		t.Fatalf("filter statuto shows %d", len(u.documents.rows))
	}
	test.Tap(u.documents.rows["statuto/statuto"])
	v := u.docView
	if pdfview.Available() && (v.pages != 1 || v.pageLabel.Text != "Pagina 1 di 1" || v.image.Resource == nil) {
		t.Errorf("pages %d, label %q, image %v", v.pages, v.pageLabel.Text, v.image.Resource)
	}
	if !v.next.Disabled() || !v.prev.Disabled() || !v.qr.Visible() {
		t.Error("one page: both arrows disabled; a URL: the download button shown")
	}
	test.Tap(v.print)
	kittest.Eventually(t, func() bool { return len(p.Printed()) == 1 })
	test.Tap(v.qr)
	if !strings.Contains(kittest.VisibleText(u.Body), "https://www.provincia-esempio.invalid/documenti/statuto.pdf") {
		t.Error("the download page does not show the address")
	}
	test.Tap(u.BackBtn)
	test.Tap(u.BackBtn)
	test.Tap(u.documents.filters[formKind])
	test.Tap(u.documents.rows[formKind+"/palestre"])
	if u.docView.qr.Visible() {
		t.Error("a form without a URL offers a download")
	}
}

func TestNoticesCurrentFirstExpiredHidden(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionNotices])
	if _, shown := u.noticeRows["avviso-chiusura-estiva"]; shown {
		t.Error("an expired notice is shown")
	}
	if len(u.noticeRows) != 4 {
		t.Errorf("%d notices shown, want 4", len(u.noticeRows))
	}
	if !strings.Contains(u.noticeRows["concorso-istruttori"].Desc, "Concorso · Dal 16/11/2026 al 20/12/2026") {
		t.Errorf("notice line %q", u.noticeRows["concorso-istruttori"].Desc)
	}
	shown := kittest.VisibleText(u.Body)
	if strings.Index(shown, "In arrivo") < 0 {
		t.Error("the seminar of 3 December is not listed as coming up")
	}
}

func TestSearchFromAnyScreen(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionNotices])
	test.Tap(u.SearchBtn)
	test.Type(u.search.entry, "acceso atti")
	if len(u.search.found) == 0 || u.search.found[0].ID != "accesso-atti" {
		t.Fatalf("found %v", u.search.found)
	}
	test.Tap(kittest.FindRow(t, u.Shell, "Accesso agli atti"))
	if u.PageTitle.Text != "Accesso agli atti" {
		t.Errorf("opened %q", u.PageTitle.Text)
	}
	test.Tap(u.BackBtn)
	if u.search.entry.Text != "acceso atti" {
		t.Error("Back lost the query")
	}
}

// The empty search offers the sections and what citizens opened most;
// results carry their line; Invio opens the first.
func TestSearchSuggestsAndInvioOpensTheFirst(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.SearchBtn)
	shown := kittest.VisibleText(u.search.results)
	if !strings.Contains(shown, "Sezioni") || !strings.Contains(shown, "Uffici e orari") || strings.Contains(shown, "I più cercati") {
		t.Errorf("the empty search:\n%s", shown)
	}
	test.Type(u.search.entry, "passo carrabile")
	if !strings.Contains(kittest.VisibleText(u.search.results), "Passo carrabile") {
		t.Fatalf("no result:\n%s", kittest.VisibleText(u.search.results))
	}
	first := u.search.first.Title.It
	u.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.PageTitle.Text != first {
		t.Errorf("Invio opened %q, the first result is %q", u.PageTitle.Text, first)
	}
	test.Tap(u.HomeBtn)
	test.Tap(u.SearchBtn)
	u.search.entry.SetText("")
	if shown := kittest.VisibleText(u.search.results); !strings.Contains(shown, "I più cercati") || !strings.Contains(shown, first) {
		t.Errorf("the most searched do not show what was opened:\n%s", shown)
	}
}
