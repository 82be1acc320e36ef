package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"sportello/assets"
)

// The design system's colours (design-tokens-italia).
var (
	colorPrimary   = color.NRGBA{0x00, 0x66, 0xCC, 0xFF} // blue-40
	colorPrimaryDk = color.NRGBA{0x00, 0x33, 0x66, 0xFF} // blue-20
	colorText      = color.NRGBA{0x17, 0x32, 0x4D, 0xFF} // slate-20
	colorMuted     = color.NRGBA{0xF5, 0xF5, 0xF5, 0xFF} // gray-96
	colorDanger    = color.NRGBA{0xCC, 0x33, 0x4D, 0xFF} // red-50
	colorWhite     = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	colorSeparator = color.NRGBA{0xD9, 0xDA, 0xDB, 0xFF}
	colorPressed   = color.NRGBA{0xD9, 0xE8, 0xF7, 0xFF} // a light blue: a pressed row shows it at once
	colorSuccess   = color.NRGBA{0x00, 0x80, 0x55, 0xFF} // emerald-25
	colorWarning   = color.NRGBA{0x99, 0x5C, 0x00, 0xFF} // orange-30
	fontRegular    = fyne.NewStaticResource("TitilliumWeb-Regular.ttf", assets.FontRegular)
	fontBold       = fyne.NewStaticResource("TitilliumWeb-Bold.ttf", assets.FontBold)
)

// kioskTheme is the default light theme with Titillium Web, the design
// system's colours and touch-sized text and padding.
type kioskTheme struct{ fyne.Theme }

func newTheme() fyne.Theme { return &kioskTheme{theme.DefaultTheme()} }

func (t *kioskTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground:
		return colorWhite
	case theme.ColorNameForeground:
		return colorText
	case theme.ColorNamePrimary, theme.ColorNameFocus, theme.ColorNameHyperlink:
		return colorPrimary
	case theme.ColorNameForegroundOnPrimary:
		return colorWhite
	case theme.ColorNameButton:
		return colorMuted
	case theme.ColorNamePressed:
		return colorPrimaryDk
	case theme.ColorNameHeaderBackground:
		return colorPrimary
	case theme.ColorNameError:
		return colorDanger
	case theme.ColorNameSuccess:
		return colorSuccess
	case theme.ColorNameWarning:
		return colorWarning
	case theme.ColorNameSeparator, theme.ColorNameInputBorder:
		return colorSeparator
	}
	return t.Theme.Color(n, theme.VariantLight)
}

func (t *kioskTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	if s.Bold {
		return fontBold
	}
	return fontRegular
}

// sizeHeading is the size of screen titles; sizeTile of tile titles.
const (
	sizeHeading fyne.ThemeSizeName = "sportelloHeading"
	sizeTile    fyne.ThemeSizeName = "sportelloTile"
	sizeHuge    fyne.ThemeSizeName = "sportelloHuge"
)

func (t *kioskTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 22
	case theme.SizeNameSubHeadingText, sizeTile:
		return 30
	case theme.SizeNameHeadingText, sizeHeading:
		return 36
	case sizeHuge:
		return 56
	case theme.SizeNameCaptionText:
		return 18
	case theme.SizeNamePadding:
		return 8
	case theme.SizeNameInnerPadding:
		return 16
	case theme.SizeNameInlineIcon:
		return 32
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 4
	}
	return t.Theme.Size(n)
}
