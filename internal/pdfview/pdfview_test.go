package pdfview

import (
	"bytes"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/kiosk"
	"sportello/internal/testenv"
)

func TestRenderAndCache(t *testing.T) {
	testenv.Need(t, Available(), "pdftoppm is missing")
	pdf, err := fs.ReadFile(assets.Demo, "files/statuto.pdf")
	if err != nil {
		t.Fatal(err)
	}
	r := Renderer{CacheDir: t.TempDir(), DPI: 50}
	if n, err := r.Pages(pdf); err != nil || n != 1 {
		t.Fatalf("pages = %d, %v", n, err)
	}
	start := time.Now()
	first, err := r.Page(pdf, 1)
	if err != nil {
		t.Fatal(err)
	}
	rendered := time.Since(start)
	img, err := png.Decode(bytes.NewReader(first))
	if err != nil || img.Bounds().Dx() < 150 {
		t.Fatalf("page image: %v %v", img.Bounds(), err)
	}
	start = time.Now()
	again, _ := r.Page(pdf, 1)
	if !bytes.Equal(first, again) {
		t.Error("the cached page differs")
	}
	t.Logf("rendered in %v, from cache in %v", rendered, time.Since(start))
	if _, err := r.Page(pdf, 9); err == nil {
		t.Error("a page past the end rendered")
	}
}

// A pdftoppm that hangs is given up after the time limit, and a 50 MB PDF is
// not handed to poppler at all: the screen says so, and can go on.
func TestPopplerThatHangsOrAHugePDF(t *testing.T) {
	fake := t.TempDir()
	for _, tool := range []string{"pdfinfo", "pdftoppm"} {
		script := "#!/bin/sh\nexec sleep 600\n"
		if tool == "pdfinfo" {
			script = "#!/bin/sh\necho 'Pages: 3'\n"
		}
		if err := os.WriteFile(filepath.Join(fake, tool), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", fake+":"+os.Getenv("PATH"))
	r := Renderer{CacheDir: t.TempDir(), Timeout: 500 * time.Millisecond}
	started := time.Now()
	if _, err := r.Page([]byte("%PDF-1.4 uno"), 1); err == nil || kiosk.ErrorMessage(err, kiosk.Italian) != ErrTooLarge.Message.It {
		t.Errorf("a hanging pdftoppm: %v", err)
	}
	if took := time.Since(started); took > 3*time.Second {
		t.Errorf("a hanging pdftoppm held the call %v", took)
	}
	huge := bytes.Repeat([]byte("x"), 50<<20)
	started = time.Now()
	if _, err := r.Pages(huge); err != ErrTooLarge || time.Since(started) > time.Second {
		t.Errorf("a 50 MB PDF: %v after %v", err, time.Since(started))
	}
	if _, err := r.Page(huge, 1); err != ErrTooLarge {
		t.Errorf("a page of a 50 MB PDF: %v", err)
	}
}
