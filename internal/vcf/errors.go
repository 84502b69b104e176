package vcf

import "liaison/internal/i18n"

// msg marks an English text that the window translates: the translation
// check finds the keys by it.
func msg(s string) string { return s }

// fileError reports a file that cannot be read at all: in English, "vcf: "
// and text with args filled in; in the window's language through
// i18n.Lang.ErrorText.
func fileError(text string, args ...any) error {
	return &i18n.Error{Pkg: "vcf", Text: text, Args: args}
}
