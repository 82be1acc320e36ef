// Package testenv lets a test that needs a tool or a service of the machine
// skip where it is missing, and fail instead under CI (CI set), so that no
// test can pass there without having run.
package testenv

import (
	"os"
	"os/exec"
	"testing"
)

// Need skips the test for why when ok is false, or fails it under CI.
func Need(t testing.TB, ok bool, why string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s, and CI is set: this test must run there (make test installs what it needs)", why)
	}
	t.Skip(why)
}

// NeedTools is Need for programs on the PATH.
func NeedTools(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		_, err := exec.LookPath(tool)
		Need(t, err == nil, tool+" is missing")
	}
}
