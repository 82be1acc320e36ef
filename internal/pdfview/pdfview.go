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
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"sportello/internal/kiosk"
)

// Renderer renders PDF pages at DPI dots per inch into CacheDir. Each call
// to poppler is given up after Timeout (15 s when zero): a damaged or huge
// PDF must not keep the screen waiting.
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

// Page returns page n (from 1) as a PNG, rendering it the first time.
func (r Renderer) Page(pdf []byte, n int) ([]byte, error) {
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
	dpi := r.DPI
	if dpi == 0 {
		dpi = 110
	}
	base := filepath.Join(dir, fmt.Sprintf("page-%d-%d", dpi, n))
	if png, err := os.ReadFile(base + ".png"); err == nil {
		return png, nil
	}
	var stderr bytes.Buffer
	cmd, cancel := r.command("pdftoppm", "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(n), "-l", strconv.Itoa(n),
		"-png", "-singlefile", filepath.Join(dir, "document.pdf"), base+".part")
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
