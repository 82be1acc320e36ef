package report

import "sportello/internal/kiosk"

// ValueLabel names a value of a scale: "positivo", "Excellent".
func ValueLabel(scale, value int) kiosk.Text {
	labels := map[int][]kiosk.Text{
		3: {kiosk.T("Negativo", "Negative"), kiosk.T("Sufficiente", "Fair"), kiosk.T("Positivo", "Positive")},
		4: {kiosk.T("Pessimo", "Very poor"), kiosk.T("Scarso", "Poor"), kiosk.T("Buono", "Good"), kiosk.T("Ottimo", "Excellent")},
		5: {kiosk.T("Pessimo", "Very poor"), kiosk.T("Scarso", "Poor"), kiosk.T("Sufficiente", "Fair"), kiosk.T("Buono", "Good"), kiosk.T("Ottimo", "Excellent")},
	}[scale]
	if value < 1 || value > len(labels) {
		return kiosk.T("?", "?")
	}
	return labels[value-1]
}

var reasonLabels = map[string]kiosk.Text{
	"attesa":        kiosk.T("Tempi di attesa", "Waiting time"),
	"cortesia":      kiosk.T("Cortesia", "Courtesy"),
	"competenza":    kiosk.T("Competenza", "Competence"),
	"chiarezza":     kiosk.T("Chiarezza delle informazioni", "Clarity of information"),
	"orari":         kiosk.T("Orari", "Opening hours"),
	"accessibilita": kiosk.T("Accessibilità", "Accessibility"),
	"altro":         kiosk.T("Altro", "Other"),
}

// ReasonLabel names a reason for a negative rating.
func ReasonLabel(reason string) kiosk.Text {
	if t, ok := reasonLabels[reason]; ok {
		return t
	}
	return kiosk.T(reason, reason)
}
