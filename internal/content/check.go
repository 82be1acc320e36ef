package content

import (
	"path/filepath"

	"sportello/internal/kiosk"
	"sportello/internal/media"
)

// Check runs every rule of the content file over content built in memory
// (edited on screen); exists reports whether a file it names is stored.
// Problems name a path ("services[3].office") and no line.
func Check(c kiosk.Content, exists func(path string) bool) []Problem {
	d := &decoder{lines: map[string]int{}}
	(&checker{decoder: d, c: &c}).check(exists)
	return d.problems
}

// Named lists the files the content names: its logo, forms and documents.
func Named(c kiosk.Content) []string {
	var out []string
	add := func(p string) {
		if p != "" {
			out = append(out, p)
		}
	}
	add(c.Organization.Logo)
	for _, f := range c.Forms {
		add(f.File)
	}
	for _, d := range c.Documents {
		add(d.File)
	}
	return out
}

// Keep returns the files of files that the content names, and no others.
func Keep(c kiosk.Content, files map[string][]byte) map[string][]byte {
	out := map[string][]byte{}
	for _, p := range Named(c) {
		if b, ok := files[p]; ok {
			out[p] = b
		}
	}
	return out
}

// WriteFile writes the content file name and, beside it, the files it names.
func WriteFile(name string, c kiosk.Content, files map[string][]byte) error {
	data, err := Encode(c)
	if err != nil {
		return kiosk.Wrap(err)
	}
	dir := filepath.Dir(name)
	for path, b := range files {
		if err := media.WriteFile(filepath.Join(dir, filepath.FromSlash(path)), b); err != nil {
			return err
		}
	}
	return media.WriteFile(name, data)
}
