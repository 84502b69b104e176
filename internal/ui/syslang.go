package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"liaison/assets"
	"liaison/internal/i18n"
)

// followLanguage makes Fyne translate the window into l where Fyne takes
// the language from the system's locale rather than from LANGUAGE: on
// Windows, where it asks Windows, so that the language chosen in the window
// and the one SetupLanguage sets as LANGUAGE changed only the texts Liaison
// translates itself (countries, ranks), not the rest. Fyne translates into
// the closest language it has texts for; l's texts added once more under
// the system's own locale make that locale the closest, with l's texts.
// Fyne's own few texts (in its file dialogs) are then in English.
func followLanguage(l i18n.Lang, system fyne.Locale) {
	if sys, ok := i18n.Parse(string(system)); (ok && sys == l) || (!ok && l == i18n.En) {
		return
	}
	data, err := assets.Translations.ReadFile("translations/" + string(l) + ".json")
	if err == nil {
		err = lang.AddTranslationsForLocale(data, system)
	}
	if err != nil {
		fyne.LogError("Cannot load the translations for "+string(l), err)
	}
}
