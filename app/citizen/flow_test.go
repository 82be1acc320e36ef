package citizen

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// Each step says where the citizen is: "Passo 2 di 6", the office and its
// service counting as one step.
func TestEachStepSaysItsNumber(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	step := func(want string) {
		t.Helper()
		if f.caption.Text != want {
			t.Errorf("on %q the step says %q, want %q", u.PageTitle.Text, f.caption.Text, want)
		}
	}
	step("Passo 1 di 6")
	test.Tap(f.kinds[kiosk.KindSuggestion])
	step("Passo 2 di 6")
	test.Tap(f.offices["viabilita"])
	step("Passo 2 di 6") // the office's service
	test.Tap(f.services["passo-carrabile"])
	step("Passo 3 di 6")
	test.Type(f.text, "Più sedie in sala d'attesa")
	test.Tap(f.next)
	step("Passo 4 di 6")
	test.Tap(f.accept)
	test.Tap(f.next)
	step("Passo 5 di 6")
	test.Tap(f.next)
	step("Passo 6 di 6")
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "Servizio\n") || !strings.Contains(shown, "Passo carrabile su strada provinciale") {
		t.Errorf("the summary does not name the service:\n%s", shown)
	}
	test.Tap(f.next)
	if u.BackBtn.Text != "Torna all'inizio" {
		t.Errorf("the result's Back says %q", u.BackBtn.Text)
	}
}

// From the page of a service that is itself a kind of request, the kind
// is chosen already; from another service's page, office and service are.
func TestAServicePageChoosesWhatItImplies(t *testing.T) {
	u, _ := newTestUI(t)
	u.Show(u.servicePage("accesso-atti"))
	test.Tap(kittest.FindButton(t, u.Shell, "Faccia una richiesta"))
	f := u.flow
	if f.draft.Kind != kiosk.KindAccessRecords || f.text == nil || u.PageTitle.Text != "Scriva la Sua richiesta" || f.caption.Text != "Passo 1 di 4" {
		t.Errorf("from Accesso agli atti: kind %q, on %q, %q", f.draft.Kind, u.PageTitle.Text, f.caption.Text)
	}
	u.GoHome()
	u.Show(u.servicePage("passo-carrabile"))
	test.Tap(kittest.FindButton(t, u.Shell, "Faccia una richiesta"))
	if f = u.flow; f.draft.Kind != "" || f.caption.Text != "Passo 1 di 5" {
		t.Errorf("from Passo carrabile: kind %q, %q", f.draft.Kind, f.caption.Text)
	}
}

// An error line goes once the field is fixed, without another tap.
func TestTheErrorLineClearsWhenFixed(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindSuggestion])
	test.Tap(f.offices[""])
	test.Tap(f.next)
	if f.problem.Text == "" {
		t.Fatal("an empty text was taken")
	}
	test.Type(f.text, "Più sedie")
	if f.problem.Text != "" {
		t.Errorf("the error line stays after the text was written: %q", f.problem.Text)
	}
	test.Tap(f.next)
	test.Tap(f.next) // the notice not accepted
	if f.problem.Text == "" {
		t.Fatal("the privacy notice was not asked")
	}
	test.Tap(f.accept)
	if f.problem.Text != "" {
		t.Errorf("the error line stays after accepting: %q", f.problem.Text)
	}
}

// The privacy notice states the retention the settings give, in both
// languages: one truth with the erasure that runs.
func TestThePrivacyNoticeStatesTheSettingsRetention(t *testing.T) {
	u, _ := newTestUI(t)
	s := u.Settings()
	s.RetentionMonths = 36
	u.ApplySettings(s)
	for _, want := range []string{"3 anni", "3 years"} {
		u.GoHome()
		if want == "3 years" {
			test.Tap(u.LangBtn)
		}
		test.Tap(u.home.tiles[sectionRequests])
		test.Tap(u.flow.kinds[kiosk.KindSuggestion])
		test.Tap(u.flow.offices[""])
		test.Type(u.flow.text, "Più sedie")
		test.Tap(u.flow.next)
		shown := kittest.VisibleText(u.Body)
		if !strings.Contains(shown, want) || strings.Contains(shown, "{conservazione}") {
			t.Errorf("the notice does not say %q:\n%s", want, shown)
		}
	}
}
