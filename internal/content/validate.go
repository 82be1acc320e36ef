package content

import (
	"fmt"
	"net/url"
	"reflect"
	"regexp"
	"slices"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// checker collects the problems of a decoded content, naming lines through
// the decoder's path table.
type checker struct {
	*decoder
	c *kiosk.Content
}

func (k *checker) add(path, it, en string, args ...any) {
	p := problemf(k.line(path), it, en, args...)
	p.Path = path
	k.problems = append(k.problems, p)
}

func (k *checker) addErr(path string, err error) {
	k.problems = append(k.problems, Problem{Line: k.line(path), Path: path, Message: messageOf(err)})
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// ids checks the ids of a list: present, well formed and unique. It returns the set.
func (k *checker) ids(list string, n int, id func(int) string) map[string]bool {
	set := map[string]bool{}
	for i := range n {
		p := fmt.Sprintf("%s[%d].id", list, i)
		switch v := id(i); {
		case v == "":
			k.missing(p)
		case !idPattern.MatchString(v):
			k.add(p, "l'id «%s» può contenere solo lettere minuscole, cifre e trattini", "the id «%s» may hold only lower-case letters, digits and dashes", v)
		case set[v]:
			k.add(p, "l'id «%s» è già usato in %s", "the id «%s» is already used in %s", v, list)
		default:
			set[v] = true
		}
	}
	return set
}

func (k *checker) ref(path, value, list string, set map[string]bool) {
	if value != "" && !set[value] {
		k.add(path, "«%s» non è in %s", "«%s» is not in %s", value, list)
	}
}

func (k *checker) required(path, value string) {
	if value == "" {
		k.missing(path)
	}
}

// missing reports a required value that is not there.
func (k *checker) missing(path string) {
	k.add(path, "manca «%s»", "«%s» is missing", lastName(path))
	k.problems[len(k.problems)-1].Missing = true
}

func (k *checker) requiredText(path string, t kiosk.Text) {
	if t.It == "" {
		k.add(path, "manca il testo italiano di «%s»", "the Italian text of «%s» is missing", lastName(path))
		k.problems[len(k.problems)-1].Missing = true
	}
}

func (k *checker) email(path, v string) {
	if v != "" {
		if err := kiosk.CheckEmail(v); err != nil {
			k.addErr(path, err)
		}
	}
}

func (k *checker) phone(path, v string) {
	if v != "" {
		if err := kiosk.CheckPhone(v); err != nil {
			k.addErr(path, err)
		}
	}
}

func (k *checker) link(path, v string) {
	if v == "" {
		return
	}
	if u, err := url.Parse(v); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		k.add(path, "«%s» non è un indirizzo web (https://...)", "«%s» is not a web address (https://...)", v)
	}
}

func (k *checker) oneOf(path, v string, allowed []string) {
	if !slices.Contains(allowed, v) {
		k.add(path, "«%s» non è tra i valori ammessi: %v", "«%s» is not one of %v", v, allowed)
	}
}

func (k *checker) slots(path string, s []kiosk.Slot) {
	if err := hours.CheckSlots(s); err != nil {
		k.addErr(path, err)
	}
}

func (k *checker) closures(list string, cs []kiosk.Closure) {
	seen := map[kiosk.Date]bool{}
	for i, c := range cs {
		p := fmt.Sprintf("%s[%d]", list, i)
		if c.Date.IsZero() {
			k.missing(p + ".date")
		} else if seen[c.Date] {
			k.add(p+".date", "il giorno %s compare due volte", "the day %s appears twice", c.Date)
		}
		seen[c.Date] = true
		k.requiredText(p+".reason", c.Reason)
		k.slots(p+".hours", c.Hours)
	}
}

// check runs every rule over the content.
func (k *checker) check(files func(path string) bool) {
	k.organization(files)
	k.requestKinds()
	offices := k.offices()
	k.closures("closures", k.c.Closures)
	k.services(offices, files)
	k.publications(offices, files)
	k.queue(offices)
	k.italianEverywhere(reflect.ValueOf(*k.c), "")
}

// organization checks the administration, its register and its rating rules.
func (k *checker) organization(files func(path string) bool) {
	o := k.c.Organization
	k.requiredText("organization.name", o.Name)
	k.requiredText("organization.office", o.Office)
	k.requiredText("organization.privacy.short", o.Privacy.Short)
	k.requiredText("organization.privacy.full", o.Privacy.Full)
	k.phone("organization.phone", o.Phone)
	k.email("organization.email", o.Email)
	k.link("organization.status_url", o.StatusURL)
	k.file("organization.logo", o.Logo, files)
	k.register(o.Register)

	rr := k.c.Ratings
	if rr.Scale < 3 || rr.Scale > 5 {
		k.add("ratings.scale", "la scala deve avere 3, 4 o 5 punti", "the scale must have 3, 4 or 5 points")
	}
	if rr.MisuseSeconds < 0 || rr.AlertWindow < 1 || rr.AlertPercent < 1 || rr.AlertPercent > 100 {
		k.add("ratings", "valori non validi: misuse_seconds ≥ 0, alert_window ≥ 1, alert_percent tra 1 e 100",
			"invalid values: misuse_seconds ≥ 0, alert_window ≥ 1, alert_percent between 1 and 100")
	}
}

// requestKinds checks the kinds of request: known ones, labelled, filed
// under a class, with a term.
func (k *checker) requestKinds() {
	c := k.c
	var kinds []string
	for _, d := range kiosk.DefaultRequestKinds() {
		kinds = append(kinds, d.ID)
	}
	k.ids("request_kinds", len(c.RequestKinds), func(i int) string { return c.RequestKinds[i].ID })
	for i, rk := range c.RequestKinds {
		p := fmt.Sprintf("request_kinds[%d]", i)
		k.oneOf(p+".id", rk.ID, kinds)
		k.requiredText(p+".label", rk.Label)
		k.class(p+".class", rk.Class)
		if rk.TermDays < 1 || rk.TermDays > 365 {
			k.add(p+".term_days", "il termine deve essere tra 1 e 365 giorni", "the term must be between 1 and 365 days")
		}
	}
}

// offices checks the departments and their offices, and returns the ids of the offices.
func (k *checker) offices() map[string]bool {
	c := k.c
	departments := k.ids("departments", len(c.Departments), func(i int) string { return c.Departments[i].ID })
	for i, d := range c.Departments {
		k.requiredText(fmt.Sprintf("departments[%d].name", i), d.Name)
	}

	offices := k.ids("offices", len(c.Offices), func(i int) string { return c.Offices[i].ID })
	for i, of := range c.Offices {
		p := fmt.Sprintf("offices[%d]", i)
		k.ref(p+".department", of.Department, "departments", departments)
		k.requiredText(p+".name", of.Name)
		k.required(p+".address", of.Address)
		for j, ph := range of.Phones {
			k.phone(fmt.Sprintf("%s.phones[%d]", p, j), ph)
		}
		k.email(p+".email", of.Email)
		k.email(p+".pec", of.PEC)
		for _, day := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
			k.slots(p+".hours."+day, reflect.ValueOf(of.Hours).FieldByIndex(weekField(day)).Interface().([]kiosk.Slot))
		}
		k.closures(p+".closures", of.Closures)
		if of.Patron != nil {
			if of.Patron.Day.IsZero() {
				k.add(p+".patron", "manca «day» del santo patrono", "the patron saint's «day» is missing")
			}
			k.requiredText(p+".patron.name", of.Patron.Name)
		}
	}
	return offices
}

