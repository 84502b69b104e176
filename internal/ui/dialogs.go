package ui

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

// showError tells the officer, in plain words, that what could not be done
// and why. Validation problems are listed one per line.
func showError(win fyne.Window, what string, err error) {
	inform(win, what, errorText(err))
}

// inform shows a message that needs no decision.
func inform(win fyne.Window, title, message string) {
	label := widget.NewLabel(message)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, lang.L("OK"), container.NewPadded(label), win)
	d.Resize(fyne.NewSize(480, 0).Max(d.MinSize()))
	d.Show()
}

// errorText turns an error into sentences for the officer.
func errorText(err error) string {
	var ps liaison.Problems
	if errors.As(err, &ps) {
		lines := make([]string, len(ps))
		for i, p := range ps {
			// The checks' texts are fixed and translated; the value
			// that was wrong follows as typed.
			lines[i] = "• " + lang.L(p.Field) + " " + uiLang.Problem(p) + "."
		}
		return lang.L("Please correct:") + "\n" + strings.Join(lines, "\n")
	}
	if errors.Is(err, store.ErrReadOnly) {
		return lang.L("Read only: your login can look but not change anything.") + " " +
			lang.L("Nothing was changed; ask the office's administrator for officer rights.")
	}
	if errors.As(err, new(errOffline)) {
		return lang.L("The office database cannot be reached just now, so nothing was changed. " +
			"What you typed stays in the form: try again when the status bar says the connection is back.")
	}
	if errors.Is(err, liaison.ErrNotFound) {
		return sentence(err.Error()) + " " + lang.L("Someone may have deleted it meanwhile.")
	}
	if c, ok := errors.AsType[*store.ConflictError](err); ok {
		return conflictText(c)
	}
	if e, ok := errors.AsType[*i18n.Error](err); ok && e.Pkg == "safefile" {
		return sentence(e.In(uiLang)) // a file name Windows refuses
	}
	if fp, ok := err.(*fileProblem); ok && strings.HasPrefix(fp.Error(), fp.name) {
		return strings.TrimSuffix(fp.Error(), ".") + "."
	}
	return sentence(uiLang.ErrorText(err))
}

// openError reports a file the system cannot open, in the window's
// language; the system's own reason stays as it gives it.
func openError(uri fyne.URI, err error) error {
	return &fileProblem{name: uri.Name(), err: fmt.Errorf(lang.L("cannot open %s: %w"), uri.Name(), err)}
}

// fileError reports a file that was opened but cannot be read (not a
// vCard, not a workbook, cut off, too large), with its name, in the
// window's language.
func fileError(uri fyne.URI, err error) error {
	return &fileProblem{name: uri.Name(), err: fmt.Errorf("%s: %s", uri.Name(), uiLang.ErrorText(err))}
}

// fileProblem is what is wrong with a file, said with its name, which
// keeps its spelling when it begins the sentence.
type fileProblem struct {
	name string
	err  error
}

func (e *fileProblem) Error() string { return e.err.Error() }
func (e *fileProblem) Unwrap() error { return e.err }

// sentence capitalises s and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// confirm asks before something that cannot be taken back lightly.
func confirm(win fyne.Window, title, question, action string, yes func()) {
	newConfirm(win, title, question, action, yes).Show()
}

// confirmDanger asks before something that cannot be taken back at all;
// the button says so in red.
func confirmDanger(win fyne.Window, title, question, action string, yes func()) {
	d := newConfirm(win, title, question, action, yes)
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

func newConfirm(win fyne.Window, title, question, action string, yes func()) *dialog.ConfirmDialog {
	d := dialog.NewConfirm(title, question, func(ok bool) {
		if ok {
			yes()
		}
	}, win)
	d.SetConfirmText(action)
	d.SetDismissText(lang.L("Cancel"))
	return d
}

// fitDialog sizes a large dialog to want, or to the window less a margin
// when the window is smaller (a laptop at 1024×640): a dialog wider than
// its window hides its buttons.
func fitDialog(d dialog.Dialog, win fyne.Window, want fyne.Size) {
	const margin = 40
	c := win.Canvas().Size()
	if c.Width > margin && c.Width-margin < want.Width {
		want.Width = c.Width - margin
	}
	if c.Height > margin && c.Height-margin < want.Height {
		want.Height = c.Height - margin
	}
	d.Resize(want)
}
