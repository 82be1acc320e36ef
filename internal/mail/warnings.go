package mail

import (
	"fmt"

	"sportello/internal/kiosk"
)

// Warnings tell staff of the e-mails given up, with the last error: the
// server's name or address may be wrong, or it refuses the kiosk.
func Warnings(failed []Queued) []kiosk.Text {
	if len(failed) == 0 {
		return nil
	}
	last := failed[0].Error
	return []kiosk.Text{kiosk.T(
		fmt.Sprintf("%d e-mail ai cittadini non sono partite dopo %d tentativi (ultimo errore: %s). Controlli il server di posta nelle impostazioni, poi «Invia di nuovo» in Appuntamenti.", len(failed), MaxAttempts, last),
		fmt.Sprintf("%d e-mails to citizens did not go after %d attempts (last error: %s). Check the mail server in the settings, then «Send again» in Appointments.", len(failed), MaxAttempts, last))}
}
