// Package media finds files that staff bring on a USB stick (a PDF to attach,
// a content file to import) and the folders an export can be written to.
package media

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sportello/internal/kiosk"
)

// Removable are the folders where Debian mounts USB sticks and other media.
var Removable = []string{"/media", "/run/media", "/mnt"}

// Sticks are the folders where a USB stick put into the kiosk is mounted
// (udisks2: /media/USER/STICK or /run/media/USER/STICK; usbmount:
// /media/usb0): the only roots Targets is given for an export, which must
// leave with the stick, never stay on the kiosk's own disk (the home
// folder, /mnt).
var Sticks = []string{"/media", "/run/media"}

// depth is how many folders down Find looks: /media/USER/STICK/folder/file.
const depth = 5

// Find lists the files under roots whose names end with one of exts (case
// does not matter), skipping hidden folders, at most limit of them, sorted.
func Find(roots []string, exts []string, limit int) []string {
	var out []string
	for _, root := range roots {
		base := strings.Count(filepath.Clean(root), string(filepath.Separator))
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil || len(out) >= limit:
				return filepath.SkipDir
			case d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || strings.Count(path, string(filepath.Separator))-base >= depth):
				return filepath.SkipDir
			case !d.IsDir() && hasExt(d.Name(), exts):
				out = append(out, path)
			}
			return nil
		})
	}
	sort.Strings(out)
	return out
}

func hasExt(name string, exts []string) bool {
	for _, e := range exts {
		if strings.HasSuffix(strings.ToLower(name), e) {
			return true
		}
	}
	return false
}

// MaxPDF is the largest PDF a form or document may be.
const MaxPDF = 20 << 20

// ReadPDF reads a PDF to attach, refusing what is not a PDF or is too large.
func ReadPDF(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, kiosk.Errorf(kiosk.NotFound, "Non trovo più %s: la chiavetta è stata tolta?", "%s is gone: was the USB stick removed?", filepath.Base(path))
	}
	if info.Size() > MaxPDF {
		return nil, kiosk.Errorf(kiosk.Invalid, "%s è troppo grande (più di 20 MB).", "%s is too large (over 20 MB).", filepath.Base(path))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, kiosk.Errorf(kiosk.Unavailable, "Non riesco a leggere %s.", "Cannot read %s.", filepath.Base(path))
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		return nil, kiosk.Errorf(kiosk.Invalid, "%s non è un PDF.", "%s is not a PDF.", filepath.Base(path))
	}
	return b, nil
}

// maxTargets is how many folders Targets offers at most.
const maxTargets = 50

// Targets lists the folders an export can go to: each mounted medium under
// roots (ROOT/STICK and ROOT/USER/STICK) that can be written, sorted; hidden
// folders are left out.
func Targets(roots []string) []string {
	var out []string
	for _, root := range roots {
		for _, pattern := range []string{"*", "*/*"} {
			dirs, _ := filepath.Glob(filepath.Join(root, pattern))
			for _, d := range dirs {
				if len(out) < maxTargets && !strings.Contains(strings.TrimPrefix(d, root), "/.") && writable(d) {
					out = append(out, d)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func writable(dir string) bool {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return false
	}
	f, err := os.CreateTemp(dir, ".sportello-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// WriteFile writes data to name, making its folder; a failure says what a
// clerk can check.
func WriteFile(name string, data []byte) error {
	err := os.MkdirAll(filepath.Dir(name), 0o755)
	if err == nil {
		err = os.WriteFile(name, data, 0o644)
	}
	if err != nil {
		e := kiosk.Errorf(kiosk.Unavailable, "Non riesco a scrivere %s: la chiavetta è piena, protetta o è stata tolta?",
			"Cannot write %s: is the USB stick full, write-protected or removed?", name)
		e.Err = err
		return e
	}
	return nil
}
