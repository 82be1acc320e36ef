// Command benchtable reads `go test -bench` output and prints each figure's
// median beside its goal: make bench pipes into it.
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"time"
)

// goals are the figures Sportello promises, by benchmark name.
var goals = []struct {
	bench, figure string
	goal          time.Duration
}{
	{"BenchmarkTicketIssue", "ticket issue: transaction + code + QR + PDF", 25 * time.Millisecond},
	{"BenchmarkSearch", "search over 5,000 offices/services/forms/notices", 5 * time.Millisecond},
	{"BenchmarkReportOverAMillionRatings", "satisfaction report over 1,000,000 ratings", 500 * time.Millisecond},
	{"BenchmarkContentImport", "content import of a file with 500 services", time.Second},
	{"BenchmarkStatusLookup", "status lookup by code", 2 * time.Millisecond},
}

var line = regexp.MustCompile(`^(Benchmark\w+?)(-\d+)?\s+\d+\s+([\d.]+) ns/op`)

func main() {
	runs := map[string][]float64{}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		if m := line.FindStringSubmatch(in.Text()); m != nil {
			ns, _ := strconv.ParseFloat(m[3], 64)
			runs[m[1]] = append(runs[m[1]], ns)
		}
	}
	fmt.Println("| figure | median | runs | goal | |")
	fmt.Println("|---|---|---|---|---|")
	failed := false
	for _, g := range goals {
		r := runs[g.bench]
		if len(r) == 0 {
			fmt.Printf("| %s | not run | 0 | ≤ %v | ? |\n", g.figure, g.goal)
			failed = true
			continue
		}
		med := time.Duration(median(r))
		mark := "ok"
		if med > g.goal {
			mark, failed = "OVER", true
		}
		fmt.Printf("| %s | %v | %d | ≤ %v | %s |\n", g.figure, med.Round(10*time.Microsecond), len(r), g.goal, mark)
	}
	if failed {
		os.Exit(1)
	}
}

func median(v []float64) float64 {
	sort.Float64s(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}
