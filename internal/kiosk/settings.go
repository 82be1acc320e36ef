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
}

// DefaultSettings are the settings before an admin changes any.
func DefaultSettings() Settings {
	return Settings{English: true, IdleSeconds: 90, AttractSeconds: 180, RetentionMonths: 24}
}
