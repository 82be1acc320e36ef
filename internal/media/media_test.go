package media

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sportello/internal/kiosk"
)

func write(t *testing.T, path, data string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	a := write(t, filepath.Join(root, "mario", "USB", "Modulo.PDF"), "%PDF-1.4")
	b := write(t, filepath.Join(root, "mario", "USB", "moduli", "accesso.pdf"), "%PDF-1.4")
	write(t, filepath.Join(root, "mario", "USB", ".Trash", "vecchio.pdf"), "%PDF-1.4")
	write(t, filepath.Join(root, "mario", "USB", "note.txt"), "no")
	write(t, filepath.Join(root, "1", "2", "3", "4", "5", "6", "profondo.pdf"), "%PDF-1.4")
	got := Find([]string{root, filepath.Join(root, "assente")}, []string{".pdf"}, 10)
	if strings.Join(got, "\n") != strings.Join([]string{a, b}, "\n") {
		t.Errorf("found %v", got)
	}
	if got := Find([]string{root}, []string{".pdf"}, 1); len(got) != 1 {
		t.Errorf("limit 1 found %v", got)
	}
}

func TestReadPDF(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		data string
		code kiosk.Code
	}{
		{"modulo.pdf", "%PDF-1.7\n...", ""},
		{"finto.pdf", "<html>", kiosk.Invalid},
		{"grande.pdf", "%PDF-" + strings.Repeat("x", MaxPDF), kiosk.Invalid},
	}
	for _, tt := range tests {
		_, err := ReadPDF(write(t, filepath.Join(dir, tt.name), tt.data))
		if kiosk.ErrorCode(err) != tt.code && !(tt.code == "" && err == nil) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	if _, err := ReadPDF(filepath.Join(dir, "tolto.pdf")); kiosk.ErrorCode(err) != kiosk.NotFound {
		t.Errorf("a missing file: %v", err)
	}
}

func TestTargets(t *testing.T) {
	root := t.TempDir()
	stick := filepath.Join(root, "mario", "USB")
	os.MkdirAll(stick, 0o755)
	write(t, filepath.Join(root, "file.txt"), "not a folder")
	got := Targets([]string{root, "/nonexistent"})
	if strings.Join(got, " ") != filepath.Join(root, "mario")+" "+stick {
		t.Errorf("targets %v", got)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "a", "b.csv"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(filepath.Join(dir, "a", "b.csv", "c"), []byte("x")); kiosk.ErrorCode(err) != kiosk.Unavailable {
		t.Errorf("writing under a file: %v", err)
	}
}

// An export goes only where USB sticks are mounted: not the home folder,
// not /mnt, which is the kiosk's own disk as often as not.
func TestSticksAreRemovableMediaOnly(t *testing.T) {
	home, _ := os.UserHomeDir()
	for _, root := range Sticks {
		if root == "/mnt" || root == home || !strings.HasPrefix(root, "/media") && !strings.HasPrefix(root, "/run/media") {
			t.Errorf("exports may go to %s", root)
		}
	}
	if len(Sticks) == 0 {
		t.Error("no folder for USB sticks")
	}
}
