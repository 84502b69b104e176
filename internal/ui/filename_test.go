package ui

import (
	"strings"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/safefile"
)

// A file name Windows refuses is said in the window's language.
func TestErrorTextOfAFileNameWindowsRefuses(t *testing.T) {
	useLanguage(t, i18n.Ru)
	got := errorText(safefile.CheckName("Список?.xlsx"))
	if want := `"Список?.xlsx" не может быть именем файла в Windows`; !strings.HasPrefix(got, want) {
		t.Errorf("errorText = %q, want it to begin %q", got, want)
	}
}
