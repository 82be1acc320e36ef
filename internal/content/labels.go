package content

import (
	"strings"
	"unicode/utf8"

	"sportello/internal/kiosk"
)

// KindLabel names a kind of document: One for a single document of it, as
// the content editor offers the kinds ("Regolamento"), Many for the kind as
// a heading of the catalogue of documents ("Regolamenti").
type KindLabel struct{ One, Many kiosk.Text }

var documentKindLabels = map[string]KindLabel{
	"statuto":       {kiosk.T("Statuto", "Statute"), kiosk.T("Statuto", "Statute")},
	"regolamento":   {kiosk.T("Regolamento", "Regulation"), kiosk.T("Regolamenti", "Regulations")},
	"bilancio":      {kiosk.T("Bilancio", "Budget"), kiosk.T("Bilancio", "Budget")},
	"delibera":      {kiosk.T("Delibera", "Resolution"), kiosk.T("Delibere", "Resolutions")},
	"determina":     {kiosk.T("Determina", "Decision"), kiosk.T("Determine", "Decisions")},
	"carta-servizi": {kiosk.T("Carta dei servizi", "Service charter"), kiosk.T("Carta dei servizi", "Service charter")},
	"altro":         {kiosk.T("Altro", "Other"), kiosk.T("Altri documenti", "Other documents")},
}

// DocumentKind names one of kiosk.DocumentKinds; a kind it does not know
// is named by its id.
func DocumentKind(kind string) KindLabel {
	if l, ok := documentKindLabels[kind]; ok {
		return l
	}
	return KindLabel{kiosk.T(kind, kind), kiosk.T(kind, kind)}
}

var noticeKindLabels = map[string]kiosk.Text{
	"bando":    kiosk.T("Bando di gara", "Call for tenders"),
	"concorso": kiosk.T("Concorso", "Competition"),
	"asta":     kiosk.T("Asta", "Auction"),
	"evento":   kiosk.T("Evento", "Event"),
	"avviso":   kiosk.T("Avviso", "Notice"),
}

// NoticeKind names one of kiosk.NoticeKinds: "Bando di gara"; a kind it
// does not know is named by its id.
func NoticeKind(kind string) kiosk.Text {
	if t, ok := noticeKindLabels[kind]; ok {
		return t
	}
	return kiosk.T(kind, kind)
}

// ImpliedKind is the kind of request a service's page files without asking:
// a service that is itself a kind of request (the service "accesso-atti"
// is an accesso agli atti) implies it; any other service implies none.
func ImpliedKind(c kiosk.Content, service string) (string, bool) {
	if _, ok := c.Kind(service); ok && service != "" {
		return service, true
	}
	return "", false
}

// RoomLabel writes an office's room in each language: a number or a short
// code ("12", "A3") as "stanza 12" / "room 12"; a name ("Sala Consiliare")
// as the content gives it.
func RoomLabel(room string) kiosk.Text {
	room = strings.TrimSpace(room)
	if room == "" || strings.ContainsRune(room, ' ') || utf8.RuneCountInString(room) > 4 {
		return kiosk.T(room, room)
	}
	return kiosk.T("stanza "+room, "room "+room)
}
