// Package datadir finds and makes the folder where Sportello keeps its database.
package datadir

import (
	"os"
	"path/filepath"
)

// Resolve returns the data folder: flag when given, else $SPORTELLO_DATA, else
// $XDG_DATA_HOME/sportello, else ~/.local/share/sportello. It makes the folder
// (mode 0700) when missing.
func Resolve(flag string, getenv func(string) string) (string, error) {
	dir := flag
	if dir == "" {
		dir = getenv("SPORTELLO_DATA")
	}
	if dir == "" {
		base := getenv("XDG_DATA_HOME")
		if base == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", err
			}
			base = filepath.Join(home, ".local", "share")
		}
		dir = filepath.Join(base, "sportello")
	}
	return dir, os.MkdirAll(dir, 0o700)
}

// Database returns the path of the database file in dir.
func Database(dir string) string { return filepath.Join(dir, "sportello.db") }
