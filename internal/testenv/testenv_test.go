package testenv

import "testing"

func TestNeedPassesWhatIsThere(t *testing.T) {
	NeedTools(t, "sh")
	Need(t, true, "never")
}