// services checks the categories, the forms and the services that name them and their offices.
func (k *checker) services(offices map[string]bool, files func(path string) bool) {
	c := k.c
	categories := k.ids("categories", len(c.Categories), func(i int) string { return c.Categories[i].ID })
	for i, cat := range c.Categories {
		k.requiredText(fmt.Sprintf("categories[%d].name", i), cat.Name)
	}

	forms := k.ids("forms", len(c.Forms), func(i int) string { return c.Forms[i].ID })
	for i, f := range c.Forms {
		p := fmt.Sprintf("forms[%d]", i)
		k.requiredText(p+".title", f.Title)
		k.oneOf(p+".language", string(f.Language), []string{"it", "en"})
		k.fileOrLink(p, f.File, f.URL, files)
	}

	k.ids("services", len(c.Services), func(i int) string { return c.Services[i].ID })
	for i, s := range c.Services {
		p := fmt.Sprintf("services[%d]", i)
		k.requiredText(p+".title", s.Title)
		k.requiredText(p+".summary", s.Summary)
		k.required(p+".office", s.Office)
		k.ref(p+".office", s.Office, "offices", offices)
		k.required(p+".category", s.Category)
		k.ref(p+".category", s.Category, "categories", categories)
		if s.ResponseDays < 0 {
			k.add(p+".response_days", "i giorni non possono essere negativi", "days cannot be negative")
		}
		for j, id := range s.Forms {
			k.ref(fmt.Sprintf("%s.forms[%d]", p, j), id, "forms", forms)
		}
		k.standard(p+".standard", s.Standard)
	}
}

