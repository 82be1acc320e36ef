package cli

import (
	"fmt"
	"strconv"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

// holidays prints every day an office (or every office) is closed in a year.
func (r *run) holidays(args []string) error {
	fs := r.flags("holidays")
	office := fs.String("office", "", r.say("id dell'ufficio", "office id"))
	pos, err := parseFlags(fs, args)
	year := 0
	if err == nil && len(pos) == 1 {
		year, err = strconv.Atoi(pos[0])
	}
	if err != nil || len(pos) != 1 || year < 1900 || year > 9999 {
		return r.badUsage("uso: sportello holidays ANNO [--office ID]", "usage: sportello holidays YEAR [--office ID]")
	}
	return r.withContent(func(_ *store.DB, c kiosk.Content) error {
		cal := hours.AdministrationCalendar(c.Closures)
		if *office != "" {
			o, ok := c.Office(*office)
			if !ok {
				return kiosk.Errorf(kiosk.NotFound, "ufficio sconosciuto: %s", "unknown office: %s", *office)
			}
			cal = hours.CalendarOf(o, c.Closures)
		}
		for _, h := range cal.ClosedDays(year) {
			fmt.Fprintf(r.Stdout, "%s %s\n", h.Date, h.Name.In(r.lang))
		}
		return nil
	})
}
