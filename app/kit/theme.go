package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"sportello/assets"
)

// palette is the set of colours the kiosk draws with.
type palette struct {
	primary, pressed, text, muted, rowPressed, success, warning, danger, background, separator color.Color
	disabled                                                                                   color.Color // the text of a control that cannot be used now: still readable
	edge                                                                                       color.Color // a button's edge, transparent when the fill alone tells it apart
}

func rgb(r, g, b uint8) color.Color { return color.NRGBA{r, g, b, 0xFF} }

var (
	// The design system's colours (design-tokens-italia 1.3.3).
	normalColors = palette{
		primary:    rgb(0x00, 0x66, 0xCC), // blue-40
		pressed:    rgb(0x00, 0x33, 0x66), // blue-20
		text:       rgb(0x17, 0x32, 0x4D), // slate-20
		muted:      rgb(0xF5, 0xF5, 0xF5), // gray-96
		rowPressed: rgb(0xE3, 0xEE, 0xF9),
		success:    rgb(0x00, 0x80, 0x55), // emerald-25
		warning:    rgb(0x99, 0x5C, 0x00), // orange-30
		danger:     rgb(0xCC, 0x33, 0x4D), // red-50
		background: rgb(0xFF, 0xFF, 0xFF),
		separator:  rgb(0xD9, 0xDA, 0xDB),
		disabled:   rgb(0x6B, 0x6B, 0x6B),
		edge:       color.Transparent,
	}
	// The same roles darkened until every text reaches 7:1 (WCAG AAA).
	highContrast = palette{
		primary:    rgb(0x00, 0x33, 0x66),
		pressed:    rgb(0x00, 0x1A, 0x33),
		text:       rgb(0x00, 0x00, 0x00),
		muted:      rgb(0xEB, 0xEB, 0xEB),
		rowPressed: rgb(0xC2, 0xD6, 0xEB),
		success:    rgb(0x00, 0x4D, 0x33),
		warning:    rgb(0x5C, 0x37, 0x00),
		danger:     rgb(0x8A, 0x1A, 0x2E),
		background: rgb(0xFF, 0xFF, 0xFF),
		separator:  rgb(0x33, 0x33, 0x33),
		disabled:   rgb(0x4D, 0x4D, 0x4D),
		edge:       rgb(0x00, 0x00, 0x00),
	}
	colorWhite  = rgb(0xFF, 0xFF, 0xFF)
	fontRegular = fyne.NewStaticResource("TitilliumWeb-Regular.ttf", assets.FontRegular)
	fontBold    = fyne.NewStaticResource("TitilliumWeb-Bold.ttf", assets.FontBold)
)

// access is the current citizen's accessibility choice.
type access struct {
	largeText    bool
	highContrast bool
}

// largeScale is how much larger text is in large-text mode.
const largeScale = 1.6

// kioskTheme is the default light theme with Titillium Web, the design
// system's colours and touch-sized text and padding, in normal or high
// contrast and normal or large text.
type kioskTheme struct {
	fyne.Theme
	access
}

func newTheme(a access) fyne.Theme { return &kioskTheme{theme.DefaultTheme(), a} }

// colors is the palette of an accessibility choice.
func (a access) colors() palette {
	if a.highContrast {
		return highContrast
	}
	return normalColors
}

func (t *kioskTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	p := t.colors()
	switch n {
	case theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground:
		return p.background
	case theme.ColorNameForeground:
		return p.text
	case theme.ColorNamePrimary, theme.ColorNameFocus, theme.ColorNameHyperlink, theme.ColorNameHeaderBackground:
		return p.primary
	case theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnSuccess, theme.ColorNameForegroundOnError, theme.ColorNameForegroundOnWarning:
		return colorWhite
	case theme.ColorNameButton, theme.ColorNameDisabledButton:
		return p.muted
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return p.disabled
	case theme.ColorNamePressed:
		return p.pressed
	case theme.ColorNameError:
		return p.danger
	case theme.ColorNameSuccess:
		return p.success
	case theme.ColorNameWarning:
		return p.warning
	case ColorNameEdge:
		return p.edge
	case theme.ColorNameSeparator, theme.ColorNameInputBorder:
		return p.separator
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

// The kiosk's own sizes: screen titles, tile titles, and the code on a result.
const (
	SizeHeading fyne.ThemeSizeName = "sportelloHeading"
	SizeTile    fyne.ThemeSizeName = "sportelloTile"
	SizeHuge    fyne.ThemeSizeName = "sportelloHuge"
)

var textSizes = map[fyne.ThemeSizeName]float32{
	theme.SizeNameText:           22,
	theme.SizeNameSubHeadingText: 30,
	SizeTile:                     30,
	theme.SizeNameHeadingText:    36,
	SizeHeading:                  36,
	SizeHuge:                     56,
	theme.SizeNameCaptionText:    18,
}

func (t *kioskTheme) Size(n fyne.ThemeSizeName) float32 {
	if s, ok := textSizes[n]; ok {
		if t.largeText {
			return s * largeScale
		}
		return s
	}
	switch n {
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
