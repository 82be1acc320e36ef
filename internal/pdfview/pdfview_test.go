package pdfview

import (
	"bytes"
	"image/png"
	"io/fs"
	"os"
	"testing"
	"time"

	"sportello/assets"
)

func TestRenderAndCache(t *testing.T) {
	if !Available() {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftoppm is missing: make test installs poppler-utils")
		}
		t.Skip("pdftoppm is missing")
	}
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
