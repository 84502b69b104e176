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

// showReadOnly shows the banner when the store may only be read; a save
// then says the same (see errorText).
func (u *UI) showReadOnly() {
	if u.store.ReadOnly() {
		u.readOnly.Show()
	} else {
		u.readOnly.Hide()
	}
}
