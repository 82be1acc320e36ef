// Package pdf starts PDF documents with the design system's typeface,
// Titillium Web, embedded so that à è é ì ò ù and € print.
package pdf

import (
	"github.com/jung-kurt/gofpdf"

	"sportello/assets"
)

// Family is the font family name to use with SetFont; styles "" and "B" exist.
const Family = "Titillium"

// New returns a document of the given page size in millimetres with the
// UTF-8 fonts registered, which write any text; see Doc for a faster start.
func New(width, height float64) *gofpdf.Fpdf {
	f := start(width, height)
	f.AddUTF8FontFromBytes(Family, "", assets.FontRegular)
	f.AddUTF8FontFromBytes(Family, "B", assets.FontBold)
	f.SetFont(Family, "", 11)
	return f
}

// A4 returns an A4 portrait document with the fonts registered.
func A4() *gofpdf.Fpdf { return New(210, 297) }

// start returns a document of the given page size in millimetres, no font
// registered yet.
func start(width, height float64) *gofpdf.Fpdf {
	f := gofpdf.NewCustom(&gofpdf.InitType{
		UnitStr: "mm",
		Size:    gofpdf.SizeType{Wd: width, Ht: height},
	})
	f.SetCreator("Sportello", true)
	f.SetCompression(true)
	return f
}
