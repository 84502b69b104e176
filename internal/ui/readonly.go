package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// newReadOnlyBanner makes the line above the screens that tells a viewer
// (a login of the office's read-only role) why nothing can be saved.
func newReadOnlyBanner() *widget.Label {
	l := widget.NewLabel(lang.L("Read only: your login can look but not change anything."))
	l.Importance = widget.WarningImportance
	l.Alignment = fyne.TextAlignCenter
	l.TextStyle.Bold = true
	l.Hide()
	return l
}

// showReadOnly shows the banner when the store may only be read.
//
// HOOK(read-only): Store.ReadOnly and store.ErrReadOnly are being added on
// another branch of issue 14. When they are on main, readOnly becomes
// u.store.ReadOnly(), and errorText says store.ErrReadOnly in the
// banner's words; until then every login is taken to write, and a refused
// save shows the server's own error.
func (u *UI) showReadOnly() {
	readOnly := false
	if readOnly {
		u.readOnly.Show()
	} else {
		u.readOnly.Hide()
	}
}
