package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/backup"
	"liaison/internal/safefile"
	"liaison/internal/store"
)

// backupFolder is where backups go: the folder the officer chose, else
// "backups" beside the database file (beside the officer's own file on a
// server).
func (u *UI) backupFolder() string {
	if u.onServer() {
		return u.prefs.backupFolder(u.opts.LocalFile)
	}
	return u.prefs.backupFolder(u.store.Path())
}

// onServer reports whether the window works on the office database.
func (u *UI) onServer() bool { return u.store.Engine() == store.EnginePostgres }

// onBackupNow makes today's backup in the backup folder; a snapshot of
// the office database after a warning.
func (u *UI) onBackupNow() { u.warnSnapshot(u.backupNow) }

// warnSnapshot asks before a copy of the office database is written to
// this computer, then calls write; on a file it calls write at once.
// The server's own backups are its administrator's job: a copy on a
// desktop is made only when asked.
func (u *UI) warnSnapshot(write func()) {
	if !u.onServer() {
		write()
		return
	}
	confirm(u.win, lang.L("Back up the office database"), lang.L(
		"The copy is a file on this computer holding the personal data of the whole office: every mission, person, "+
			"event and invitation. The server's own backups are made on the server; make a copy here only when you need one, "+
			"keep it where only you can read it, and delete it when it is no longer needed."),
		lang.L("Make the copy"), write)
}

func (u *UI) backupNow() {
	var path string
	u.tasks.run(lang.L("Backing up"), func(ctx context.Context) (err error) {
		path, err = backup.Now(ctx, u.store, u.backupFolder(), u.opts.Now())
		return err
	}, func() { u.notify(lang.L("Backed up to") + " " + path) })
}

// onBackupFolder lets the officer choose where backups go.
func (u *UI) onBackupFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			showError(u.win, lang.L("Backup folder"), err)
			return
		}
		if dir == nil {
			return
		}
		u.prefs.setBackupFolder(dir.Path())
		u.notify(lang.L("Backups now go to") + " " + dir.Path())
	}, u.win)
	if dir, err := storage.ListerForURI(storage.NewFileURI(u.backupFolder())); err == nil {
		d.SetLocation(dir)
	}
	d.Show()
}

// onRestore lists the backups in the backup folder to restore one, or
// another file.
func (u *UI) onRestore() {
	if u.onServer() {
		inform(u.win, lang.L("Restore a backup"), lang.L("The office database is restored on the server, by whoever looks after it "+
			"(liaison copy --replace from a backup file). To restore a backup of your own file, go back to it with File › Office database…"))
		return
	}
	folder := u.backupFolder()
	var files []backup.File
	u.tasks.run(lang.L("Reading the backups"), func(context.Context) (err error) {
		files, err = backup.List(folder)
		return err
	}, func() { u.showRestore(folder, files) })
}

func (u *UI) showRestore(folder string, files []backup.File) {
	chosen := -1
	list := widget.NewList(func() int { return len(files) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			f := files[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s    %s    %s", f.ModTime.Format("02.01.2006 15:04"), f.Name(), fileSize(f.Size)))
		})
	var d dialog.Dialog
	restore := widget.NewButton(lang.L("Restore…"), func() {
		if chosen >= 0 {
			d.Hide()
			u.confirmRestore(files[chosen].Path)
		}
	})
	restore.Importance = widget.HighImportance
	restore.Disable()
	list.OnSelected = func(i widget.ListItemID) {
		chosen = i
		restore.Enable()
	}
	other := widget.NewButton(lang.L("Other file…"), func() {
		d.Hide()
		u.chooseBackupFile(u.win, folder, u.confirmRestore)
	})
	head := widget.NewLabel(fmt.Sprintf(lang.L("Backups in %s, newest first. Liaison backs up by itself when the window closes, once a day."), folder))
	head.Wrapping = fyne.TextWrapWord
	var body fyne.CanvasObject = list
	if len(files) == 0 {
		body = widget.NewLabel(lang.L("There are no backups in this folder yet."))
	}
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
	buttons := container.NewHBox(other, widget.NewSeparator(), cancel, restore)
	d = dialog.NewCustomWithoutButtons(lang.L("Restore a backup"),
		container.NewBorder(head, container.NewCenter(buttons), nil, nil, body), u.win)
	d.Resize(fyne.NewSize(720, 460))
	d.Show()
}

// chooseBackupFile asks for a backup file anywhere and passes its path on.
func (u *UI) chooseBackupFile(win fyne.Window, folder string, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(win, lang.L("Restore"), err)
			return
		}
		if r == nil {
			return
		}
		r.Close()
		then(r.URI().Path())
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".sqlite", ".sqlite3", ".bak"}))
	if dir, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
		d.SetLocation(dir)
	}
	d.Show()
}

