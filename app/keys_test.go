package app

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sportello/assets"
)

// Every translation key the screens name in full is in the catalogue: a
// missing one would show its raw key to a citizen.
func TestEveryKeyTheScreensNameIsTranslated(t *testing.T) {
	b, err := fs.ReadFile(assets.Translations, "it.json")
	if err != nil {
		t.Fatal(err)
	}
	var keys map[string]string
	if err := json.Unmarshal(b, &keys); err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`\.T\("([a-z0-9._-]+)"[,)]`) // not a prefix the code adds to
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if _, ok := keys[m[1]]; !ok {
				t.Errorf("%s names the key %q, which no catalogue has", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
