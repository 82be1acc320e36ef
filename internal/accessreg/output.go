package accessreg

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// Register is the access register of a period, as published.
type Register struct {
	From, To     kiosk.Date // both included
	Organization string
	Rows         []Row
}

// Load reads the register of the days from to to (included) from the store,
// with the riesami filed up to today.
func Load(s kiosk.RequestStore, c kiosk.Content, from, to, today kiosk.Date) (Register, error) {
	if to.Before(from) {
		return Register{}, kiosk.Errorf(kiosk.Invalid, "Il periodo finisce (%s) prima di cominciare (%s).",
			"The period ends (%s) before it starts (%s).", to, from)
	}
	start, end := from.In(hours.Rome), to.AddDays(1).In(hours.Rome)
	period, err := s.RequestsBetween(start, end)
	if err != nil {
		return Register{}, kiosk.Wrap(err)
	}
	later, err := s.RequestsBetween(start, today.AddDays(1).In(hours.Rome).Add(time.Nanosecond))
	if err != nil {
		return Register{}, kiosk.Wrap(err)
	}
	return Register{From: from, To: to, Organization: c.Organization.Name.It, Rows: Build(period, later, c, today)}, nil
}

// Formats are the formats the register is exported in: ODS is the open
// spreadsheet format the AgID guidelines prefer.
var Formats = []string{"ods", "csv", "pdf"}

// Encode writes the register in one of Formats.
func Encode(g Register, format string) ([]byte, error) {
	switch format {
	case "ods":
		return ODS(g)
	case "pdf":
		return PDF(g)
	case "csv":
		return CSV(g)
	}
	return nil, kiosk.Errorf(kiosk.Invalid, "Formato «%s» sconosciuto: usi ods, csv o pdf.", "Unknown format «%s»: use ods, csv or pdf.", format)
}

// FileName is the name an exported register is saved as:
// registro-accessi-2026-07-01-2026-12-31.ods.
func FileName(g Register, format string) string {
	return fmt.Sprintf("registro-accessi-%s-%s.%s", g.From, g.To, format)
}

// CSV writes the register as an Italian office opens it: semicolons between fields.
func CSV(g Register) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = ';'
	rows := [][]string{Columns}
	for _, r := range g.Rows {
		rows = append(rows, r.Cells())
	}
	if err := w.WriteAll(rows); err != nil {
		return nil, err
	}
	return b.Bytes(), w.Error()
}
