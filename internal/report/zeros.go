package report

import (
	"slices"

	"sportello/internal/kiosk"
)

// EveryValue is the report's counts with every value of each scale in it,
// and of the scales given (the one the kiosk asks with now), 0 where no
// rating had that value: a chart shows the whole scale, not only the values
// given. By scale, then value.
func (r Report) EveryValue(scales ...int) []ValueCount {
	scales = slices.Clone(scales)
	got := map[[2]int]int{}
	for _, v := range r.Counts {
		got[[2]int{v.Scale, v.Value}] += v.Count
		if !slices.Contains(scales, v.Scale) {
			scales = append(scales, v.Scale)
		}
	}
	slices.Sort(scales)
	var out []ValueCount
	for _, s := range slices.Compact(scales) {
		for v := 1; v <= s; v++ {
			out = append(out, ValueCount{s, v, got[[2]int{s, v}]})
		}
	}
	return out
}

// EveryReason is the report's reasons, most given first, then every other
// reason a citizen is offered with 0, in the order offered.
func (r Report) EveryReason() []ReasonCount {
	out := slices.Clone(r.Reasons)
	for _, reason := range kiosk.RatingReasons {
		if !slices.ContainsFunc(out, func(m ReasonCount) bool { return m.Reason == reason }) {
			out = append(out, ReasonCount{reason, 0})
		}
	}
	return out
}
