package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/testenv"
)

// chromium runs Debian's Chromium headless with the flags this machine's
// closed network needs, adding args.
func chromium(t *testing.T, args ...string) string {
	t.Helper()
	testenv.NeedTools(t, "chromium")
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + t.TempDir()}
	out, err := exec.CommandContext(ctx, bin, append(flags, args...)...).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	return string(out)
}

// A phone's browser opens the page the ticket's QR points to and shows the
// status, in the page's language, without running any script.
func TestStatusPageInChromium(t *testing.T) {
	ts, r := newServer(t)
	dom := chromium(t, "--accept-lang=it-IT,it", "--dump-dom", ts.URL+"/?code="+r.Code)
	for _, want := range []string{`<html lang="it">`, "Provincia di Barletta-Andria-Trani", "Stato della mia richiesta", r.Protocol.String(),
		"In lavorazione", "Stiamo verificando gli orari."} {
		if !strings.Contains(dom, want) {
			t.Errorf("Chromium's page lacks %q", want)
		}
	}
	if strings.Contains(dom, "Anna") {
		t.Error("Chromium's page shows the citizen's name")
	}
	if dom := chromium(t, "--accept-lang=en-GB,en", "--dump-dom", ts.URL+"/?code="+r.Code); !strings.Contains(dom, "In progress") {
		t.Error("an English browser does not get the page in English")
	}
	if shot := os.Getenv("SPORTELLO_WEB_SCREENSHOT"); shot != "" { // to look at the page: a phone's width
		abs, _ := filepath.Abs(shot)
		chromium(t, "--screenshot="+abs, "--window-size=412,915", "--hide-scrollbars", ts.URL+"/?code="+r.Code)
	}
}
