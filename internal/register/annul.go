package register

import (
	"sportello/internal/kiosk"
	"sportello/internal/staff"
)

// Annuller annuls registrations in the register it keeps.
type Annuller interface {
	Annul(a kiosk.Annul) (kiosk.Registration, error)
}

// Annul annuls a registration (art. 54) for a member of staff whose role
// allows it, once its reason and authorising act are given; nothing changes
// otherwise. The command line acts as an admin: it needs the data folder.
func Annul(store Annuller, role kiosk.Role, a kiosk.Annul) (kiosk.Registration, error) {
	if err := staff.Can(role, staff.AnnulRegister); err != nil {
		return kiosk.Registration{}, err
	}
	if err := kiosk.CheckAnnul(a); err != nil {
		return kiosk.Registration{}, err
	}
	g, err := store.Annul(a)
	return g, kiosk.Wrap(err)
}
