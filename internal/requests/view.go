package requests

import (
	"sync"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// StatusView is what a citizen holding the code sees of a request, in one
// language, every fact written out: the kiosk's status screen, the status
// web page and `sportello requests status` all show it.
type StatusView struct {
	Annulled bool        // the registration was annulled: Fields say only its number and that it was
	Fields   []Field     // kind, protocol, registered, office, service (if any), status, deadline (while open); in this order
	History  []ViewEvent // the status changes, the newest first
	Remedy   string      // what the citizen may do, when access was refused or unanswered
}

// Field is one labelled fact of a StatusView.
type Field struct{ Label, Value string }

// ViewEvent is a status change as a StatusView writes it.
type ViewEvent struct {
	Date   string // 25/11/2026
	Status string // with its outcome: "Conclusa: accolta"
	Note   string // the public note, if any
}

// StatusLabel is a status with its outcome, if any, as a citizen reads it:
// "Conclusa: accolta".
func StatusLabel(s kiosk.Status, o kiosk.Outcome) kiosk.Text {
	t := s.Label()
	if o != "" {
		t = kiosk.T(t.It+": "+o.Label().It, t.In(kiosk.English)+": "+o.Label().In(kiosk.English))
	}
	return t
}

// viewLabels holds the labels View has looked up, by catalogue, language
// and id: a catalogue never changes once loaded, and a look-up in it costs
// some 0.4 µs, ten of them a status page.
var viewLabels sync.Map

// viewLabelKey is a label of viewLabels.
type viewLabelKey struct {
	cat  *i18n.Catalog
	lang kiosk.Lang
	id   string
}

// viewLabel is the label id of cat in lang, looked up the first time.
func viewLabel(cat *i18n.Catalog, lang kiosk.Lang, id string) string {
	k := viewLabelKey{cat, lang, id}
	if l, ok := viewLabels.Load(k); ok {
		return l.(string)
	}
	l := cat.T(lang, id, nil)
	viewLabels.Store(k, l)
	return l
}

// View writes out what a citizen may see of p in lang, with the labels of
// cat: a request for no office in particular says so in the words the
// request flow offered.
func View(p Public, cat *i18n.Catalog, lang kiosk.Lang) StatusView {
	label := func(id string) string { return viewLabel(cat, lang, id) }
	if p.Annulled != nil {
		return StatusView{Annulled: true, Fields: []Field{
			{label("status.protocol"), p.Number.In(lang)},
			{label("status.status"), p.AnnulledNotice().In(lang)},
		}}
	}
	office := p.Office.In(lang)
	if office == "" {
		office = label("request.place.none")
	}
	reg := p.Registered.In(hours.Rome)
	v := StatusView{Fields: []Field{
		{label("status.kind"), p.Kind.In(lang)},
		{label("status.protocol"), p.Number.In(lang)},
		{label("status.registered"), i18n.ShortDate(hours.Today(reg)) + " " + i18n.Clock(reg)},
		{label("status.office"), office},
	}}
	if service := p.Service.In(lang); service != "" {
		v.Fields = append(v.Fields, Field{label("status.service"), service})
	}
	v.Fields = append(v.Fields, Field{label("status.status"), StatusLabel(p.Status, p.Outcome).In(lang)})
	if !p.Status.Closed() { // a decided request is due by no date
		v.Fields = append(v.Fields, Field{label("status.deadline"), i18n.LongDate(p.Deadline, lang)})
	}
	if !p.PauseUntil.IsZero() {
		v.Fields = append(v.Fields, Field{label("status.paused"), i18n.LongDate(p.PauseUntil, lang)})
	}
	if !p.ReleaseAfter.IsZero() {
		v.Fields = append(v.Fields, Field{label("status.release"), i18n.LongDate(p.ReleaseAfter, lang)})
	}
	for i := len(p.History) - 1; i >= 0; i-- {
		e := p.History[i]
		what := StatusLabel(e.Status, e.Outcome).In(lang)
		if e.Clock != "" {
			what = label("status.clock." + string(e.Clock))
		}
		v.History = append(v.History, ViewEvent{i18n.ShortDate(hours.Today(e.At)), what, e.Note})
	}
	v.Remedy = p.Remedy.In(lang)
	return v
}
