// Package settings checks the kiosk's settings.
package settings

import (
	"strings"

	"sportello/internal/kiosk"
)

// Check accepts settings that make sense with the content.
func Check(s kiosk.Settings, c kiosk.Content) error {
	if s.Office != "" {
		if _, ok := c.Office(s.Office); !ok {
			return kiosk.Errorf(kiosk.Invalid, "L'ufficio «%s» non esiste.", "The office «%s» does not exist.", s.Office)
		}
	}
	switch {
	case strings.TrimSpace(s.KioskName) == "":
		return kiosk.NewError(kiosk.Invalid, "Dia un nome a questo sportello.", "Please give this kiosk a name.")
	case s.IdleSeconds < 10 || s.IdleSeconds > 3600:
		return kiosk.NewError(kiosk.Invalid, "L'inattività prima dell'avviso va da 10 a 3600 secondi.", "The idle time before the warning goes from 10 to 3600 seconds.")
	case s.AttractSeconds < 30 || s.AttractSeconds > 86400:
		return kiosk.NewError(kiosk.Invalid, "L'attesa prima di «Tocchi per iniziare» va da 30 a 86400 secondi.", "The wait before «Touch to start» goes from 30 to 86400 seconds.")
	case strings.ContainsAny(s.PrinterQueue, " /\t"):
		return kiosk.NewError(kiosk.Invalid, "Il nome della coda di stampa non può contenere spazi o barre.", "The print queue name cannot hold spaces or slashes.")
	case s.RetentionMonths < 1 || s.RetentionMonths > 120:
		return kiosk.NewError(kiosk.Invalid, "La conservazione dei dati va da 1 a 120 mesi.", "Data retention goes from 1 to 120 months.")
	}
	return checkMail(s.Mail)
}

// checkMail accepts no server, or a server with a port and a sender's address.
func checkMail(m kiosk.MailSettings) error {
	switch {
	case !m.On():
		return nil
	case strings.ContainsAny(m.Host, " /\t@:"):
		return kiosk.Errorf(kiosk.Invalid, "«%s» non è il nome di un server di posta (esempio: smtp.provincia.bt.it).",
			"«%s» is not a mail server's name (example: smtp.example.org).", m.Host)
	case m.Port < 1 || m.Port > 65535:
		return kiosk.NewError(kiosk.Invalid, "La porta del server di posta va da 1 a 65535 (di solito 587).", "The mail server's port goes from 1 to 65535 (usually 587).")
	case m.From == "":
		return kiosk.NewError(kiosk.Invalid, "Indichi l'indirizzo del mittente delle e-mail.", "Please give the e-mails' sender address.")
	}
	return kiosk.CheckEmail(m.From)
}

// RetentionMonths is how long personal data stay after a request is
// closed: the months an admin saved, else the default settings' when none
// were saved or they cannot be read. read is a settings store's Settings.
func RetentionMonths(read func() (kiosk.Settings, bool, error)) int {
	if s, found, err := read(); err == nil && found {
		return s.RetentionMonths
	}
	return kiosk.DefaultSettings().RetentionMonths
}