// standard checks a service's standard in the service charter: an
// indicator, a target of 1 to 365 days and a threshold of 1 to 100 percent.
func (k *checker) standard(p string, st *kiosk.Standard) {
	if st == nil {
		return
	}
	k.requiredText(p+".indicator", st.Indicator)
	_, written := k.lines[p+".target"] // "0 giorni" is written, and out of range
	switch {
	case st.Target.IsZero() && !written:
		k.missing(p + ".target")
	case st.Target.Days < 1 || st.Target.Days > 365:
		k.add(p+".target", "il termine deve essere tra 1 e 365 giorni", "the term must be between 1 and 365 days")
	}
	if st.Threshold < 1 || st.Threshold > 100 {
		k.add(p+".threshold", "la soglia è la percentuale dei casi entro il termine: un numero tra 1 e 100",
			"the threshold is the percent of cases within the term: a number between 1 and 100")
	}
}

// publications checks the public documents and the notices, and the offices these name.
func (k *checker) publications(offices map[string]bool, files func(path string) bool) {
	c := k.c
	k.ids("documents", len(c.Documents), func(i int) string { return c.Documents[i].ID })
	for i, d := range c.Documents {
		p := fmt.Sprintf("documents[%d]", i)
		k.oneOf(p+".kind", d.Kind, kiosk.DocumentKinds)
		k.requiredText(p+".title", d.Title)
		if d.Date.IsZero() {
			k.missing(p + ".date")
		}
		k.fileOrLink(p, d.File, d.URL, files)
	}

	k.ids("notices", len(c.Notices), func(i int) string { return c.Notices[i].ID })
	for i, n := range c.Notices {
		p := fmt.Sprintf("notices[%d]", i)
		k.oneOf(p+".kind", n.Kind, kiosk.NoticeKinds)
		k.requiredText(p+".title", n.Title)
		if n.From.IsZero() {
			k.missing(p + ".from")
		}
		if !n.To.IsZero() && n.To.Before(n.From) {
			k.add(p+".to", "la data di fine viene prima di quella di inizio", "the end date comes before the start date")
		}
		k.link(p+".url", n.URL)
		k.ref(p+".office", n.Office, "offices", offices)
	}
}

func (k *checker) fileOrLink(p, file, link string, files func(string) bool) {
	if file == "" && link == "" {
		k.add(p, "serve «file» oppure «url»", "«file» or «url» is needed")
	}
	k.file(p+".file", file, files)
	k.link(p+".url", link)
}

func (k *checker) file(path, name string, files func(string) bool) {
	if name != "" && !files(name) {
		k.add(path, "il file «%s» non si trova accanto al file dei contenuti", "the file «%s» is not beside the content file", name)
	}
}

var textType = reflect.TypeFor[kiosk.Text]()

// italianEverywhere reports every text that has English but no Italian.
func (k *checker) italianEverywhere(v reflect.Value, path string) {
	switch {
	case v.Type() == textType:
		if t := v.Interface().(kiosk.Text); t.It == "" && t.En != "" {
			k.add(path, "manca il testo italiano di «%s»", "the Italian text of «%s» is missing", lastName(path))
		}
	case v.Kind() == reflect.Pointer && !v.IsNil():
		k.italianEverywhere(v.Elem(), path)
	case v.Kind() == reflect.Slice:
		for i := range v.Len() {
			k.italianEverywhere(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case v.Kind() == reflect.Struct:
		for name, i := range fieldIndex(v.Type()) {
			sub := name
			if path != "" {
				sub = path + "." + name
			}
			k.italianEverywhere(v.Field(i), sub)
		}
	}
}

func weekField(day string) []int { return []int{fieldIndex(reflect.TypeFor[kiosk.Week]())[day]} }

func lastName(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}

var ipaCode = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,32}$`)

// register checks which protocol register the kiosk keeps: the IPA codes of
// the administration and the AOO, the register's code and its mode.
func (k *checker) register(r kiosk.Register) {
	for _, f := range [][2]string{{"organization.register.ipa", r.IPA}, {"organization.register.aoo", r.AOO}} {
		path, v := f[0], f[1]
		if v == "" {
			k.missing(path)
		} else if !ipaCode.MatchString(v) {
			k.add(path, "«%s» non è un codice IPA: lettere, cifre, _ . -", "«%s» is not an IPA code: letters, digits, _ . -", v)
		}
	}
	if r.Code == "" {
		k.missing("organization.register.code")
	} else if err := kiosk.CheckRegisterCode(r.Code); err != nil {
		k.addErr("organization.register.code", err)
	}
	k.oneOf("organization.register.mode", r.Mode, []string{kiosk.RegisterGeneral, kiosk.RegisterParticular})
	k.class("organization.register.class", r.Class)
}

// class checks a class of the titolario: a code and a name, or neither.
func (k *checker) class(path string, c kiosk.Classification) {
	if (c.Code == "") != (c.Name == "") {
		k.add(path, "la classe del titolario vuole sia «code» sia «name»", "a class of the titolario needs both «code» and «name»")
	}
}
