package hours

import (
	"sort"

	"sportello/internal/kiosk"
)

// CheckSlots reports the first problem with a day's opening slots: one that
// does not end after it starts, or two that overlap.
func CheckSlots(slots []kiosk.Slot) error {
	for _, s := range slots {
		if s.Close <= s.Open {
			return kiosk.Errorf(kiosk.Invalid, "la fascia %s-%s finisce prima di iniziare", "the slot %s-%s ends before it starts", s.Open, s.Close)
		}
	}
	sorted := append([]kiosk.Slot(nil), slots...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Open < sorted[j].Open })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Open < sorted[i-1].Close {
			a, b := sorted[i-1], sorted[i]
			return kiosk.Errorf(kiosk.Invalid, "le fasce %s-%s e %s-%s si sovrappongono", "the slots %s-%s and %s-%s overlap", a.Open, a.Close, b.Open, b.Close)
		}
	}
	return nil
}
