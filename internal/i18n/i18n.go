// Package i18n translates Sportello's own words and writes dates and times the
// way each language does. The language can change at any moment: each citizen
// chooses theirs at the kiosk.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"sportello/internal/kiosk"
)

// Catalog holds the translations of every language.
type Catalog struct {
	localizers map[kiosk.Lang]*i18n.Localizer
}

// Load reads it.json and en.json from fsys.
func Load(fsys fs.FS) (*Catalog, error) {
	bundle := i18n.NewBundle(language.Italian)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	c := &Catalog{localizers: map[kiosk.Lang]*i18n.Localizer{}}
	for _, l := range kiosk.Langs {
		if _, err := bundle.LoadMessageFileFS(fsys, string(l)+".json"); err != nil {
			return nil, fmt.Errorf("translations %s: %w", l, err)
		}
		c.localizers[l] = i18n.NewLocalizer(bundle, string(l))
	}
	return c, nil
}

// T returns the message id in lang, filled with data; the id itself when missing.
func (c *Catalog) T(lang kiosk.Lang, id string, data map[string]any) string {
	s, err := c.localizers[lang].Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// Translator is the catalogue in the current language, which can be switched.
type Translator struct {
	cat  *Catalog
	lang kiosk.Lang
}

// NewTranslator starts in Italian, the kiosk's first language.
func NewTranslator(c *Catalog) *Translator { return &Translator{cat: c, lang: kiosk.Italian} }

// Lang returns the current language.
func (t *Translator) Lang() kiosk.Lang { return t.lang }

// SetLang switches the language.
func (t *Translator) SetLang(l kiosk.Lang) { t.lang = l }

// T translates id into the current language; data holds named values for the message.
func (t *Translator) T(id string, data ...map[string]any) string {
	var d map[string]any
	if len(data) > 0 {
		d = data[0]
	}
	return t.cat.T(t.lang, id, d)
}

// Text picks the current language from content text.
func (t *Translator) Text(x kiosk.Text) string { return x.In(t.lang) }

var (
	weekdaysIt = [7]string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"}
	monthsIt   = [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}
)

// LongDate writes a day in full: "mercoledì 25 novembre 2026", "Wednesday 25 November 2026".
func LongDate(d kiosk.Date, lang kiosk.Lang) string {
	if lang == kiosk.English {
		return fmt.Sprintf("%s %d %s %d", d.Weekday(), d.Day, d.Month, d.Year)
	}
	return fmt.Sprintf("%s %d %s %d", WeekdayName(d.Weekday(), lang), d.Day, monthsIt[d.Month-1], d.Year)
}

// ShortDate writes a day as 25/11/2026.
func ShortDate(d kiosk.Date) string { return fmt.Sprintf("%02d/%02d/%d", d.Day, d.Month, d.Year) }

// Clock writes the time of day as 9:05.
func Clock(t time.Time) string { return fmt.Sprintf("%d:%02d", t.Hour(), t.Minute()) }

// WeekdayName names a day of the week: "lunedì", "Monday".
func WeekdayName(w time.Weekday, lang kiosk.Lang) string {
	if lang == kiosk.English {
		return w.String()
	}
	return weekdaysIt[w]
}

// Decimal writes a number with one decimal, the Italian way (75,6) or the English one (75.6).
func Decimal(f float64, lang kiosk.Lang) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	if lang == kiosk.English {
		return s
	}
	return strings.Replace(s, ".", ",", 1)
}
