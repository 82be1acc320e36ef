// Command benchtable reads `go test -bench` output and prints each figure's
// median beside its goal, its growth over the data sizes and, where the
// benchmark measures one, its ratio to the reference: make bench pipes into it.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// goal is a figure Sportello promises: a benchmark's metric (ns/op, or one
// it reports) at most, or at least, a value; for a benchmark run at data
// sizes, at the largest size, with its growth over the sizes shown.
type goal struct {
	bench, figure, metric string
	most                  bool    // the figure must stay at or under value; else reach it
	value                 float64 // in the metric's unit; ns for ns/op
	readsAll              bool    // it must read all the data: its growth is not held to log(data)
}

const ms = 1e6 // ns

var goals = []goal{
	{"BenchmarkTicketIssue", "ticket issue: transaction + code + QR + PDF", "ns/op", true, 5 * ms, false},
	{"BenchmarkSearch", "search over 5,000 offices/services/forms/notices", "ns/op", true, 5 * ms, false},
	{"BenchmarkReportOverAMillionRatings", "satisfaction report over 1,000,000 ratings in a year", "ns/op", true, 500 * ms, false},
	{"BenchmarkContentImport", "content import of a file with 500 services", "ns/op", true, 1000 * ms, false},
	{"BenchmarkStatusLookup", "status lookup by code among 10,000 (service)", "ns/op", true, 2 * ms, false},
	{"BenchmarkInboxFirstPage", "staff inbox: first page of 50 open", "ns/op", true, 20 * ms, false},
	{"BenchmarkInboxCode", "staff inbox: a tracking code typed", "ns/op", true, 20 * ms, false},
	{"BenchmarkInboxNumber", "staff inbox: part of a number among the concluded", "ns/op", true, 2000 * ms, true},
	{"BenchmarkStatusLookupAtSize", "status lookup by code, with history", "ns/op", true, 1 * ms, false},
	{"BenchmarkRegisterDay", "daily register: a day's registrations", "ns/op", true, 20 * ms, false},
	{"BenchmarkYearReport", "satisfaction report of the last 365 days (reads the year's daily counts)", "ns/op", true, 100 * ms, true},
	{"BenchmarkStatusServer", "status server at 50 connections: req/s", "req/s", false, 0, false},
	{"BenchmarkStatusServer", "status server: p99 (ms)", "p99-ms", true, 50, false},
	{"BenchmarkStatusServer", "status server: failed requests", "failed", true, 0, false},
	{"BenchmarkStatusServer", "status server: throughput over the reference's", "ratio", false, 0.7, false},
	{"BenchmarkStatusServer", "reference net/http server: req/s", "ref-req/s", false, 0, false},
	{"BenchmarkStatusServer", "reference net/http server: p99 (ms)", "ref-p99-ms", true, 50, false},
	{"BenchmarkStatusServerPostgres", "status server on PostgreSQL: req/s", "req/s", false, 0, false},
	{"BenchmarkStatusServerPostgres", "status server on PostgreSQL: p99 (ms)", "p99-ms", true, 50, false},
	{"BenchmarkStatusServerPostgres", "status server on PostgreSQL: failed requests", "failed", true, 0, false},
	{"BenchmarkStatusServerPostgres", "status server on PostgreSQL: throughput over the reference's", "ratio", false, 0.7, false},
}

var line = regexp.MustCompile(`^(Benchmark[^\s/-]+)(/requests=(\d+))?(-\d+)?\s+\d+\s+(.+)$`)

// runs are the values read, by benchmark, size (0 for none) and metric.
type runs map[string]map[int]map[string][]float64

func read(in io.Reader) runs {
	out := runs{}
	s := bufio.NewScanner(in)
	for s.Scan() {
		m := line.FindStringSubmatch(s.Text())
		if m == nil {
			continue
		}
		size, _ := strconv.Atoi(m[3])
		if out[m[1]] == nil {
			out[m[1]] = map[int]map[string][]float64{}
		}
		if out[m[1]][size] == nil {
			out[m[1]][size] = map[string][]float64{}
		}
		f := strings.Fields(m[5])
		for i := 0; i+1 < len(f); i += 2 {
			if v, err := strconv.ParseFloat(f[i], 64); err == nil {
				out[m[1]][size][f[i+1]] = append(out[m[1]][size][f[i+1]], v)
			}
		}
	}
	return out
}

func main() {
	r := read(os.Stdin)
	fmt.Println("| figure | median (by size: requests and ratings) | runs | goal | growth 1k→1M | |")
	fmt.Println("|---|---|---|---|---|---|")
	failed := false
	for _, g := range goals {
		row, ok := g.row(r[g.bench])
		fmt.Println(row)
		failed = failed || !ok
	}
	if failed {
		os.Exit(1)
	}
}

// row is g's line of the table, and whether it meets its goal.
func (g goal) row(sizes map[int]map[string][]float64) (string, bool) {
	var keys []int
	for k := range sizes {
		if len(sizes[k][g.metric]) > 0 {
			keys = append(keys, k)
		}
	}
	sort.Ints(keys)
	want := g.show(g.value)
	if g.most {
		want = "≤ " + want
	} else {
		want = "≥ " + want
	}
	if len(keys) == 0 {
		return fmt.Sprintf("| %s | not run | 0 | %s | | ? |", g.figure, want), false
	}
	var medians []string
	for _, k := range keys {
		m := g.show(median(sizes[k][g.metric]))
		if k > 0 {
			m = fmt.Sprintf("%s: %s", count(k), m)
		}
		medians = append(medians, m)
	}
	last := median(sizes[keys[len(keys)-1]][g.metric])
	ok := g.most && last <= g.value || !g.most && last >= g.value
	mark := "ok"
	switch {
	case !ok && g.most:
		mark = "OVER"
	case !ok:
		mark = "UNDER"
	}
	growth := ""
	if len(keys) > 1 {
		first := median(sizes[keys[0]][g.metric])
		x := last / first
		// log(1,000,000)/log(1,000) = 2: twice the cost for a thousand times the data; noise gets 1.5x more.
		growth = fmt.Sprintf("%.1fx", x)
		switch {
		case g.readsAll:
			growth += " (reads all)"
		case x > 3:
			growth += " (faster than log)"
			mark, ok = "GROWS", false
		}
	}
	return fmt.Sprintf("| %s | %s | %d | %s | %s | %s |", g.figure, strings.Join(medians, ", "), len(sizes[keys[0]][g.metric]), want, growth, mark), ok
}

// show writes a value of g's metric: a duration for ns/op.
func (g goal) show(v float64) string {
	if g.metric != "ns/op" {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	switch {
	case v >= ms:
		return strconv.FormatFloat(v/ms, 'f', 2, 64) + " ms"
	default:
		return strconv.FormatFloat(v/1e3, 'f', 1, 64) + " µs"
	}
}

// count writes a size: 1k, 10k, 100k, 1M.
func count(n int) string {
	switch {
	case n >= 1_000_000:
		return strconv.Itoa(n/1_000_000) + "M"
	case n >= 1_000:
		return strconv.Itoa(n/1_000) + "k"
	}
	return strconv.Itoa(n)
}

func median(v []float64) float64 {
	sort.Float64s(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}
