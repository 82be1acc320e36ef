package web

import (
	"database/sql"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/store"
	"sportello/internal/store/storebench"
	"sportello/internal/store/testdb"
)

// connections is how many clients the load keeps busy at once.
const connections = 50

// loadFor is how long each server takes the load.
const loadFor = 4 * time.Second

// BenchmarkStatusServer loads the status page at 50 connections over
// loopback, looking up requests among 100,000 in a SQLite file, then a
// plain net/http server answering the same page from the same file with
// one indexed query: see statusServer.
func BenchmarkStatusServer(b *testing.B) { statusServer(b, storebench.SQLite(b, 100_000)) }

// BenchmarkStatusServerPostgres is BenchmarkStatusServer among 10,000
// requests on the PostgreSQL server SPORTELLO_TEST_POSTGRES names.
func BenchmarkStatusServerPostgres(b *testing.B) {
	if os.Getenv(testdb.Variable) == "" {
		b.Skip(testdb.Variable + " names no PostgreSQL server")
	}
	source := testdb.Source(b)
	if err := storebench.Fill(source, 10_000); err != nil {
		b.Fatal(err)
	}
	statusServer(b, source)
}

// statusServer loads Sportello's status server, then the reference, on the
// database source. Each phone has its own budget of lookups, as behind the
// office's proxy: the load comes from 10,000 addresses, none of which
// reaches it. It reports each server's throughput, 99th percentile and
// failures, and Sportello's throughput over the reference's.
func statusServer(b *testing.B, source string) {
	db, err := store.Open(source)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	page, err := db.RequestsPage(kiosk.InboxQuery{Status: kiosk.StatusConcluded, Limit: 1000})
	if err != nil {
		b.Fatal(err)
	}
	var paths []string
	for _, r := range page.Requests {
		paths = append(paths, "/stato?code="+r.Code)
	}
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		b.Fatal(err)
	}
	content := &ContentCache{Store: db, Every: 5 * time.Second, Now: time.Now}
	s := &Server{Requests: &requests.Service{Store: db, Content: content.Content, Now: time.Now}, Catalog: cat,
		Lookups: 1000, Now: time.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}
	ref, closeRef := reference(b, source, cat)
	defer closeRef()
	b.ResetTimer()
	var ours, theirs load
	for range b.N {
		ours = run(b, s.Handler(), paths)
		theirs = run(b, ref, paths)
	}
	b.ReportMetric(ours.perSecond, "req/s")
	b.ReportMetric(ours.p99.Seconds()*1000, "p99-ms")
	b.ReportMetric(float64(ours.failed), "failed")
	b.ReportMetric(theirs.perSecond, "ref-req/s")
	b.ReportMetric(theirs.p99.Seconds()*1000, "ref-p99-ms")
	b.ReportMetric(float64(theirs.failed), "ref-failed")
	b.ReportMetric(ours.perSecond/theirs.perSecond, "ratio")
}

// load is what a run measured.
type load struct {
	perSecond float64
	p99       time.Duration
	failed    int64
}

// run serves handler on loopback and keeps connections clients asking it
// for paths, in turn, for loadFor: each answer must be 200 OK, read whole.
func run(b *testing.B, handler http.Handler, paths []string) load {
	ts := httptest.NewServer(handler)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: connections, MaxConnsPerHost: connections}, Timeout: 5 * time.Second}
	defer client.CloseIdleConnections()
	var failed, next atomic.Int64
	var mu sync.Mutex
	var took []time.Duration
	end := time.Now().Add(loadFor)
	var wg sync.WaitGroup
	for range connections {
		wg.Go(func() {
			var mine []time.Duration
			for time.Now().Before(end) {
				i := next.Add(1)
				req, _ := http.NewRequest("GET", ts.URL+paths[int(i)%len(paths)], nil)
				req.Header.Set("X-Forwarded-For", fmt.Sprintf("10.0.%d.%d", i/250%40, i%250))
				start := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mine = append(mine, time.Since(start))
				if err != nil || resp.StatusCode != http.StatusOK {
					failed.Add(1)
				}
			}
			mu.Lock()
			took = append(took, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(took)
	return load{perSecond: float64(len(took)) / loadFor.Seconds(), p99: took[len(took)*99/100], failed: failed.Load()}
}

// htmlPageIn is the status page in lang as html/template makes it: the
// page the reference writes, and the one statusPage must write byte for byte.
func htmlPageIn(cat *i18n.Catalog, lang kiosk.Lang) (*template.Template, error) {
	text, err := pageText(cat, lang)
	if err != nil {
		return nil, err
	}
	return template.New("status").Parse(text)
}

// reference is a plain net/http server answering the status page from
// source with one indexed query, prepared once.
func reference(b *testing.B, source string, cat *i18n.Catalog) (http.Handler, func()) {
	driver, dsn, query := "sqlite3", "file:"+source+"?_journal_mode=WAL", `SELECT status, outcome, deadline FROM requests WHERE code = ?`
	if store.IsPostgres(source) {
		driver, dsn, query = "pgx", source, `SELECT status, outcome, deadline FROM requests WHERE code = $1`
	}
	raw, err := sql.Open(driver, dsn)
	if err != nil {
		b.Fatal(err)
	}
	stmt, err := raw.Prepare(query)
	if err != nil {
		b.Fatal(err)
	}
	lang := kiosk.Italian
	t := func(id string) string { return cat.T(lang, id, nil) }
	page, err := htmlPageIn(cat, lang)
	if err != nil {
		b.Fatal(err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var status, outcome, deadline string
		code := r.URL.Query().Get("code")
		if err := stmt.QueryRow(code).Scan(&status, &outcome, &deadline); err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		v := statusView{Code: code}.withResult(requests.StatusView{Fields: []requests.Field{
			{Label: t("status.status"), Value: requests.StatusLabel(kiosk.Status(status), kiosk.Outcome(outcome)).In(lang)},
			{Label: t("status.deadline"), Value: deadline}}})
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		page.Execute(w, v)
	}), func() { stmt.Close(); raw.Close() }
}
