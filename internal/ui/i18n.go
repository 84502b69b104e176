package ui

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/assets"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// uiLang is the language of the window: what SetupLanguage chose, English
// until then (and in tests).
var uiLang = i18n.En

// systemLanguage is LANGUAGE as it was before SetupLanguage set it, ok
// false when it was not set: a restart in another language starts from it.
var systemLanguage struct {
	value string
	ok    bool
}

// SetupLanguage loads Liaison's translations into Fyne and chooses the
// language of the window: the one chosen in the window (remembered in the
// preferences), else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
// English when Liaison does not speak it. Fyne has no call to force a
// language; it reads the locale environment whenever translations are
// added, so a chosen language is set as LANGUAGE first; on Windows, where
// Fyne asks Windows instead, followLanguage. Call it once, before the
// window is built.
func SetupLanguage(a fyne.App) i18n.Lang {
	systemLanguage.value, systemLanguage.ok = os.LookupEnv("LANGUAGE")
	if l, ok := i18n.Parse(settings{a.Preferences()}.language()); ok {
		_ = os.Setenv("LANGUAGE", string(l))
	}
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		fyne.LogError("Cannot load the translations", err)
	}
	uiLang = i18n.FromEnv(os.Getenv)
	if runtime.GOOS == "windows" {
		followLanguage(uiLang, lang.SystemLocale())
	}
	return uiLang
}

// msg marks an English text that is shown through lang.L later, such as a
// column title in a table: the translation check finds the keys by it.
func msg(s string) string { return s }

// tr translates the label of a rank, kind, status or channel.
func tr(x interface{ Label() string }) string { return lang.L(i18n.LabelKey(x.Label())) }

// statusOf says an invitation's status of the person p as Russian agrees
// it with them: "Приглашена" of a woman, "Приглашён(а)" when the window
// cannot tell (i18n.GenderOf). English and Kazakh say it one way.
func statusOf(st liaison.Status, p liaison.Person) string {
	return uiLang.StatusOf(st, i18n.GenderOf(p))
}

// onLanguage lets the officer choose the language of the window, which
// takes effect when Liaison starts again.
func (u *UI) onLanguage() {
	system := fmt.Sprintf(lang.L("As the system (%s)"), i18n.FromEnv(func(k string) string {
		if k == "LANGUAGE" {
			return systemLanguage.value
		}
		return os.Getenv(k)
	}).Name())
	options := []string{system}
	for _, l := range i18n.Langs {
		options = append(options, l.Name())
	}
	choice := widget.NewRadioGroup(options, nil)
	choice.SetSelected(system)
	if l, ok := i18n.Parse(u.prefs.language()); ok {
		choice.SetSelected(l.Name())
	}
	note := widget.NewLabel(lang.L("Liaison starts again in the language chosen; what you are doing is saved first."))
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L("Language"), lang.L("Restart now"), lang.L("Cancel"),
		container.NewVBox(choice, note), func(ok bool) {
			if !ok {
				return
			}
			code := ""
			for _, l := range i18n.Langs {
				if choice.Selected == l.Name() {
					code = string(l)
				}
			}
			u.prefs.setLanguage(code)
			u.restart = true
			u.onClose()
		}, u.win)
	d.Resize(fyne.NewSize(480, 0).Max(d.MinSize()))
	d.Show()
}

// restartSelf starts Liaison again with the arguments it was given, in
// the locale environment it was started with.
func restartSelf() error {
	env := os.Environ()
	env = slices.DeleteFunc(env, func(kv string) bool { return strings.HasPrefix(kv, "LANGUAGE=") })
	if systemLanguage.ok {
		env = append(env, "LANGUAGE="+systemLanguage.value)
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe, os.Args[1:]...)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	return cmd.Start()
}

// fitOptions widens a select to its longest option: Fyne sizes a select
// by its placeholder, and translated options are often longer than
// "(Select one)".
func fitOptions(sel *widget.Select) *widget.Select {
	longest := sel.PlaceHolder
	size := func(s string) float32 { return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width }
	for _, o := range sel.Options {
		if size(o) > size(longest) {
			longest = o
		}
	}
	sel.PlaceHolder = longest
	return sel
}
