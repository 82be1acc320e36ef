package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

func TestReportRatingsAndAlerts(t *testing.T) {
	tmp, data, db := ratingsData(t)
	at := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	for i, v := range []int{3, 3, 3, 1} {
		r := kiosk.Rating{Office: "urp-andria", Scale: 3, Value: v, At: at.Add(time.Duration(i) * time.Minute)}
		if v == 1 {
			r.Reason = "orari"
		}
		db.AddRating(&r)
	}
	db.AddAlert(&kiosk.Alert{Office: "urp-andria", At: at, Negative: 7, Window: 20})
	db.Close()
	csv := filepath.Join(tmp, "r.csv")
	code, out, stderr := sportello(t, data, "report", "ratings", "--from", "2026-11-01", "--to", "2026-11-30", "--office", "urp-andria", "--format", "csv", "-o", csv)
	if code != 0 || !strings.Contains(out, "4 ratings, 75.0% satisfied") {
		t.Fatalf("csv: %d %q %s", code, out, stderr)
	}
	b, _ := os.ReadFile(csv)
	if !strings.Contains(string(b), "motivo;Orari;1") {
		t.Errorf("csv:\n%s", b)
	}
	pdf := filepath.Join(tmp, "r.pdf")
	if code, _, stderr := sportello(t, data, "report", "ratings", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf", "-o", pdf); code != 0 {
		t.Fatal(stderr)
	}
	if b, _ := os.ReadFile(pdf); !strings.HasPrefix(string(b), "%PDF") {
		t.Error("no PDF written")
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"report", "ratings", "--from", "2026-11-30", "--to", "2026-11-01", "--format", "csv", "-o", csv}, 1, "end date comes before"},
		{[]string{"report", "ratings", "--from", "2026-11-01", "--to", "2026-11-30", "--office", "nowhere", "--format", "csv", "-o", csv}, 1, "unknown office"},
		{[]string{"report", "ratings", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "xls", "-o", csv}, 2, "usage"},
		{[]string{"report", "alerts"}, 0, "urp-andria"},
		{[]string{"report", "alerts", "--ack", "1", "--by", "mario"}, 0, ""},
		{[]string{"report", "alerts"}, 0, "mario"},
		{[]string{"report", "alerts", "--ack", "1", "--by", "mario"}, 1, "No open alert"},
	} {
		code, out, stderr := sportello(t, data, c.args...)
		if code != c.code || !strings.Contains(out+stderr, c.want) {
			t.Errorf("%v: %d %q %q", c.args, code, out, stderr)
		}
	}
}

func TestReportCharter(t *testing.T) {
	tmp, data, db := ratingsData(t)
	db.Close()
	csv, pdf := filepath.Join(tmp, "c.csv"), filepath.Join(tmp, "c.pdf")
	period := []string{"report", "charter", "--from", "2026-01-01", "--to", "2026-06-30"}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{period, 0, "HANDLED"},
		{append(period, "--out", csv), 0, "wrote " + csv},
		{append(period, "--format", "pdf", "-o", pdf), 0, "wrote " + pdf},
		{[]string{"report", "charter", "--from", "2026-06-30", "--to", "2026-01-01"}, 1, "the end date comes before the start date"},
		{[]string{"report", "charter", "--from", "2026-02-30", "--to", "2026-06-30"}, 1, "not a real day"},
		{[]string{"report", "charter", "--from", "2026-01-01"}, 2, "usage: sportello report charter"},
		{append(period, "--format", "xls"), 2, "usage: sportello report charter"},
	} {
		if code, out, stderr := sportello(t, data, c.args...); code != c.code || !strings.Contains(out+stderr, c.want) {
			t.Errorf("%v: %d %q %q", c.args, code, out, stderr)
		}
	}
	if b, _ := os.ReadFile(csv); !strings.HasPrefix(string(b), "periodo;2026-01-01 / 2026-06-30\nservizio;ufficio;indicatore;standard;") {
		t.Errorf("csv:\n%s", b)
	}
	if b, _ := os.ReadFile(pdf); !strings.HasPrefix(string(b), "%PDF") {
		t.Error("no PDF written")
	}
}

// With the standards stored with the content, the charter counts the
// requests the command line filed today: one decided, one still open.
func TestReportCharterOfFiledRequests(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	var codes []string
	for range 2 {
		code, out, stderr := sportello(t, data, "requests", "add", "--kind", "disservizio", "--text", "Buca all'ingresso",
			"--office", "viabilita", "--service", "passo-carrabile", "--json")
		var added struct{ Code string }
		if err := json.Unmarshal([]byte(out), &added); code != 0 || err != nil {
			t.Fatalf("add: %s %v", stderr, err)
		}
		codes = append(codes, added.Code)
	}
	if code, _, stderr := sportello(t, data, "requests", "set", codes[0], "conclusa", "--outcome", "accolta"); code != 0 {
		t.Fatal(stderr)
	}
	today := time.Now().In(hours.Rome).Format("2006-01-02")
	code, out, stderr := sportello(t, data, "report", "charter", "--from", today, "--to", today)
	row := regexp.MustCompile(`passo-carrabile\s+viabilita\s+45 days in 90% of cases\s+1\s+1\s+0\.0\s+0\.0\s+100\.0\s+met\s`)
	if code != 0 || !row.MatchString(out) || !strings.Contains(out, "stato-pratiche") {
		t.Errorf("%d %s %s", code, out, stderr)
	}
}
