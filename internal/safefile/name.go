package safefile

import (
	"strings"

	"liaison/internal/i18n"
)

// msg marks an English text that the window translates: the translation
// check finds the keys by it.
func msg(s string) string { return s }

// CheckName refuses a file name that Windows cannot store as one file:
// one with a character Windows forbids (< > : " / \ | ? * and control
// characters; a colon would write a hidden stream of another file), one
// ending in a dot or a space (Windows drops them silently), or a device
// name such as CON or NUL, with or without an extension (Windows writes to
// the device instead). Write checks the names of the files it writes on
// Windows.
func CheckName(name string) error {
	for _, r := range name {
		if r < 0x20 || strings.ContainsRune(`<>:"/\|?*`, r) {
			return &i18n.Error{Pkg: "safefile", Text: msg("%q cannot be a file name on Windows, which forbids %q in names; choose another name"), Args: []any{name, string(r)}}
		}
	}
	if name == "" || strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") {
		return &i18n.Error{Pkg: "safefile", Text: msg("%q cannot be a file name on Windows, which drops a dot or a space at the end; choose another name"), Args: []any{name}}
	}
	stem, _, _ := strings.Cut(name, ".")
	if isDevice(strings.TrimRight(stem, " ")) {
		return &i18n.Error{Pkg: "safefile", Text: msg("%q cannot be a file name on Windows, which keeps the name %s for a device; choose another name"), Args: []any{name, stem}}
	}
	return nil
}

// isDevice reports whether stem names a device on Windows.
func isDevice(stem string) bool {
	s := strings.ToUpper(stem)
	switch s {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	for _, port := range []string{"COM", "LPT"} {
		if n, ok := strings.CutPrefix(s, port); ok {
			return len(n) == 1 && n[0] >= '0' && n[0] <= '9' || n == "¹" || n == "²" || n == "³"
		}
	}
	return false
}
