package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

// sportello runs the command line in a data folder and returns exit code, stdout and stderr.
func sportello(t *testing.T, data string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := map[string]string{"LANG": "en_GB.UTF-8"}
	code := Run(append([]string{"--data", data}, args...), Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv:     func(k string) string { return env[k] },
		StartKiosk: func(*store.DB, KioskOptions) error { return nil },
	})
	return code, out.String(), errOut.String()
}

func write(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExportImportExportIsByteIdentical(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	code, first, stderr := sportello(t, data, "content", "export")
	if code != 0 || !strings.Contains(first, "Barletta-Andria-Trani") {
		t.Fatalf("export of the demo content: %d %s", code, stderr)
	}
	exported := filepath.Join(tmp, "out", "content.yaml")
	os.MkdirAll(filepath.Dir(exported), 0o755)
	if code, _, stderr := sportello(t, data, "content", "export", exported); code != 0 {
		t.Fatalf("export to a file: %s", stderr)
	}
	other := filepath.Join(tmp, "other")
	if code, out, stderr := sportello(t, other, "content", "import", exported); code != 0 || !strings.Contains(out, "Imported: 6 offices, 13 services") {
		t.Fatalf("import of the export: %d %q %s", code, out, stderr)
	}
	_, second, _ := sportello(t, other, "content", "export")
	if first != second {
		t.Error("export → import → export is not byte-identical")
	}
}

func TestCheckNamesTheLineAndImportChangesNothing(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	_, before, _ := sportello(t, data, "content", "export")
	good := filepath.Join(tmp, "good.yaml")
	sportello(t, data, "content", "export", good) // with the PDFs beside it
	bad := write(t, filepath.Join(tmp, "bad.yaml"), strings.Replace(before, "email: urp.andria@provincia-esempio.invalid", "email: not-an-address", 1))
	line := 0
	for i, l := range strings.Split(before, "\n") {
		if strings.Contains(l, "email: urp.andria@") {
			line = i + 1
		}
	}
	for _, cmd := range []string{"check", "import"} {
		code, _, stderr := sportello(t, data, "content", cmd, bad)
		want := bad + ":" + itoa(line) + ": «not-an-address» is not a valid e-mail address"
		if code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", cmd, code, stderr, want)
		}
	}
	malformed := write(t, filepath.Join(tmp, "malformed.yaml"), before[:200]+"\n  - [oops\n")
	if code, _, stderr := sportello(t, data, "content", "import", malformed); code != 1 || !strings.Contains(stderr, "malformed YAML") || !strings.Contains(stderr, "no content was changed") {
		t.Errorf("malformed import: %d %q", code, stderr)
	}
	if _, after, _ := sportello(t, data, "content", "export"); after != before {
		t.Error("a failed import changed the content")
	}
	if code, out, _ := sportello(t, data, "content", "check", good); code != 0 || !strings.Contains(out, "no errors") {
		t.Errorf("check of a good file: %d %q", code, out)
	}
}

func TestMessagesFollowTheLanguage(t *testing.T) {
	var errOut bytes.Buffer
	code := Run([]string{"frobnicate"}, Env{Stdout: &bytes.Buffer{}, Stderr: &errOut, Getenv: func(k string) string {
		return map[string]string{"LANG": "it_IT.UTF-8"}[k]
	}})
	if code != 2 || !strings.Contains(errOut.String(), "comando sconosciuto: frobnicate") {
		t.Errorf("exit %d, %q", code, errOut.String())
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// --demo loads the demo content unless the content is that demo, unchanged.
func TestDemoLoadsOnlyWhenTheContentIsNotTheDemo(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	demoLoads := func() int {
		db, err := store.Open(filepath.Join(data, "sportello.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		audit, _ := db.Audit()
		n := 0
		for _, a := range audit {
			if a.Action == "content.demo" {
				n++
			}
		}
		return n
	}
	sportello(t, data, "--demo") // a new folder: the demo is loaded
	sportello(t, data, "--demo") // the same demo: kept as it is
	if n := demoLoads(); n != 1 {
		t.Fatalf("the demo was loaded %d times", n)
	}
	exported := filepath.Join(tmp, "content.yaml")
	sportello(t, data, "content", "export", exported)
	b, _ := os.ReadFile(exported)
	write(t, exported, strings.Replace(string(b), "Ufficio Relazioni con il Pubblico", "URP", 1))
	if code, _, stderr := sportello(t, data, "content", "import", exported); code != 0 {
		t.Fatal(stderr)
	}
	sportello(t, data, "--demo") // the content changed since: the demo comes back
	_, out, _ := sportello(t, data, "content", "export")
	if n := demoLoads(); n != 2 || !strings.Contains(out, "Ufficio Relazioni con il Pubblico") {
		t.Errorf("after an import --demo loaded the demo %d times in all", n)
	}
}

func TestServeRefusesAnAddressItCannotUse(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, _, stderr := sportello(t, data, "serve", "--addr", "256.0.0.1:80"); code != 1 || !strings.Contains(stderr, "Cannot listen on 256.0.0.1:80") {
		t.Errorf("serve on a bad address: %d %s", code, stderr)
	}
	if code, _, _ := sportello(t, data, "serve", "--lookups", "0"); code != 2 {
		t.Errorf("serve --lookups 0: %d", code)
	}
}

// With --db the commands work on the central PostgreSQL database.
func TestCentralDatabase(t *testing.T) {
	if os.Getenv(testdb.Variable) == "" {
		t.Skip(testdb.Variable + " is not set: make test starts a PostgreSQL server and sets it")
	}
	url := testdb.Source(t)
	data := filepath.Join(t.TempDir(), "data")
	code, out, stderr := sportello(t, data, "--db", url, "requests", "add", "--kind", "suggerimento", "--text", "Più sedie", "--json")
	if code != 0 || !strings.Contains(out, `"protocol"`) {
		t.Fatalf("requests add: %d %s %s", code, out, stderr)
	}
	if code, out, _ := sportello(t, data, "--db", url, "requests", "list"); code != 0 || !strings.Contains(out, "/0000001") {
		t.Errorf("requests list: %d %s", code, out)
	}
	if code, out, _ := sportello(t, data, "--db", url, "health"); !strings.Contains(out, `"database": "ok"`) {
		t.Errorf("health: %d %s", code, out)
	}
	if code, _, stderr := sportello(t, data, "--db", url, "backup"); code != 1 || !strings.Contains(stderr, "pg_dump") {
		t.Errorf("backup of the central database: %d %s", code, stderr)
	}
	if code, _, stderr := sportello(t, data, "--db", "/tmp/x.db", "requests", "list"); code != 1 || !strings.Contains(stderr, "postgres://") {
		t.Errorf("--db with a path: %d %s", code, stderr)
	}
}
