// Package assets holds the files Liaison carries inside its binary: the
// application icon and the translations.
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the application icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte

// Translations holds translations/LANG.json for en, ru and kk, in the
// format of Fyne's lang package (go-i18n JSON: a key, its text), and
// translations/fyne.kk.json, Fyne's own words in Kazakh, which Fyne does
// not carry.
//
//go:embed translations
var Translations embed.FS
