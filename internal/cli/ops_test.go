package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sportelloIn runs the command line with stdin.
func sportelloIn(t *testing.T, stdin, data string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(append([]string{"--data", data}, args...), Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return map[string]string{"LANG": "en_GB.UTF-8"}[k] },
	})
	return code, out.String(), errOut.String()
}

func TestStaffAdd(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	for _, c := range []struct {
		stdin string
		args  []string
		code  int
		want  string
	}{
		{"246810\n246810\n", []string{"staff", "add", "mrossi", "--role", "operator"}, 0, "User mrossi created with role operator"},
		{"246810\n246810\n", []string{"staff", "add", "mrossi", "--role", "admin"}, 1, "already exists"},
		{"correct horse battery\n", []string{"staff", "add", "abianchi", "--role", "admin", "--password-stdin"}, 0, "created"},
		{"246810\n135790\n", []string{"staff", "add", "lverdi", "--role", "editor"}, 1, "differ"},
		{"12345\n12345\n", []string{"staff", "add", "lverdi", "--role", "editor"}, 1, "at least 6 digits"},
		{"short\nshort\n", []string{"staff", "add", "lverdi", "--role", "editor"}, 1, "at least 10 characters"},
		{"246810\n246810\n", []string{"staff", "add", "lverdi", "--role", "boss"}, 1, "unknown role"},
		{"", []string{"staff", "add", "lverdi", "--role", "editor", "--password-stdin"}, 1, "password is missing"},
	} {
		code, out, stderr := sportelloIn(t, c.stdin, data, c.args...)
		if code != c.code || !strings.Contains(out+stderr, c.want) {
			t.Errorf("%v: %d %q %q", c.args, code, out, stderr)
		}
	}
}

func TestHealthBackupRestore(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	code, out, _ := sportelloIn(t, "", data, "health")
	if code != 1 || !strings.Contains(out, "no such file") {
		t.Errorf("health with no database: %d %s", code, out)
	}
	sportelloIn(t, "", data, "requests", "list") // the database, with the demo content
	code, out, _ = sportelloIn(t, "", data, "--printer", "no-such-queue", "health")
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 || rep["ok"] != false || rep["database"] != "ok" {
		t.Fatalf("health of a new data folder: %d %s", code, out)
	}
	code, out, stderr := sportelloIn(t, "", data, "backup")
	backupFile := strings.TrimSpace(out)
	if code != 0 || !strings.HasPrefix(backupFile, filepath.Join(data, "backups", "sportello-")) {
		t.Fatalf("backup: %d %q %s", code, out, stderr)
	}
	sportelloIn(t, "", data, "requests", "add", "--kind", "suggerimento", "--text", "dopo il backup")
	os.WriteFile(filepath.Join(data, "heartbeat.json"), []byte(`{}`), 0o600) // a kiosk running now
	if code, _, stderr := sportelloIn(t, "", data, "restore", backupFile); code != 1 || !strings.Contains(stderr, "seems to be running") {
		t.Errorf("restore while running: %d %s", code, stderr)
	}
	if code, _, stderr := sportelloIn(t, "", data, "restore", filepath.Join(data, "heartbeat.json"), "--force"); code != 1 || !strings.Contains(stderr, "not a valid Sportello backup") {
		t.Errorf("restore of a non-database: %d %s", code, stderr)
	}
	if code, out, stderr := sportelloIn(t, "", data, "restore", backupFile, "--force"); code != 0 || !strings.Contains(out, "Restored") {
		t.Fatalf("restore: %d %s %s", code, out, stderr)
	}
	if _, out, _ := sportelloIn(t, "", data, "requests", "list", "--json"); strings.Contains(out, "dopo il backup") {
		t.Error("the restored database holds what came after the backup")
	}
}
