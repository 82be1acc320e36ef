package datadir

import (
	"os"
	"path/filepath"
	"testing"
)

func TestResolveOrder(t *testing.T) {
	tmp := t.TempDir()
	env := map[string]string{"SPORTELLO_DATA": filepath.Join(tmp, "env"), "XDG_DATA_HOME": filepath.Join(tmp, "xdg")}
	get := func(k string) string { return env[k] }
	cases := []struct {
		name, flag, want string
		unset            []string
	}{
		{"flag first", filepath.Join(tmp, "flag"), filepath.Join(tmp, "flag"), nil},
		{"then SPORTELLO_DATA", "", filepath.Join(tmp, "env"), nil},
		{"then XDG", "", filepath.Join(tmp, "xdg", "sportello"), []string{"SPORTELLO_DATA"}},
	}
	for _, c := range cases {
		for _, k := range c.unset {
			delete(env, k)
		}
		got, err := Resolve(c.flag, get)
		if err != nil || got != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
		if st, err := os.Stat(got); err != nil || st.Mode().Perm() != 0o700 {
			t.Errorf("%s: folder not made 0700: %v", c.name, err)
		}
	}
}
