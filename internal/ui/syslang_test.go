package ui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2/lang"

	"liaison/internal/i18n"
)

// On Windows Fyne translates into the language of the system's locale
// whatever LANGUAGE says; followLanguage makes it the chosen one. Here the
// system is made to say de-DE (Fyne reads LANGUAGE on Linux), a locale no
// other test uses, and the officer chose Russian.
func TestFollowLanguage(t *testing.T) {
	useLanguage(t, i18n.En) // and back to English afterwards
	os.Setenv("LANGUAGE", "de_DE")
	followLanguage(i18n.Ru, "de-DE")
	if got, want := lang.L("Missions"), i18n.Ru.T("Missions"); got != want || got == "Missions" {
		t.Errorf("Missions is %q, want %q", got, want)
	}
}
