package kiosk

import "testing"

func TestCheckTransition(t *testing.T) {
	cases := []struct {
		name     string
		from, to Status
		outcome  Outcome
		code     Code // "" when allowed
	}{
		{"received to assigned", StatusReceived, StatusAssigned, "", ""},
		{"assigned to in progress", StatusAssigned, StatusInProgress, "", ""},
		{"in progress to suspended", StatusInProgress, StatusSuspended, "", ""},
		{"suspended back to work", StatusSuspended, StatusInProgress, "", ""},
		{"concluded with an outcome", StatusInProgress, StatusConcluded, OutcomePartial, ""},
		{"archived as duplicate", StatusReceived, StatusArchived, OutcomeDuplicate, ""},
		{"concluded without outcome", StatusInProgress, StatusConcluded, "", Invalid},
		{"archived with a conclusion's outcome", StatusReceived, StatusArchived, OutcomeAccepted, Invalid},
		{"outcome on a plain status", StatusReceived, StatusAssigned, OutcomeAccepted, Invalid},
		{"received cannot be suspended", StatusReceived, StatusSuspended, "", Conflict},
		{"concluded is final", StatusConcluded, StatusInProgress, "", Conflict},
		{"archived is final", StatusArchived, StatusReceived, "", Conflict},
		{"unknown status", StatusReceived, "persa", "", Invalid},
		{"back to received is not a move", StatusAssigned, StatusReceived, "", Conflict},
	}
	for _, c := range cases {
		err := CheckTransition(c.from, c.to, c.outcome)
		if (c.code == "" && err != nil) || (c.code != "" && ErrorCode(err) != c.code) {
			t.Errorf("%s: %v, want code %q", c.name, err, c.code)
		}
	}
}

func TestOpen311AndLabels(t *testing.T) {
	for _, s := range Statuses {
		want := "open"
		if s == StatusConcluded || s == StatusArchived {
			want = "closed"
		}
		if s.Open311() != want || s.Label().It == "" || s.Label().En == "" {
			t.Errorf("%s: open311 %s, label %v", s, s.Open311(), s.Label())
		}
		for _, o := range Outcomes(s) {
			if o.Label().It == "" {
				t.Errorf("outcome %s has no label", o)
			}
		}
	}
	if (Protocol{Year: 2026, Number: 123}).String() != "2026/0000123" || (Protocol{Prefix: "URP", Year: 2026, Number: 123}).String() != "URP-2026/0000123" {
		t.Error(Protocol{Year: 2026, Number: 123}.String())
	}
}
