// Package pdfview turns the pages of a PDF into images for the screen, with
// poppler's pdftoppm, and keeps them in a cache folder.
package pdfview

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"sportello/internal/kiosk"
)

// Renderer renders PDF pages into CacheDir, at most DPI dots per inch (300
// when zero). Each call to poppler is given up after Timeout (15 s when
// zero): a damaged or huge PDF must not keep the screen waiting.
type Renderer struct {
	CacheDir string
	DPI      int
	Timeout  time.Duration
}

// MaxBytes is the largest PDF shown as a preview; a larger one can still be printed.
const MaxBytes = 20 << 20

// ErrTooLarge is the answer for a PDF over MaxBytes or one poppler gives up on in time.
var ErrTooLarge = kiosk.NewError(kiosk.Unavailable,
	"Questo documento è troppo grande per l'anteprima: può stamparlo o scaricarlo.",
	"This document is too large for the preview: you may print or download it.")

// command prepares a poppler command that is killed after the time limit.
func (r Renderer) command(name string, args ...string) (*exec.Cmd, context.CancelFunc) {
	timeout := r.Timeout
	if timeout == 0 {
		timeout = 15 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.WaitDelay = time.Second // a child that keeps the pipes open does not hold us
	return cmd, cancel
}

// failed says why poppler did not answer: too large when it ran out of time.
func failed(cmd *exec.Cmd, what string, err error, stderr string) error {
	if cmd.ProcessState != nil && !cmd.ProcessState.Exited() || errors.Is(err, context.DeadlineExceeded) {
		return &kiosk.Error{Code: kiosk.Unavailable, Message: ErrTooLarge.Message, Err: fmt.Errorf("%s: given up after the time limit: %v", what, err)}
	}
	return &kiosk.Error{Code: kiosk.Unavailable, Message: ErrNoRenderer.Message, Err: fmt.Errorf("%s: %v: %s", what, err, stderr)}
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
	if len(pdf) > MaxBytes {
		return 0, ErrTooLarge
	}
	dir, err := r.folder(pdf)
	if err != nil {
		return 0, kiosk.Wrap(err)
	}
	cmd, cancel := r.command("pdfinfo", filepath.Join(dir, "document.pdf"))
	defer cancel()
	out, err := cmd.Output()
	m := pagesLine.FindSubmatch(out)
	if err != nil {
		return 0, failed(cmd, "pdfinfo", err, "")
	}
	if m == nil {
		return 0, &kiosk.Error{Code: kiosk.Unavailable, Message: ErrNoRenderer.Message, Err: fmt.Errorf("pdfinfo said no page count")}
	}
	return strconv.Atoi(string(m[1]))
}

// Page returns page n (from 1) as a PNG width pixels wide, rendering it the
// first time: the printed part of the page fills the width, with a thin
// white edge, so that its text is as large as the screen allows. The white
// margins of the sheet are left out, up to maxCrop of it on each side.
func (r Renderer) Page(pdf []byte, n, width int) ([]byte, error) {
	if !Available() {
		return nil, ErrNoRenderer
	}
	if len(pdf) > MaxBytes {
		return nil, ErrTooLarge
	}
	dir, err := r.folder(pdf)
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	most := r.DPI
	if most == 0 {
		most = maxDPI
	}
	probe, err := r.render(dir, n, probeDPI, "probe", nil)
	if err != nil {
		return nil, err
	}
	box, err := printed(probe)
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	dpi := min(float64(most), max(1, float64(width)/box.width))
	crop := []string{"-x", px(box.left, dpi), "-y", px(box.top, dpi), "-W", px(box.width, dpi), "-H", px(box.height, dpi)}
	return r.render(dir, n, dpi, fmt.Sprintf("w%d-max%d", width, most), crop)
}

const (
	maxDPI   = 300 // the sharpest a page is rendered at, however large it is shown
	probeDPI = 24  // enough to find the printed part of a page
)

func px(inches, dpi float64) string { return strconv.Itoa(int(math.Round(inches * dpi))) }

// render renders page n at dpi, cropped when crop is given, into the
// document's cache folder as page-N-NAME.png.
func (r Renderer) render(dir string, n int, dpi float64, name string, crop []string) ([]byte, error) {
	base := filepath.Join(dir, fmt.Sprintf("page-%d-%s", n, name))
	if png, err := os.ReadFile(base + ".png"); err == nil {
		return png, nil
	}
	var stderr bytes.Buffer
	args := append([]string{"-r", strconv.FormatFloat(dpi, 'f', 3, 64), "-f", strconv.Itoa(n), "-l", strconv.Itoa(n)}, crop...)
	cmd, cancel := r.command("pdftoppm", append(args, "-png", "-singlefile", filepath.Join(dir, "document.pdf"), base+".part")...)
	defer cancel()
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		os.Remove(base + ".part.png")
		return nil, failed(cmd, "pdftoppm", err, stderr.String())
	}
	if err := os.Rename(base+".part.png", base+".png"); err != nil { // a page cut short is never cached
		return nil, kiosk.Wrap(err)
	}
	return os.ReadFile(base + ".png")
}
