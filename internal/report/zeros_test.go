package report

import (
	"fmt"
	"testing"
)

func TestEveryValueAndReasonShowZeros(t *testing.T) {
	r := Report{
		Counts:  []ValueCount{{3, 3, 4}, {4, 1, 2}, {4, 4, 1}},
		Reasons: []ReasonCount{{"orari", 2}, {"attesa", 1}},
	}
	cases := []struct {
		name   string
		scales []int
		want   string
	}{
		{"the scales in the report", nil, "[{3 1 0} {3 2 0} {3 3 4} {4 1 2} {4 2 0} {4 3 0} {4 4 1}]"},
		{"and the one asked now", []int{5}, "[{3 1 0} {3 2 0} {3 3 4} {4 1 2} {4 2 0} {4 3 0} {4 4 1} {5 1 0} {5 2 0} {5 3 0} {5 4 0} {5 5 0}]"},
		{"a scale already there once", []int{4}, "[{3 1 0} {3 2 0} {3 3 4} {4 1 2} {4 2 0} {4 3 0} {4 4 1}]"},
	}
	for _, c := range cases {
		if got := fmt.Sprint(r.EveryValue(c.scales...)); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	if got := fmt.Sprint(Report{}.EveryValue(3)); got != "[{3 1 0} {3 2 0} {3 3 0}]" {
		t.Errorf("no ratings: %s", got)
	}
	want := "[{orari 2} {attesa 1} {cortesia 0} {competenza 0} {chiarezza 0} {accessibilita 0} {altro 0}]"
	if got := fmt.Sprint(r.EveryReason()); got != want {
		t.Errorf("reasons %s, want %s", got, want)
	}
}
