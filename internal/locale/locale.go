// Package locale prepares the locale environment before Fyne reads it.
//
// Fyne looks up the user's language while its packages initialise, before
// main runs, and under the common C.UTF-8 locale it logs "Error parsing
// user locale C" on standard error: noise that would break the promise of
// the command line to print one clear line on failure and nothing on
// success. This package's init sets LANGUAGE=en in that case, the
// gettext way of naming the language of messages, which Fyne honours.
//
// On Windows, where no locale variable is set, it sets LANGUAGE to the
// Windows user's locale (FromSystem).
//
// It must run before Fyne's lang package initialises. Go (1.21 and later)
// initialises packages in import-path order as soon as their imports are:
// this package imports only os, strings and syscall, which text/template (imported
// by fyne.io/fyne/v2/lang) also needs, and "liaison/..." sorts before
// "text/template", so this init always runs first. cmd/liaison imports it
// for that effect alone; .ci/smoke checks that the binary prints nothing on
// stderr under C.UTF-8.
package locale

import (
	"os"
	"strings"
)

func init() {
	Prepare(os.Getenv, os.Setenv)
	FromSystem(os.Getenv, os.Setenv, systemLocale())
}

// Prepare sets LANGUAGE=en when the locale that names the language of
// messages (LC_ALL, else LC_MESSAGES, else LANG) is C or POSIX with an
// encoding, such as C.UTF-8, and LANGUAGE is not set. getenv and setenv
// are os.Getenv and os.Setenv outside tests.
func Prepare(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LANGUAGE") != "" {
		return
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		lang, _, hasEncoding := strings.Cut(v, ".")
		if hasEncoding && (lang == "C" || lang == "POSIX") {
			_ = setenv("LANGUAGE", "en")
		}
		return
	}
}

// FromSystem sets LANGUAGE to the system's locale name (ru-RU, as Windows
// writes it) when no locale variable names a language, which is how Windows
// runs programs. Fyne takes the window's language from Windows itself;
// this makes the command line, and the texts the window translates without
// Fyne (ranks, dates, forms of address), speak the same language rather
// than English. system is "" outside Windows.
func FromSystem(getenv func(string) string, setenv func(string, string) error, system string) {
	if system == "" {
		return
	}
	for _, name := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if getenv(name) != "" {
			return
		}
	}
	_ = setenv("LANGUAGE", system)
}
