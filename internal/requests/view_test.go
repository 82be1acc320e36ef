package requests

import (
	"reflect"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

func TestView(t *testing.T) {
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	registered := time.Date(2026, 11, 25, 9, 5, 0, 0, time.UTC) // 10:05 in Rome
	p := Public{Kind: kiosk.T("Reclamo", "Complaint"), Number: kiosk.T("2026/0000012", ""), Registered: registered,
		Office: kiosk.T("URP di Andria", "Andria PR office"), Status: kiosk.StatusConcluded, Outcome: kiosk.OutcomeAccepted,
		Deadline: kiosk.Date{Year: 2026, Month: 12, Day: 28},
		History: []PublicEvent{
			{Status: kiosk.StatusReceived, At: registered},
			{Status: kiosk.StatusConcluded, Outcome: kiosk.OutcomeAccepted, Note: "Risposta scritta inviata", At: registered.Add(72 * time.Hour)},
		}}
	noOffice := p
	noOffice.Office, noOffice.Status, noOffice.Outcome, noOffice.History = kiosk.Text{}, kiosk.StatusReceived, "", p.History[:1]
	annulledAt := time.Date(2026, 12, 1, 11, 0, 0, 0, time.UTC)
	gone := Public{Number: kiosk.T("2026/0000013", ""), Annulled: &annulledAt}
	cases := []struct {
		name    string
		p       Public
		lang    kiosk.Lang
		fields  []Field
		history []ViewEvent
	}{
		{"an office, in Italian", p, kiosk.Italian, []Field{
			{"Tipo", "Reclamo"}, {"Protocollo", "2026/0000012"}, {"Registrata il", "25/11/2026 10:05"}, {"Ufficio", "URP di Andria"},
			{"Stato", "Conclusa: accolta"},
		}, []ViewEvent{{"28/11/2026", "Conclusa: accolta", "Risposta scritta inviata"}, {"25/11/2026", "Ricevuta", ""}}},
		{"an office, in English", p, kiosk.English, []Field{
			{"Kind", "Complaint"}, {"Protocol no.", "2026/0000012"}, {"Filed on", "25/11/2026 10:05"}, {"Office", "Andria PR office"},
			{"Status", "Concluded: granted"},
		}, []ViewEvent{{"28/11/2026", "Concluded: granted", "Risposta scritta inviata"}, {"25/11/2026", "Received", ""}}},
		{"no office", noOffice, kiosk.Italian, []Field{
			{"Tipo", "Reclamo"}, {"Protocollo", "2026/0000012"}, {"Registrata il", "25/11/2026 10:05"}, {"Ufficio", "Nessuno in particolare"},
			{"Stato", "Ricevuta"}, {"Risposta entro", "lunedì 28 dicembre 2026"},
		}, []ViewEvent{{"25/11/2026", "Ricevuta", ""}}},
		{"no office, in English", noOffice, kiosk.English, []Field{
			{"Kind", "Complaint"}, {"Protocol no.", "2026/0000012"}, {"Filed on", "25/11/2026 10:05"}, {"Office", "None in particular"},
			{"Status", "Received"}, {"Reply due by", "Monday 28 December 2026"},
		}, []ViewEvent{{"25/11/2026", "Received", ""}}},
		{"annulled", gone, kiosk.Italian, []Field{
			{"Protocollo", "2026/0000013"}, {"Stato", "Registrazione ANNULLATA il 01/12/2026 (art. 54 DPR 445/2000)."},
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := View(c.p, cat, c.lang)
			if !reflect.DeepEqual(v.Fields, c.fields) {
				t.Errorf("fields\n%q\nwant\n%q", v.Fields, c.fields)
			}
			if !reflect.DeepEqual(v.History, c.history) {
				t.Errorf("history\n%q\nwant\n%q", v.History, c.history)
			}
			if v.Annulled != (c.p.Annulled != nil) {
				t.Errorf("annulled %v", v.Annulled)
			}
		})
	}
}

// Staff see the facts of an annulled registration whole; citizens see that
// it was annulled.
func TestPublicFactsOfAnAnnulledRequest(t *testing.T) {
	c := demo(t)
	r := annulled(kiosk.Request{Kind: kiosk.KindComplaint, Office: "urp-andria", Status: kiosk.StatusReceived,
		History: []kiosk.StatusEvent{{Status: kiosk.StatusReceived, PublicNote: "ricevuta", InternalNote: "riservata"}}})
	if p := PublicView(r, c); p.Annulled == nil || p.Kind.It != "" || p.History != nil {
		t.Errorf("the citizen's view %+v", p)
	}
	p := PublicFacts(r, c)
	if p.Annulled != nil || p.Kind.It != "Reclamo" || p.Office.It != "URP - Sede di Andria" || len(p.History) != 1 || p.History[0].Note != "ricevuta" {
		t.Errorf("the facts %+v", p)
	}
}

// A request for an office since removed from the content names it by its
// id, rather than saying it was for no office in particular.
func TestPublicFactsOfAnOfficeRemoved(t *testing.T) {
	c := kiosk.Content{Offices: []kiosk.Office{{ID: "urp-andria", Name: kiosk.T("URP di Andria", "Andria PR office")}}}
	for office, want := range map[string]kiosk.Text{
		"urp-andria": kiosk.T("URP di Andria", "Andria PR office"),
		"chiuso":     kiosk.T("chiuso", "chiuso"),
		"":           {},
	} {
		if got := PublicFacts(kiosk.Request{Office: office}, c).Office; got != want {
			t.Errorf("office %q: %+v, want %+v", office, got, want)
		}
	}
}

// A request about a service says which, after the office.
func TestViewNamesTheService(t *testing.T) {
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	c := kiosk.Content{Services: []kiosk.Service{{ID: "passo-carrabile", Title: kiosk.T("Passo carrabile", "Driveway permit")}}}
	for lang, want := range map[kiosk.Lang]Field{kiosk.Italian: {"Servizio", "Passo carrabile"}, kiosk.English: {"Service", "Driveway permit"}} {
		v := View(PublicFacts(kiosk.Request{Kind: "reclamo", Service: "passo-carrabile", Deadline: kiosk.Date{Year: 2026, Month: 12, Day: 28}}, c), cat, lang)
		if len(v.Fields) != 7 || v.Fields[4] != want {
			t.Errorf("%s: fields %v, want %v fifth", lang, v.Fields, want)
		}
	}
}
