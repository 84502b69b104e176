//go:build !windows

package locale

// systemLocale returns "": outside Windows the locale environment
// variables name the language.
func systemLocale() string { return "" }