// confirmRestore checks a backup, says what it holds and asks before
// restoring it.
func (u *UI) confirmRestore(path string) {
	var info store.BackupInfo
	u.tasks.run(lang.L("Checking the backup"), func(ctx context.Context) (err error) {
		info, err = store.Check(ctx, path)
		return err
	}, func() {
		confirm(u.win, lang.L("Restore a backup"), fmt.Sprintf(lang.L(
			"Restore %s, made %s?\n\nIt holds %d missions, %d people and %d events, and replaces all the data now in Liaison, "+
				"with every change made since. The data as it is now is first saved as a backup in %s."),
			filepath.Base(path), info.Modified.Format("02.01.2006 15:04"), info.Missions, info.People, info.Events, u.backupFolder()),
			lang.L("Restore"), func() { u.restore(path) })
	})
}

// restore replaces the database with a backup: the store is closed, the
// backup put in place, and the store opened again, whatever happened.
func (u *UI) restore(path string) {
	var r store.Restored
	u.tasks.run(lang.L("Restoring"), func(ctx context.Context) error {
		old := u.store
		folder := u.backupFolder()
		if err := old.Close(); err != nil {
			return err
		}
		var restoreErr error
		r, restoreErr = store.Restore(ctx, old.Path(), path, folder, u.opts.Now())
		s, err := store.Open(context.WithoutCancel(ctx), old.Path())
		if err != nil {
			return fmt.Errorf("cannot open the database again (%w); quit Liaison and start it again", err)
		}
		u.tasks.onUI(func() {
			watching := u.live.cancel != nil
			u.stopWatch() // its store is closed: it has stopped
			u.setStore(s)
			if watching {
				u.startWatch()
			}
		})
		return restoreErr
	}, func() {
		u.undo = undo{}
		u.status.undo.Hide()
		u.reloadAll()
		msg := fmt.Sprintf(lang.L("Restored %s: %d missions, %d people, %d events."), filepath.Base(path), r.Missions, r.People, r.Events)
		u.notify(msg)
		if r.SavedAs != "" {
			msg += "\n\n" + fmt.Sprintf(lang.L("The data as it was before is kept in the backup folder as %s."), filepath.Base(r.SavedAs))
		}
		inform(u.win, lang.L("Restore"), msg)
	})
}

// setStore puts a newly opened store in place of the closed one.
func (u *UI) setStore(s *store.Store) {
	u.store = s
	u.people.src.st = s
}

// Close makes the automatic backup of a file, at most once a day, and
// closes the database. It runs after the window has closed; a failure is
// told at the next start. The office database is backed up on its server.
func (u *UI) Close() error {
	u.stopWatch()
	var err error
	if !u.onServer() {
		_, _, err = backup.DailyBackup(context.Background(), u.store, u.backupFolder(), u.opts.Now())
		if err != nil {
			u.prefs.setBackupError(err.Error())
		}
	}
	if cerr := u.store.Close(); err == nil {
		err = cerr
	}
	return err
}

// onUndoImport lists the imports to undo one.
func (u *UI) onUndoImport() {
	var bs []store.Batch
	u.tasks.run(lang.L("Reading the imports"), func(ctx context.Context) (err error) {
		bs, err = u.store.Batches(ctx)
		return err
	}, func() { u.showImports(bs) })
}

