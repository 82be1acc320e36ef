package content

import (
	"bytes"
	"io/fs"
	"path"
	"reflect"
	"sort"

	"gopkg.in/yaml.v3"

	"sportello/internal/kiosk"
)

// File is a content file read and checked, with the files it names (PDFs,
// logo) keyed by their path in the content.
type File struct {
	Content  kiosk.Content
	Files    map[string][]byte
	Problems []Problem // sorted by line; the content is usable only when empty
}

// Load reads and checks the content file name in fsys; the files it names are
// read relative to its folder.
func Load(fsys fs.FS, name string) File {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return File{Problems: []Problem{problemf(0, "non riesco a leggere il file: %v", "cannot read the file: %v", err)}}
	}
	dir := path.Dir(name)
	files := map[string][]byte{}
	exists := func(p string) bool {
		if _, ok := files[p]; ok {
			return true
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, p))
		if err != nil || !fs.ValidPath(path.Join(dir, p)) {
			return false
		}
		files[p] = b
		return true
	}
	c, problems := Parse(data, exists)
	return File{Content: c, Files: files, Problems: problems}
}

// Parse decodes and checks a content file's text; exists reports whether a
// file the content names is there. Request kinds the file leaves out get
// their defaults.
func Parse(data []byte, exists func(path string) bool) (kiosk.Content, []Problem) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return kiosk.Content{}, []Problem{syntaxProblem(data, err)}
	}
	var c kiosk.Content
	d := &decoder{lines: map[string]int{}}
	if len(root.Content) == 0 {
		return c, []Problem{problemf(1, "il file è vuoto", "the file is empty")}
	}
	d.decode(root.Content[0], reflect.ValueOf(&c).Elem(), "")
	if len(d.problems) == 0 {
		addDefaultKinds(&c)
		addDefaultRatingRules(&c.Ratings)
		(&checker{decoder: d, c: &c}).check(exists)
	}
	sort.SliceStable(d.problems, func(i, j int) bool { return d.problems[i].Line < d.problems[j].Line })
	return c, d.problems
}

// addDefaultKinds lists every request kind in the canonical order, with the
// content's labels and terms where it sets them and the defaults elsewhere.
func addDefaultKinds(c *kiosk.Content) {
	var all []kiosk.RequestKind
	for _, def := range kiosk.DefaultRequestKinds() {
		if k, ok := c.Kind(def.ID); ok {
			def = k
		}
		all = append(all, def)
	}
	c.RequestKinds = all
}

// addDefaultRatingRules fills what the content leaves out.
func addDefaultRatingRules(r *kiosk.RatingRules) {
	def := kiosk.DefaultRatingRules
	for _, f := range []struct {
		v *int
		d int
	}{
		{&r.Scale, def.Scale}, {&r.MisuseSeconds, def.MisuseSeconds}, {&r.AlertWindow, def.AlertWindow}, {&r.AlertPercent, def.AlertPercent},
	} {
		if *f.v == 0 {
			*f.v = f.d
		}
	}
}

const header = "# Sportello: file dei contenuti / content file\n"

// Encode writes content as a content file. Encoding what Parse read gives the
// same bytes every time.
func Encode(c kiosk.Content) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
