package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Page frames a screen other than home: "Indietro" top left, the title beside it.
func (u *Shell) Page(title string, body fyne.CanvasObject) fyne.CanvasObject {
	return u.PageStep(title, nil, body)
}

// PageStep is Page with where the screen stands in a flow ("Passo 2 di 6")
// at the right of the title; step may be nil.
func (u *Shell) PageStep(title string, step fyne.CanvasObject, body fyne.CanvasObject) fyne.CanvasObject {
	return u.page(title, step, nil, body)
}

// PageField is Page with a field that belongs with the title (what to
// search): beside it, taking the rest of the row, on a landscape screen,
// where height is short; above the body on a portrait one.
func (u *Shell) PageField(title string, field, body fyne.CanvasObject) fyne.CanvasObject {
	if s := u.Win.Canvas().Size(); s.Width <= s.Height {
		return u.Page(title, container.NewBorder(field, nil, nil, nil, body))
	}
	return u.page(title, nil, field, body)
}

// page frames body under a row of "Indietro", the title, the field if
// any, and at the right the step if any and, while the bottom bar is away
// for the keyboard, Home.
func (u *Shell) page(title string, step, field, body fyne.CanvasObject) fyne.CanvasObject {
	u.BackBtn = u.Button(u.Tr.T("nav.back"), theme.NavigateBackIcon(), u.Back)
	u.PageHome = u.Button(u.Tr.T("nav.home"), theme.HomeIcon(), u.homeTapped)
	u.PageHome.Hidden = !u.bar.Hidden
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = SizeHeading
	heading.Wrapping = fyne.TextWrapWord
	u.PageTitle = heading
	u.Say(title)
	right := container.NewHBox(u.PageHome)
	if step != nil {
		right.Objects = []fyne.CanvasObject{step, u.PageHome}
	}
	top := container.NewBorder(nil, nil, u.BackBtn, right, heading)
	if field != nil { // a short title, not wrapped, and the field in the rest
		heading.Wrapping = fyne.TextWrapOff
		centred := container.NewVBox(layout.NewSpacer(), field, layout.NewSpacer())
		top = container.NewBorder(nil, nil, container.NewHBox(u.BackBtn, heading), right, centred)
	}
	return container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil, body)
}
