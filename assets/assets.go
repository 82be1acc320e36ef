// Package assets embeds the files Sportello ships: the Titillium Web fonts,
// the translations, the icon and the demo content.
package assets

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
)

//go:generate go run ./demo/generate.go

//go:embed fonts/TitilliumWeb_400Regular.ttf
var FontRegular []byte

//go:embed fonts/TitilliumWeb_700Bold.ttf
var FontBold []byte

//go:embed icon.png
var Icon []byte

//go:embed faces/*.svg
var faces embed.FS

// Face returns the SVG of face n of 5, from 1 (very unhappy) to 5 (very happy).
func Face(n int) []byte {
	b, _ := faces.ReadFile("faces/face-" + string(rune('0'+n)) + ".svg")
	return b
}

//go:embed i18n/*.json
var translations embed.FS

// Translations holds one JSON catalogue a language: it.json, en.json, and
// fyne-it.json for the toolkit's own words.
var Translations, _ = fs.Sub(translations, "i18n")

//go:embed demo/content.yaml demo/files
var demo embed.FS

// Demo holds the demo content file, content.yaml, and the PDFs it names.
var Demo, _ = fs.Sub(demo, "demo")

// DemoFile is the name of the demo content file in Demo.
const DemoFile = "content.yaml"

// DemoDigest is the SHA-256 of every file in Demo, names included, in hex:
// it changes whenever the demo content does.
func DemoDigest() string {
	h := sha256.New()
	fs.WalkDir(Demo, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(Demo, path)
		fmt.Fprintf(h, "%s %d\n", path, len(b))
		h.Write(b)
		return err
	})
	return hex.EncodeToString(h.Sum(nil))
}
