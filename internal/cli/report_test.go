package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
