package display

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"sportello/assets"
)

// The design system's colours (DESIGN.md, as app/kit's theme has them).
var (
	blue40  = color.NRGBA{0x00, 0x66, 0xCC, 0xFF} // primary: the header
	blue20  = color.NRGBA{0x00, 0x33, 0x66, 0xFF} // deep sections: the call
	slate20 = color.NRGBA{0x17, 0x32, 0x4D, 0xFF} // body text
	gray96  = color.NRGBA{0xF5, 0xF5, 0xF5, 0xFF} // muted background: every other row
	red50   = color.NRGBA{0xCC, 0x33, 0x4D, 0xFF} // danger: the connection is lost
	white   = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	// lighter is the words beside the call's number: #C5D7F2 on blue-20 is 8.9:1.
	lighter = color.NRGBA{0xC5, 0xD7, 0xF2, 0xFF}
)

// displayTheme is the default light theme in Titillium Web on white. The
// kiosk's theme (app/kit) is made for touch and is not exported; the
// display has no controls, and draws its words at sizes it works out from
// the screen's.
type displayTheme struct{ fyne.Theme }

// Theme is the display's theme.
func Theme() fyne.Theme { return displayTheme{theme.DefaultTheme()} }

var (
	fontRegular = fyne.NewStaticResource("TitilliumWeb-Regular.ttf", assets.FontRegular)
	fontBold    = fyne.NewStaticResource("TitilliumWeb-Bold.ttf", assets.FontBold)
)

func (t displayTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground:
		return white
	case theme.ColorNameForeground:
		return slate20
	}
	return t.Theme.Color(n, theme.VariantLight)
}

func (t displayTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace || s.Symbol:
		return t.Theme.Font(s)
	case s.Bold:
		return fontBold
	}
	return fontRegular
}
