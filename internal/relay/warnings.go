package relay

import (
	"fmt"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// Warnings tell staff of the outbox items the central database kept
// refusing and that were set aside: what each was, when, and why.
func Warnings(aside []kiosk.OutboxItem) []kiosk.Text {
	var out []kiosk.Text
	for _, it := range aside {
		what := map[string]kiosk.Text{"request": kiosk.T("richiesta", "request"), "rating": kiosk.T("valutazione", "rating")}[it.Kind]
		at := it.Created.In(hours.Rome).Format("02/01/2006 15:04")
		out = append(out, kiosk.T(
			fmt.Sprintf("Il database centrale rifiuta una %s del %s (chiave %s), messa da parte dopo %d tentativi: %s", what.It, at, it.Key, it.Attempts, it.Error),
			fmt.Sprintf("The central database refuses a %s of %s (key %s), set aside after %d attempts: %s", what.En, at, it.Key, it.Attempts, it.Error)))
	}
	return out
}
