package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/hours"
)

func TestRegisterCommandLine(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	code, out, stderr := sportello(t, data, "requests", "add", "--kind", "reclamo", "--text", "Attesa di due ore",
		"--name", "Anna Esempio", "--email", "anna@example.org", "--json")
	if code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	number := time.Now().In(hours.Rome).Format("2006") + "/0000001"
	code, out, _ = sportello(t, data, "register", "show", number)
	if code != 0 || !strings.Contains(out, "p_demo · AOO_DEMO · PG · "+number) || !strings.Contains(out, "Anna Esempio") || !strings.Contains(out, "SHA-256") {
		t.Errorf("show: %d\n%s", code, out)
	}
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"annul", number, "--act", "disposizione n. 12"}, "write why"},
		{[]string{"annul", number, "--reason", "doppione"}, "act that authorises"},
		{[]string{"annul", "2026/0000099", "--reason", "x", "--act", "y"}, "No registration"},
		{[]string{"annul", "duemila", "--reason", "x", "--act", "y"}, "not a registry number"},
		{[]string{"annul", "URP-" + number, "--reason", "x", "--act", "y"}, "No registration"}, // the demo's register has no prefix
		{[]string{"daily", "--date", "2999-01-01"}, "once the day is over"},
		{[]string{"daily", "--date", "2026-02-30"}, "not a real day"},
	} {
		if code, _, stderr := sportello(t, data, append([]string{"register"}, bad.args...)...); code != 1 || !strings.Contains(stderr, bad.want) {
			t.Errorf("%v: %d %s", bad.args, code, stderr)
		}
	}
	code, out, stderr = sportello(t, data, "register", "annul", number, "--reason", "registrata due volte", "--act", "disposizione del responsabile n. 12 del 03/12/2026")
	if code != 0 || !strings.Contains(out, "ANNULLATA (annulled)") {
		t.Fatalf("annul: %d %s %s", code, out, stderr)
	}
	if code, _, stderr := sportello(t, data, "register", "annul", number, "--reason", "x", "--act", "y"); code != 1 || !strings.Contains(stderr, "already annulled") {
		t.Errorf("annulled twice: %d %s", code, stderr)
	}
	_, out, _ = sportello(t, data, "register", "show", number)
	if !strings.Contains(out, "ANNULLATO") || !strings.Contains(out, "registrata due volte") || !strings.Contains(out, "disposizione del responsabile n. 12") {
		t.Errorf("show after annulment:\n%s", out)
	}
	xml := filepath.Join(tmp, "segnatura.xml")
	if code, out, stderr := sportello(t, data, "register", "segnatura", number, "-o", xml); code != 0 {
		t.Fatalf("segnatura: %s %s", out, stderr)
	}
	if _, err := os.Stat(filepath.Join(data, "sigillo", "seal.crt")); err != nil {
		t.Errorf("no seal made in the data folder: %v", err)
	}
	if _, err := exec.LookPath("xmllint"); err == nil || os.Getenv("CI") != "" {
		if out, err := exec.Command("xmllint", "--nonet", "--noout", "--schema", "../segnatura/testdata/segnatura_protocollo.xsd", xml).CombinedOutput(); err != nil {
			t.Errorf("the segnatura does not validate: %v %s", err, out)
		}
	}
	if code, out, _ := sportello(t, data, "register", "emergency"); code != 0 || !strings.Contains(out, "never used") {
		t.Errorf("emergency: %d %s", code, out)
	}
	if code, out, _ := sportello(t, data, "register", "daily"); code != 0 || !strings.Contains(out, "No daily register to deliver") {
		t.Errorf("daily with only today's registrations: %d %s", code, out)
	}
}

func TestAccessRegisterCommandLine(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	if code, _, stderr := sportello(t, data, "requests", "add", "--kind", "accesso-atti", "--text", "Copia della delibera",
		"--name", "Anna Esempio", "--email", "anna@example.org"); code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	today := time.Now().In(hours.Rome).Format("2006-01-02")
	file := filepath.Join(tmp, "registro.csv")
	code, out, stderr := sportello(t, data, "register", "accessi", "--from", today, "--to", today, "--format", "csv", "-o", file)
	if code != 0 || !strings.Contains(out, "1 access requests") {
		t.Fatalf("accessi: %d %s %s", code, out, stderr)
	}
	b, _ := os.ReadFile(file)
	if !strings.Contains(string(b), "Accesso agli atti") || strings.Contains(string(b), "Anna") || strings.Contains(string(b), "delibera") {
		t.Errorf("the register:\n%s", b)
	}
	if code, _, stderr := sportello(t, data, "register", "accessi", "--from", "2026-12-01", "--to", "2026-11-01", "-o", file); code != 1 || !strings.Contains(stderr, "before it starts") {
		t.Errorf("a period backwards: %d %s", code, stderr)
	}
	if code, _, stderr := sportello(t, data, "register", "accessi", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "xls"); code != 2 || !strings.Contains(stderr, "ods|csv|pdf") {
		t.Errorf("a format it does not write: %d %s", code, stderr)
	}
}
