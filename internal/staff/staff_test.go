package staff

import (
	"errors"
	"slices"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

func TestCheckSecret(t *testing.T) {
	for s, ok := range map[string]bool{
		"123456": true, "12345": false, "correct horse": true, "short": false, "abcdefghi": false, "abcdefghij": true, "": false,
	} {
		if err := CheckSecret(s); (err == nil) != ok {
			t.Errorf("CheckSecret(%q) = %v", s, err)
		}
	}
}

func TestSignInAndLockout(t *testing.T) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	s := &Service{Store: db, Now: func() time.Time { return now }, Cost: bcrypt.MinCost}
	if err := s.Add("mrossi", kiosk.RoleOperator, "246810", "admin"); err != nil {
		t.Fatal(err)
	}
	if err := s.Add("mrossi", kiosk.RoleAdmin, "246810", "admin"); kiosk.ErrorCode(err) != kiosk.Conflict {
		t.Errorf("duplicate user: %v", err)
	}
	if a, err := s.SignIn("mrossi", "246810"); err != nil || a.Role != kiosk.RoleOperator {
		t.Fatalf("sign-in: %v", err)
	}
	if _, err := s.SignIn("nobody", "246810"); kiosk.ErrorCode(err) != kiosk.Denied {
		t.Errorf("unknown user: %v", err)
	}
	for round, lock := range []time.Duration{5 * time.Minute, 10 * time.Minute} {
		for range MaxFailures {
			if _, err := s.SignIn("mrossi", "000000"); kiosk.ErrorCode(err) != kiosk.Denied {
				t.Fatalf("wrong PIN: %v", err)
			}
		}
		if _, err := s.SignIn("mrossi", "246810"); kiosk.ErrorCode(err) != kiosk.TooMany {
			t.Fatalf("round %d: the right PIN while locked: %v", round, err)
		}
		now = now.Add(lock - time.Second)
		if _, err := s.SignIn("mrossi", "246810"); kiosk.ErrorCode(err) != kiosk.TooMany {
			t.Fatalf("round %d: still locked a second before %v: %v", round, lock, err)
		}
		now = now.Add(time.Second)
	}
	if _, err := s.SignIn("mrossi", "246810"); err != nil {
		t.Errorf("after the lock: %v", err)
	}
}

// An unknown user costs about the time of a wrong password: the time does
// not tell which names exist. (A ratio, not a time: it holds on a slow machine.)
func TestAnUnknownUserCostsAWrongPassword(t *testing.T) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := &Service{Store: db, Now: time.Now, Cost: bcrypt.DefaultCost}
	if err := s.Add("mrossi", kiosk.RoleOperator, "246810", "admin"); err != nil {
		t.Fatal(err)
	}
	median := func(user string) time.Duration {
		var ds []time.Duration
		for range 3 {
			started := time.Now()
			s.SignIn(user, "000000")
			ds = append(ds, time.Since(started))
		}
		slices.Sort(ds)
		return ds[1]
	}
	unknown, wrong := median("nessuno"), median("mrossi")
	if unknown*3 < wrong {
		t.Errorf("an unknown user takes %v, a wrong password %v", unknown, wrong)
	}
}

// failingLog is a store whose sign-in log cannot be written.
type failingLog struct{ *store.DB }

func (failingLog) LogStaff(string, string, time.Time) error { return errors.New("disk full") }

// A sign-in the log cannot record does not happen.
func TestASignInTheLogCannotRecordFails(t *testing.T) {
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := &Service{Store: db, Now: time.Now, Cost: bcrypt.MinCost}
	s.Add("mrossi", kiosk.RoleOperator, "246810", "admin")
	s.Store = failingLog{db}
	for _, c := range []struct{ user, secret string }{{"mrossi", "246810"}, {"mrossi", "000000"}, {"nessuno", "000000"}} {
		if _, err := s.SignIn(c.user, c.secret); kiosk.ErrorCode(err) != kiosk.Internal {
			t.Errorf("%s/%s with no log: %v", c.user, c.secret, err)
		}
	}
}
