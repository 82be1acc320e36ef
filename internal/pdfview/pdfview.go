// Package pdfview turns the pages of a PDF into images for the screen, with
// poppler's pdftoppm, and keeps them in a cache folder.
package pdfview

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"

	"sportello/internal/kiosk"
)

// Renderer renders PDF pages at DPI dots per inch into CacheDir.
type Renderer struct {
	CacheDir string
	DPI      int
}

// ErrNoRenderer means pdftoppm is not installed: pages cannot be shown,
// though the document can still be printed.
var ErrNoRenderer = kiosk.NewError(kiosk.Unavailable,
	"L'anteprima non è disponibile su questo sportello.", "The preview is not available at this kiosk.")

// Available reports whether pages can be rendered here.
func Available() bool {
	_, a := exec.LookPath("pdftoppm")
	_, b := exec.LookPath("pdfinfo")
	return a == nil && b == nil
}

// folder returns the cache folder of a document, writing the PDF there once.
func (r Renderer) folder(pdf []byte) (string, error) {
	sum := sha256.Sum256(pdf)
	dir := filepath.Join(r.CacheDir, hex.EncodeToString(sum[:12]))
	src := filepath.Join(dir, "document.pdf")
	if _, err := os.Stat(src); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	tmp := src + ".tmp"
	if err := os.WriteFile(tmp, pdf, 0o600); err != nil {
		return "", err
	}
	return dir, os.Rename(tmp, src)
}

var pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// Pages returns how many pages the PDF has.
func (r Renderer) Pages(pdf []byte) (int, error) {
	if !Available() {
		return 0, ErrNoRenderer
	}
	dir, err := r.folder(pdf)
	if err != nil {
		return 0, kiosk.Wrap(err)
	}
	out, err := exec.Command("pdfinfo", filepath.Join(dir, "document.pdf")).Output()
	m := pagesLine.FindSubmatch(out)
	if err != nil || m == nil {
		return 0, &kiosk.Error{Code: kiosk.Unavailable, Message: ErrNoRenderer.Message, Err: fmt.Errorf("pdfinfo: %v", err)}
	}
	return strconv.Atoi(string(m[1]))
}

// Page returns page n (from 1) as a PNG, rendering it the first time.
func (r Renderer) Page(pdf []byte, n int) ([]byte, error) {
	if !Available() {
		return nil, ErrNoRenderer
	}
	dir, err := r.folder(pdf)
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	dpi := r.DPI
	if dpi == 0 {
		dpi = 110
	}
	base := filepath.Join(dir, fmt.Sprintf("page-%d-%d", dpi, n))
	if png, err := os.ReadFile(base + ".png"); err == nil {
		return png, nil
	}
	var stderr bytes.Buffer
	cmd := exec.Command("pdftoppm", "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(n), "-l", strconv.Itoa(n),
		"-png", "-singlefile", filepath.Join(dir, "document.pdf"), base)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, &kiosk.Error{Code: kiosk.Unavailable, Message: ErrNoRenderer.Message, Err: fmt.Errorf("pdftoppm: %v: %s", err, stderr.String())}
	}
	return os.ReadFile(base + ".png")
}
