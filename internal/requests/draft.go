// Package requests holds the rules of what citizens file: what a request
// needs, how it is registered, how its status moves and what the citizen may
// see of it.
package requests

import (
	"strings"
	"unicode/utf8"

	"sportello/internal/kiosk"
)

// MaxText is the longest text a request may have, in characters.
const MaxText = 2000

// Draft is a request being written, step by step.
type Draft struct {
	Kind            string
	Office          string
	Service         string
	Text            string
	Name            string
	Email           string
	Phone           string
	Lang            kiosk.Lang
	PrivacyAccepted bool
	ReviewOf        string // a riesame: the code of the request it reviews (see Service.RequestReview)
}

// CheckKind accepts a kind the content knows.
func CheckKind(d Draft, c kiosk.Content) error {
	if _, ok := c.Kind(d.Kind); !ok {
		return kiosk.Errorf(kiosk.Invalid, "Scelga il tipo di richiesta.", "Please choose the kind of request.")
	}
	if (d.Kind == kiosk.KindReview) != (d.ReviewOf != "") {
		return kiosk.NewError(kiosk.Invalid, "Il riesame si chiede dalla pagina dello stato della richiesta, con il suo codice.",
			"A review is asked from the status page of the request, with its code.")
	}
	return nil
}

// CheckPlace accepts no office or service, or ones the content knows.
func CheckPlace(d Draft, c kiosk.Content) error {
	if d.Office != "" {
		if _, ok := c.Office(d.Office); !ok {
			return kiosk.Errorf(kiosk.Invalid, "L'ufficio «%s» non esiste.", "The office «%s» does not exist.", d.Office)
		}
	}
	if d.Service != "" {
		found := false
		for _, s := range c.Services {
			found = found || s.ID == d.Service
		}
		if !found {
			return kiosk.Errorf(kiosk.Invalid, "Il servizio «%s» non esiste.", "The service «%s» does not exist.", d.Service)
		}
	}
	return nil
}

// CheckText accepts a text that says something and is at most MaxText characters.
func CheckText(d Draft) error {
	n := utf8.RuneCountInString(d.Text)
	switch {
	case strings.TrimSpace(d.Text) == "":
		return kiosk.NewError(kiosk.Invalid, "Scriva il testo della richiesta.", "Please write the text of your request.")
	case n > MaxText:
		return kiosk.Errorf(kiosk.Invalid, "Il testo è lungo %d caratteri: il massimo è %d. Lo accorci, per favore.",
			"The text is %d characters long: the most is %d. Please shorten it.", n, MaxText)
	}
	return nil
}

// CheckContact accepts the contact a kind needs: complaints and access
// requests need a name and an e-mail or a phone; suggestions and reports may
// be anonymous. Whatever is given must be valid.
func CheckContact(d Draft, kind kiosk.RequestKind) error {
	if d.Email != "" {
		if err := kiosk.CheckEmail(d.Email); err != nil {
			return err
		}
	}
	if d.Phone != "" {
		if err := kiosk.CheckPhone(d.Phone); err != nil {
			return err
		}
	}
	anonymous := strings.TrimSpace(d.Name) == "" && d.Email == "" && d.Phone == ""
	if anonymous && kind.AnonymousAllowed() {
		return nil
	}
	if strings.TrimSpace(d.Name) == "" {
		return kiosk.NewError(kiosk.Invalid, "Scriva nome e cognome.", "Please write your name and surname.")
	}
	if d.Email == "" && d.Phone == "" {
		return kiosk.NewError(kiosk.Invalid, "Indichi almeno un recapito: e-mail o telefono.",
			"Please give at least one contact: e-mail or phone.")
	}
	return nil
}

// CheckPrivacy requires the privacy notice to have been accepted.
func CheckPrivacy(d Draft) error {
	if !d.PrivacyAccepted {
		return kiosk.NewError(kiosk.Invalid, "Per continuare deve accettare l'informativa sulla privacy.",
			"To go on you must accept the privacy notice.")
	}
	return nil
}

// Check runs every check a draft must pass before it is registered.
func Check(d Draft, c kiosk.Content) error {
	if err := CheckKind(d, c); err != nil {
		return err
	}
	kind, _ := c.Kind(d.Kind)
	for _, err := range []error{CheckPlace(d, c), CheckText(d), CheckPrivacy(d), CheckContact(d, kind)} {
		if err != nil {
			return err
		}
	}
	return nil
}
