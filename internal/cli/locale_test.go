package cli

import (
	"testing"

	locale "early.local/locale"
)

func TestAQuietLocale(t *testing.T) {
	for _, c := range []struct {
		name string
		env  map[string]string
		want map[string]string
	}{
		{"Debian's container default", map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": "it_IT.UTF-8"}},
		{"LC_ALL=C", map[string]string{"LC_ALL": "C", "LANG": "en_GB.UTF-8"}, map[string]string{"LANG": "it_IT.UTF-8"}},
		{"nothing set", map[string]string{}, map[string]string{"LANG": "it_IT.UTF-8"}},
		{"English stays", map[string]string{"LANG": "en_GB.UTF-8"}, map[string]string{"LANG": "en_GB.UTF-8"}},
		{"LC_ALL wins", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "C.UTF-8"}, map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "C.UTF-8"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range c.env {
				env[k] = v
			}
			locale.Quiet(locale.Environ{
				Getenv:   func(k string) string { return env[k] },
				Setenv:   func(k, v string) error { env[k] = v; return nil },
				Unsetenv: func(k string) error { delete(env, k); return nil },
			})
			if len(env) != len(c.want) {
				t.Fatalf("%v, want %v", env, c.want)
			}
			for k, v := range c.want {
				if env[k] != v {
					t.Errorf("%s=%q, want %q", k, env[k], v)
				}
			}
			if envLang(func(k string) string { return env[k] }) != envLang(func(k string) string { return c.env[k] }) {
				t.Error("the language of messages changed")
			}
		})
	}
}
