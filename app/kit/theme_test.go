package kit

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	ch := func(v uint32) float64 {
		s := float64(v) / 0xFFFF
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestThemeContrast(t *testing.T) {
	for _, c := range []struct {
		name string
		p    palette
		min  float64
	}{{"normal", normalColors, 4.5}, {"high contrast", highContrast, 7}} {
		pairs := map[string][2]color.Color{
			"text on background":     {c.p.text, c.p.background},
			"text on buttons":        {c.p.text, c.p.muted},
			"white on primary":       {colorWhite, c.p.primary},
			"white on pressed":       {colorWhite, c.p.pressed},
			"primary on rows":        {c.p.primary, c.p.muted},
			"primary on pressed row": {c.p.primary, c.p.rowPressed},
			"success on background":  {c.p.success, c.p.background},
			"warning on rows":        {c.p.warning, c.p.muted},
			"danger on background":   {c.p.danger, c.p.background},
			"disabled on buttons":    {c.p.disabled, c.p.muted},
		}
		for name, pair := range pairs {
			if r := contrast(pair[0], pair[1]); r < c.min {
				t.Errorf("%s: %s is %.2f:1, want at least %.1f:1", c.name, name, r, c.min)
			}
		}
	}
	th := newTheme(access{largeText: true, highContrast: true})
	if th.Size(theme.SizeNameText) < 22*1.6 || th.Color(theme.ColorNameForeground, theme.VariantLight) != highContrast.text {
		t.Error("the accessible theme is not large and high-contrast")
	}
}

func TestHighContrastButtonsHaveAnEdge(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme(access{}))
	b := NewButton("Avanti", nil, nil)
	test.NewTempWindow(t, b)
	edge := func() *canvas.Rectangle {
		objs := test.WidgetRenderer(b).Objects()
		return objs[len(objs)-1].(*canvas.Rectangle)
	}
	if e := edge(); e.StrokeWidth != 0 {
		t.Errorf("a normal button has an edge %v wide", e.StrokeWidth)
	}
	a.Settings().SetTheme(newTheme(access{highContrast: true}))
	b.Refresh()
	e := edge()
	if e.StrokeWidth < 2 || e.Size() != b.Size() {
		t.Fatalf("a high-contrast button's edge is %v wide and %v, the button %v", e.StrokeWidth, e.Size(), b.Size())
	}
	if r := contrast(e.StrokeColor, highContrast.background); r < 3 {
		t.Errorf("the edge is %.2f:1 against the background, want at least 3:1", r)
	}
}
