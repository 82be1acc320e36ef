// Package locale makes a C locale read as Italian before the toolkit looks.
//
// Fyne's lang package asks the system locale in its own init, and cannot
// parse "C.UTF-8" (Debian's default in containers): it logged an error on
// every command. Go initialises packages in the order of their import paths
// once their imports are ready, so this package, whose path sorts before
// fyne.io and which imports only syscall, runs first; it is its own small
// module, replaced by this folder in the main go.mod, for that path.
package locale

import (
	"strings"
	"syscall"
)

func init() {
	Quiet(Environ{Getenv: getenv, Setenv: syscall.Setenv, Unsetenv: syscall.Unsetenv})
}

func getenv(k string) string { v, _ := syscall.Getenv(k); return v }

// Environ is the part of the process environment Quiet changes.
type Environ struct {
	Getenv   func(string) string
	Setenv   func(string, string) error
	Unsetenv func(string) error
}

// Quiet makes a C or POSIX locale, or none, read as it_IT.UTF-8. Messages
// stay in the same language: Sportello speaks Italian under a C locale.
func Quiet(env Environ) {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := env.Getenv(k)
		if v == "" {
			continue
		}
		if !cLocale(v) {
			return
		}
		env.Unsetenv(k) // the first one set is the one that counts
		break
	}
	env.Setenv("LANG", "it_IT.UTF-8")
}

func cLocale(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}
