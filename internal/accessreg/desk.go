package accessreg

import (
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// Desk is the access register as staff mode reads and exports it.
type Desk struct {
	Store   kiosk.RequestStore
	Log     Log
	Content func() (kiosk.Content, error)
	Now     func() time.Time
}

// Load reads the register of the days from to to, both included.
func (d *Desk) Load(from, to kiosk.Date) (Register, error) {
	c, err := d.Content()
	if err != nil {
		return Register{}, kiosk.Wrap(err)
	}
	return Load(d.Store, c, from, to, hours.Today(d.Now()))
}

// Exported records that who exported g in format.
func (d *Desk) Exported(g Register, who, format string) error {
	return Export(d.Log, g, who, format, d.Now())
}
