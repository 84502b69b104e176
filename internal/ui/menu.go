package ui

import (
	"context"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
)

// ctrl returns the shortcut Ctrl+key (Cmd+key on macOS).
func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// mainMenu builds File, Edit and Help. Shortcuts held by menu items work
// wherever the focus is.
func (u *UI) mainMenu() *fyne.MainMenu {
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	quit := fyne.NewMenuItem(lang.L("Quit"), u.onClose)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("Import…"), ctrl(fyne.KeyI), u.onImport),
		item(lang.L("Export…"), ctrl(fyne.KeyE), u.onExport),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Office database…"), nil, u.onOfficeDatabase),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Back up now"), nil, u.onBackupNow),
		item(lang.L("Save a backup as…"), nil, u.onBackup),
		item(lang.L("Restore a backup…"), nil, u.onRestore),
		item(lang.L("Backup folder…"), nil, u.onBackupFolder),
		item(lang.L("Language…"), nil, u.onLanguage),
		item(lang.L("Appearance…"), nil, u.onAppearance),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	// Delete and Undo show their keys but reach them another way: the
	// window's key handler and the canvas shortcut below, which text
	// fields take first. A menu shortcut would take Ctrl+Z and Delete
	// from the text fields (see shownOnly).
	edit := fyne.NewMenu(lang.L("Edit"),
		item(lang.L("New"), ctrl(fyne.KeyN), func() { u.screens[u.current()].newItem() }),
		item(lang.L("Delete"), shownOnly(fyne.KeyDelete, 0), func() { u.screens[u.current()].deleteItem() }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Undo"), shownOnly(fyne.KeyZ, fyne.KeyModifierShortcutDefault), u.onUndo),
		item(lang.L("Undo an import…"), nil, u.onUndoImport),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Find"), ctrl(fyne.KeyF), func() { u.screens[u.current()].focusSearch() }),
	)
	help := fyne.NewMenu(lang.L("Help"), item(lang.L("About Liaison"), nil, u.onAbout))
	return fyne.NewMainMenu(file, edit, help)
}

// shownOnly returns a shortcut for a menu item to show, which the window
// never matches to a key: Fyne matches menu shortcuts by name, and names
// Ctrl+Z "Undo", not "CustomDesktop:Control+Z"; a key without a modifier
// is no shortcut at all.
func shownOnly(key fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

// addShortcuts adds the shortcuts that are not on a menu item.
func (u *UI) addShortcuts() {
	u.win.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.onUndoKey() })
	u.win.Canvas().SetOnTypedKey(u.onTypedKey)
	u.win.Canvas().SetOnTypedRune(u.onTypedRune)
}

func (u *UI) onAbout() {
	dialog.ShowInformation(lang.L("About Liaison"), fmt.Sprintf(
		"Liaison %s\n\n%s\n\n%s %s", u.opts.Version,
		lang.L("Missions, people, events and invitations for protocol officers."),
		lang.L("Database:"), databaseName(u.store)), u.win)
}

func (u *UI) onImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(u.win, lang.L("Import"), err)
			return
		}
		if r == nil {
			return // cancelled
		}
		r.Close()
		u.importFiles([]fyne.URI{r.URI()})
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".vcf", ".vcard", ".xlsx", ".xlsm"}))
	d.Show()
}

// onDropped imports files dropped onto the window.
func (u *UI) onDropped(_ fyne.Position, uris []fyne.URI) { u.importFiles(uris) }

// onBackup writes a consistent copy of the database to a file the officer
// chooses; a snapshot of the office database after a warning.
func (u *UI) onBackup() {
	u.warnSnapshot(u.saveBackupAs)
}

func (u *UI) saveBackupAs() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(u.win, lang.L("Backup"), err)
			return
		}
		if w == nil {
			return
		}
		// The dialog created an empty file; the store writes the copy
		// beside it and renames it over, so the name is all we need.
		path := w.URI().Path()
		w.Close()
		u.prefs.addExportFolder(filepath.Dir(path)) // to clean up after a crash
		u.tasks.run(lang.L("Backing up"), func(ctx context.Context) error {
			return u.store.Backup(ctx, path)
		}, func() {
			dialog.ShowInformation(lang.L("Backup"), lang.L("The backup is saved in")+" "+path, u.win)
		})
	}, u.win)
	d.SetFileName("liaison-" + u.today().String() + ".db")
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(u.opts.LocalFile))); err == nil {
		d.SetLocation(dir)
	}
	d.Show()
}
