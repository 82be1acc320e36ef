package pdfview

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/kiosk"
	"sportello/internal/testenv"
)

// A page is rendered as wide as asked, its white margins left out so that
// its text is larger, at no more than the renderer's DPI; then it comes from
// the cache.
func TestRenderToAWidthAndCache(t *testing.T) {
	testenv.Need(t, Available(), "pdftoppm is missing")
	pdf, err := fs.ReadFile(assets.Demo, "files/statuto.pdf")
	if err != nil {
		t.Fatal(err)
	}
	r := Renderer{CacheDir: t.TempDir()}
	if n, err := r.Pages(pdf); err != nil || n != 1 {
		t.Fatalf("pages = %d, %v", n, err)
	}
	start := time.Now()
	first, err := r.Page(pdf, 1, 900)
	if err != nil {
		t.Fatal(err)
	}
	rendered := time.Since(start)
	img, err := png.Decode(bytes.NewReader(first))
	if err != nil || img.Bounds().Dx() != 900 {
		t.Fatalf("page image: %v %v, want 900 wide", img.Bounds(), err)
	}
	// the text starts 20 mm in: 85 px at the 109 DPI that fit the whole sheet to 900 px
	if left := firstInk(img); left > 50 {
		t.Errorf("the text starts %d px in: the page's margins were not left out", left)
	}
	start = time.Now()
	again, _ := r.Page(pdf, 1, 900)
	if !bytes.Equal(first, again) {
		t.Error("the cached page differs")
	}
	t.Logf("rendered in %v, from cache in %v", rendered, time.Since(start))
	if _, err := r.Page(pdf, 9, 900); err == nil {
		t.Error("a page past the end rendered")
	}
	capped := Renderer{CacheDir: t.TempDir(), DPI: 50}
	small, err := capped.Page(pdf, 1, 2000)
	if img, _ := png.Decode(bytes.NewReader(small)); err != nil || img == nil || img.Bounds().Dx() > 414 {
		t.Errorf("at most 50 DPI: %v", err)
	}
}

// firstInk is the first column of img with something printed in it.
func firstInk(img image.Image) int {
	b := img.Bounds()
	for x := b.Min.X; x < b.Max.X; x++ {
		for y := b.Min.Y; y < b.Max.Y; y++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < white {
				return x - b.Min.X
			}
		}
	}
	return b.Dx()
}

// The printed part of a page is found with an edge around it; a margin
// wider than maxCrop is cut to it; a blank page is shown whole.
func TestPrintedPart(t *testing.T) {
	page := func(ink image.Rectangle) []byte {
		img := image.NewGray(image.Rect(0, 0, 240, 240)) // 10 by 10 inches at probeDPI
		draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
		draw.Draw(img, ink, image.Black, image.Point{}, draw.Src)
		var b bytes.Buffer
		png.Encode(&b, img)
		return b.Bytes()
	}
	for name, c := range map[string]struct {
		ink  image.Rectangle
		want box
	}{
		"margins of 1 inch":   {image.Rect(24, 24, 216, 216), box{1 - 1.0/24 - edge, 1 - 1.0/24 - edge, 8 + 2.0/24 + 2*edge, 8 + 2.0/24 + 2*edge}},
		"a line at the top":   {image.Rect(0, 0, 240, 1), box{0, 0, 10, 10 - 10*maxCrop}},
		"a blank page":        {image.Rectangle{}, box{0, 0, 10, 10}},
		"ink to the very end": {image.Rect(0, 0, 240, 240), box{0, 0, 10, 10}},
	} {
		got, err := printed(page(c.ink))
		if err != nil || math.Abs(got.left-c.want.left) > 1e-9 || math.Abs(got.top-c.want.top) > 1e-9 ||
			math.Abs(got.width-c.want.width) > 1e-9 || math.Abs(got.height-c.want.height) > 1e-9 {
			t.Errorf("%s: %+v, want %+v (%v)", name, got, c.want, err)
		}
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
	if _, err := r.Page([]byte("%PDF-1.4 uno"), 1, 800); err == nil || kiosk.ErrorMessage(err, kiosk.Italian) != ErrTooLarge.Message.It {
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
	if _, err := r.Page(huge, 1, 800); err != ErrTooLarge {
		t.Errorf("a page of a 50 MB PDF: %v", err)
	}
}
