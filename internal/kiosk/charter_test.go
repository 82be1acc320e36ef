package kiosk

import "testing"

func TestLabels(t *testing.T) {
	for _, c := range []struct {
		term   Term
		it, en string
	}{
		{Term{Days: 30}, "30 giorni", "30 days"},
		{Term{Days: 1}, "1 giorno", "1 day"},
		{Term{Days: 5, Working: true}, "5 giorni lavorativi", "5 working days"},
		{Term{Days: 1, Working: true}, "1 giorno lavorativo", "1 working day"},
	} {
		if l := c.term.Label(); l.It != c.it || l.En != c.en {
			t.Errorf("%+v: %+v", c.term, l)
		}
		var back Term
		if err := back.UnmarshalText([]byte(c.it)); err != nil || back != c.term {
			t.Errorf("%q read back as %+v %v", c.it, back, err)
		}
	}
	st := Standard{Target: Term{Days: 30}, Threshold: 95}
	if l := st.Label(); l.It != "30 giorni nel 95% dei casi" || l.En != "30 days in 95% of cases" {
		t.Errorf("standard %+v", l)
	}
}

func TestTermWrittenWrongly(t *testing.T) {
	for _, s := range []string{"30", "trenta giorni", "30 giorni feriali", "30 days", "-5 giorni", "99999999999999999999 giorni"} {
		var term Term
		if err := term.UnmarshalText([]byte(s)); ErrorCode(err) != Invalid {
			t.Errorf("%q read as %+v, %v", s, term, err)
		}
	}
}
