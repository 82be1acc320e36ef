package register

import "sportello/internal/kiosk"

// Annuller annuls registrations in the register it keeps.
type Annuller interface {
	Annul(a kiosk.Annul) (kiosk.Registration, error)
}

// Annul annuls a registration (art. 54) once its reason and authorising act
// are given; nothing changes otherwise.
func Annul(store Annuller, a kiosk.Annul) (kiosk.Registration, error) {
	if err := kiosk.CheckAnnul(a); err != nil {
		return kiosk.Registration{}, err
	}
	g, err := store.Annul(a)
	return g, kiosk.Wrap(err)
}
