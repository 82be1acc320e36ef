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

// The fonts again for PDFs in the cp1252 encoding, each as gofpdf's
// definition (JSON) and the font file compressed (.z), which gofpdf loads
// without parsing the font: see fonts/cp1252.sh.
//go:generate sh fonts/cp1252.sh

// FontRegularCP1252 is the regular weight's cp1252 definition.
//
//go:embed fonts/TitilliumWeb_400Regular.json
var FontRegularCP1252 []byte

// FontRegularCP1252Z is the regular weight's font file for FontRegularCP1252.
//
//go:embed fonts/TitilliumWeb_400Regular.z
var FontRegularCP1252Z []byte

// FontBoldCP1252 is the bold weight's cp1252 definition.
//
//go:embed fonts/TitilliumWeb_700Bold.json
var FontBoldCP1252 []byte

// FontBoldCP1252Z is the bold weight's font file for FontBoldCP1252.
//
//go:embed fonts/TitilliumWeb_700Bold.z
var FontBoldCP1252Z []byte

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
