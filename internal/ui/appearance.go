package ui

import (
	"image/color"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The appearances the officer can choose, as the preference stores them.
const (
	appearanceSystem = "" // follow the system's light or dark
	appearanceLight  = "light"
	appearanceDark   = "dark"
)

// appearances are the choices in the order the dialog offers them, with
// their labels.
var appearances = []struct{ code, label string }{
	{appearanceSystem, msg("As the system")},
	{appearanceLight, msg("Light")},
	{appearanceDark, msg("Dark")},
}

// variantTheme is Fyne's theme held to one variant, light or dark,
// whatever the system prefers.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color gives the theme's colour for the variant the officer chose.
func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyAppearance sets the app's theme to the remembered appearance. The
// FYNE_THEME environment variable, when set, still rules (make screenshot
// uses it).
func (u *UI) applyAppearance() {
	if os.Getenv("FYNE_THEME") != "" {
		return
	}
	switch u.prefs.appearance() {
	case appearanceLight:
		u.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case appearanceDark:
		u.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		u.app.Settings().SetTheme(theme.DefaultTheme())
	}
}

// onAppearance lets the officer choose light, dark or as the system; the
// window changes at once and the choice is remembered.
func (u *UI) onAppearance() {
	labels := make([]string, len(appearances))
	for i, a := range appearances {
		labels[i] = lang.L(a.label)
	}
	choice := widget.NewRadioGroup(labels, nil)
	for i, a := range appearances {
		if a.code == u.prefs.appearance() {
			choice.SetSelected(labels[i])
		}
	}
	choice.OnChanged = func(selected string) {
		for i, a := range appearances {
			if labels[i] == selected {
				u.prefs.setAppearance(a.code)
				u.applyAppearance()
			}
		}
	}
	u.appearanceChoice = choice
	d := dialog.NewCustom(lang.L("Appearance"), lang.L("Close"), container.NewVBox(choice), u.win)
	d.Resize(fyne.NewSize(360, 0).Max(d.MinSize()))
	d.Show()
}
