package kiosk

// Settings are the kiosk's own choices, set by an admin in staff mode.
type Settings struct {
	KioskName       string
	Office          string // where the kiosk stands: "" for none in particular
	English         bool   // English offered beside Italian
	IdleSeconds     int
	AttractSeconds  int
	PrinterQueue    string // "" for the system default
	RetentionMonths int
	ConservationDir string // where daily registers go; "" for the data folder's conservazione
	Mail            MailSettings
}

// MailSettings name the SMTP server that mails citizens their appointment's
// confirmation and reminder: no Host, no e-mail.
type MailSettings struct {
	Host     string
	Port     int
	From     string // the sender's address, e.g. urp@provincia.bt.it
	User     string // "" to send without signing in
	Password string
}

// On reports whether the settings name a server to send through.
func (m MailSettings) On() bool { return m.Host != "" }

// DefaultSettings are the settings before an admin changes any.
func DefaultSettings() Settings {
	return Settings{English: true, IdleSeconds: 90, AttractSeconds: 180, RetentionMonths: 24, Mail: MailSettings{Port: 587}}
}
