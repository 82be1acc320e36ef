package app

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
	"sportello/internal/pdfview"
	"sportello/internal/ratings"
	"sportello/internal/requests"
	"sportello/internal/staff"
)

// newUI builds the whole interface as main.go does, on the test driver;
// queues records what SetPrinterQueue was told.
func newUI(t *testing.T, staffMode bool, saved *kiosk.Settings) (*UI, *ratings.Service, *[]string) {
	t.Helper()
	f := kittest.New(t)
	db, now := f.DB, f.Now
	if saved != nil {
		if err := db.SaveSettings(*saved, "admin"); err != nil {
			t.Fatal(err)
		}
	}
	rat := &ratings.Service{Store: db, Content: db.Content, Now: now, Kiosk: "host"}
	var queues []string
	u := New(f.Win, Deps{
		ContentStore: db, Requests: &requests.Service{Store: db, Content: db.Content, Now: now},
		Printer: f.Printer, Direct: f.Printer, PrinterFor: f.Printer.For,
		Lookups: &requests.Limiter{Max: 10, Window: time.Minute, Now: now}, Ratings: rat,
		Staff: &staff.Service{Store: db, Now: now, Cost: bcrypt.MinCost}, Settings: db, Register: db,
		SetPrinterQueue: func(q string) { queues = append(queues, q) }, PrinterQueue: "Ticket",
		Pages: pdfview.Renderer{CacheDir: t.TempDir(), DPI: 40}, Office: "urp-andria",
		StaffMode: staffMode, Catalog: f.Catalog, Now: now, Inline: true,
	})
	return u, rat, &queues
}

// The kiosk starts with the settings an admin saved, in effect on every part.
func TestSavedSettingsTakeEffectAtStart(t *testing.T) {
	saved := kiosk.DefaultSettings()
	saved.KioskName, saved.Office, saved.English, saved.PrinterQueue, saved.IdleSeconds = "Atrio", "urp-trani", false, "Ticket_2", 60
	u, rat, queues := newUI(t, false, &saved)
	if u.Settings().Office != "urp-trani" || u.LangBtn.Visible() || u.IdleAfter != time.Minute {
		t.Errorf("settings at start: office %q, English offered %v, idle %v", u.Settings().Office, u.LangBtn.Visible(), u.IdleAfter)
	}
	if rat.KioskName() != "Atrio" || len(*queues) == 0 || (*queues)[len(*queues)-1] != "Ticket_2" {
		t.Errorf("ratings kiosk %q, printer queues %v", rat.KioskName(), *queues)
	}
}

// With none saved, the flags' values stand.
func TestTheFlagsStandWithNoSavedSettings(t *testing.T) {
	u, rat, queues := newUI(t, false, nil)
	if u.Settings().Office != "urp-andria" || !u.LangBtn.Visible() || rat.KioskName() != "host" {
		t.Errorf("office %q, English offered %v, kiosk %q", u.Settings().Office, u.LangBtn.Visible(), rat.KioskName())
	}
	if len(*queues) > 0 && (*queues)[len(*queues)-1] != "Ticket" {
		t.Errorf("printer queues %v", *queues)
	}
}

// sportello --staff starts on the staff sign-in, above the citizens' home.
func TestStaffModeStartsOnTheSignIn(t *testing.T) {
	u, _, _ := newUI(t, true, nil)
	if u.PageTitle == nil || u.PageTitle.Text != "Accesso del personale" || u.Depth() != 2 {
		t.Errorf("started on %v, %d screens", u.PageTitle, u.Depth())
	}
}

// Only staff mode reaches personal data: the citizen screens and the shell
// import neither the store nor staff mode, and the shell no screen.
func TestOnlyStaffModeReachesPersonalData(t *testing.T) {
	forbidden := map[string][]string{
		"citizen": {"sportello/internal/store", "sportello/internal/staff", "sportello/app/staffmode", "sportello/app"},
		"kit":     {"sportello/internal/store", "sportello/app/citizen", "sportello/app/staffmode", "sportello/app"},
	}
	for dir, banned := range forbidden {
		seen := 0
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no files in %s: %v", dir, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			parsed, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range parsed.Imports {
				seen++
				for _, b := range banned {
					if strings.Trim(imp.Path.Value, `"`) == b {
						t.Errorf("%s imports %s", f, b)
					}
				}
			}
		}
		if seen == 0 {
			t.Errorf("no imports read in %s", dir)
		}
	}
}
