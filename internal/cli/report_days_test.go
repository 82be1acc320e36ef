package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/datadir"
	"sportello/internal/kiosk"
	"sportello/internal/store"
)

// ratingsData is a data folder with the demo content, in a temporary
// folder, and its database open to add ratings to: close it before running
// a command.
func ratingsData(t *testing.T) (tmp, data string, db *store.DB) {
	tmp = t.TempDir()
	data = filepath.Join(tmp, "data")
	sportello(t, data, "content", "export") // creates the database with the demo content
	db, err := store.Open(datadir.Database(data))
	if err != nil {
		t.Fatal(err)
	}
	return tmp, data, db
}

// --days reports the last days up to today, as the staff's reports screen does.
func TestReportTheLastDays(t *testing.T) {
	tmp, data, db := ratingsData(t)
	for _, at := range []time.Time{time.Now(), time.Now().AddDate(0, 0, -20), time.Now().AddDate(0, 0, -40)} {
		db.AddRating(&kiosk.Rating{Office: "urp-andria", Scale: 3, Value: 3, At: at})
	}
	db.Close()
	csv := filepath.Join(tmp, "r.csv")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--days", "30"}, 0, "2 ratings"},
		{[]string{"--days", "90"}, 0, "3 ratings"},
		{[]string{"--days", "30", "--from", "2026-11-01"}, 2, "usage"},
		{[]string{"--days", "-1"}, 2, "usage"},
		{[]string{"--from", "2026-11-01"}, 2, "usage"},
	} {
		args := append([]string{"report", "ratings", "--format", "csv", "-o", csv}, c.args...)
		if code, out, stderr := sportello(t, data, args...); code != c.code || !strings.Contains(out+stderr, c.want) {
			t.Errorf("%v: %d %q %q", c.args, code, out, stderr)
		}
	}
}