func (u *UI) showImports(bs []store.Batch) {
	chosen := -1
	list := widget.NewList(func() int { return len(bs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			b := bs[i]
			state := fmt.Sprintf(lang.L("%d changes"), b.Changes)
			if b.UndoneAt != "" {
				state = lang.L("undone") + " " + localTime(b.UndoneAt)
			}
			source := b.Source
			if b.Kind == store.BatchMerge {
				source = batchLabel(b)
			}
			text := fmt.Sprintf("%s    %s    %s", localTime(b.At), source, state)
			if b.Who != "" {
				text += "    " + fmt.Sprintf(lang.L("User: %s"), b.Who)
			}
			o.(*widget.Label).SetText(text)
		})
	var d dialog.Dialog
	undoButton := widget.NewButton(lang.L("Undo import…"), func() {
		if chosen >= 0 {
			d.Hide()
			u.confirmUndoImport(bs[chosen])
		}
	})
	undoButton.Importance = widget.HighImportance
	undoButton.Disable()
	list.OnSelected = func(i widget.ListItemID) {
		chosen = i
		if bs[i].UndoneAt == "" {
			undoButton.Enable()
		} else {
			undoButton.Disable()
		}
	}
	head := widget.NewLabel(lang.L("Each import can be undone as a whole while nothing it wrote has been changed since."))
	head.Wrapping = fyne.TextWrapWord
	var body fyne.CanvasObject = list
	if len(bs) == 0 {
		body = widget.NewLabel(lang.L("Nothing has been imported yet."))
	}
	buttons := container.NewHBox(widget.NewButton(lang.L("Close"), func() { d.Hide() }), undoButton)
	d = dialog.NewCustomWithoutButtons(lang.L("Undo an import"), container.NewBorder(head, container.NewCenter(buttons), nil, nil, body), u.win)
	d.Resize(fyne.NewSize(720, 420))
	d.Show()
}

func (u *UI) confirmUndoImport(b store.Batch) {
	confirm(u.win, lang.L("Undo an import"), fmt.Sprintf(lang.L(
		"Undo the import of %s made %s?\n\nThe %d changes it made are taken back: whom it added is deleted, what it changed gets its earlier values."),
		b.Source, localTime(b.At), b.Changes), lang.L("Undo import"), func() { u.undoImport(b) })
}

func (u *UI) undoImport(b store.Batch) {
	u.write(lang.L("Undoing the import"), func(ctx context.Context) error {
		_, err := u.store.UndoImport(ctx, b.ID)
		return err
	}, func() {
		u.undo = undo{}
		u.status.undo.Hide()
		u.notify(fmt.Sprintf(lang.L("Undone: the import of %s."), b.Source))
	})
}

// imported offers to undo an import just made from the status bar; batch
// 0 means it changed nothing.
func (u *UI) imported(batch int64, source string) {
	if batch == 0 {
		return
	}
	u.remember(fmt.Sprintf(lang.L("import of %s"), source), func(ctx context.Context) error {
		_, err := u.store.UndoImport(ctx, batch)
		return err
	})
}

// onMore offers what is done rarely with a person: export everything held
// about them, or erase them.
func (d *personDetails) onMore() {
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("Acting head of mission…"), d.onActingHead),
		fyne.NewMenuItem(lang.L("Merge into…"), d.onMerge),
		fyne.NewMenuItem(lang.L("Export everything held (JSON)…"), d.onExportData),
		fyne.NewMenuItem(lang.L("Erase completely…"), d.onErase),
	)
	c := fyne.CurrentApp().Driver().CanvasForObject(d.more)
	if c == nil {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.more).Add(fyne.NewPos(0, d.more.Size().Height))
	widget.ShowPopUpMenuAtPosition(menu, c, pos)
}

// onExportData writes everything held about the person to a JSON file,
// for a request of access.
func (d *personDetails) onExportData() {
	p := d.current
	if p.ID == 0 {
		return
	}
	dlg := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(d.u.win, lang.L("Export"), err)
			return
		}
		if w == nil {
			return
		}
		// The dialog made an empty file; safefile writes beside it and
		// renames, so the path is all that is needed.
		path := w.URI().Path()
		w.Close()
		d.u.tasks.run(lang.L("Exporting"), func(ctx context.Context) error {
			data, err := d.u.store.PersonData(ctx, p.ID)
			if err != nil {
				return err
			}
			return safefile.Write(path, func(w io.Writer) error {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(data)
			})
		}, func() { d.u.notify(fmt.Sprintf(lang.L("Everything held about %s is in %s."), p.FullName(), path)) })
	}, d.u.win)
	dlg.SetFileName(fileName(p.FullName()) + ".json")
	dlg.Show()
}

// onErase erases the person completely after asking: it cannot be undone.
func (d *personDetails) onErase() {
	p := d.current
	if p.ID == 0 {
		return
	}
	question := fmt.Sprintf(lang.L(
		"Erase %s completely?\n\nThe record, the photo, %d invitations and the whole history of them are erased for good, "+
			"for a request of erasure. This cannot be undone, not even with Undo. Where they came on someone else's behalf, "+
			"that invitation stays without their name.\n\nBackups made before today still hold them until they are pruned, "+
			"after about five weeks. Export everything held first if the request asks for it."),
		p.FullName(), d.ownInvitations())
	onServer := d.u.store.Engine() == store.EnginePostgres
	if onServer {
		question += "\n\n" + serverStillHolds()
	}
	confirmDanger(d.u.win, lang.L("Erase completely"), question, lang.L("Erase"), func() {
		var e store.Erased
		d.u.write(lang.L("Erasing"), func(ctx context.Context) (err error) {
			e, err = d.u.store.ErasePerson(ctx, p.ID)
			return err
		}, func() {
			d.clear()
			d.u.undo = undo{}
			d.u.status.undo.Hide()
			done := fmt.Sprintf(lang.L("Erased %s: %d invitations, %d entries of history."), e.Name, e.Invitations, e.Changes)
			d.u.notify(done)
			if e.OnServer {
				dialog.ShowInformation(lang.L("Erase completely"), done+"\n\n"+serverStillHolds(), d.u.win)
			}
		})
	})
}

// serverStillHolds says what erasing a person from the office's database
// on a server cannot reach (see store.ErasePerson).
func serverStillHolds() string {
	return lang.L("On the office server, its own backups, its archive of the write-ahead log and its replicas " +
		"may still hold them until those expire: tell the server's administrator, who must see to them.")
}

// ownInvitations counts the person's own invitations in the history shown.
func (d *personDetails) ownInvitations() int {
	n := 0
	for _, h := range d.history.rows {
		if h.Invitee.ID == d.current.ID {
			n++
		}
	}
	return n
}

// fileSize says a size in plain units.
func fileSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
