package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/backup"
	"liaison/internal/safefile"
	"liaison/internal/store"
)

// Run opens the database at dbPath and runs the window until the officer
// quits; then it makes the day's automatic backup and closes the
// database. Leftover temporary files of an interrupted backup, restore or
// export beside the database and in the backup folder are removed first.
// When the database cannot be opened, a window says why, and when it is
// damaged, offers the latest good backup. It returns the exit code. The
// folders of recent exports are cleaned up the same way.
func Run(a fyne.App, dbPath string, opts Options) int {
	SetupLanguage(a)
	prefs := settings{a.Preferences()}
	if opts.LocalFile == "" {
		opts.LocalFile = localFile(dbPath)
	}
	target := startTarget(prefs, dbPath, opts)
	cleanUp(prefs, opts.LocalFile)
	s, err := store.Open(context.Background(), target)
	if err == nil {
		return runWindow(New(a, s, opts))
	}
	fmt.Fprintln(os.Stderr, "liaison: "+err.Error())
	var u *UI
	opened := func(s *store.Store, message string) {
		u = New(a, s, opts)
		u.notify(message)
		u.showFitted()
	}
	var w fyne.Window
	if store.IsServerURL(target) {
		w = serverUnreachable(a, target, opts.LocalFile, err, &tasks{}, opened)
	} else {
		w = startupError(a, dbPath, err, &tasks{}, opened)
	}
	w.ShowAndRun()
	if u == nil {
		return 1
	}
	if err := u.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "liaison: the automatic backup failed: "+err.Error())
	}
	return 0
}

// startTarget is the database the window opens: the office database
// remembered, unless --db or $LIAISON_DB named one.
func startTarget(prefs settings, dbPath string, opts Options) string {
	if server := prefs.server(); opts.DefaultDB && server != "" {
		return server
	}
	return dbPath
}

// runWindow shows the window until the officer quits, then closes the
// database (see UI.Close) and starts Liaison again when she changed the
// language.
func runWindow(u *UI) int {
	u.ShowAndRun()
	if err := u.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "liaison: the automatic backup failed: "+err.Error())
	}
	if u.restart {
		if err := restartSelf(); err != nil {
			fmt.Fprintln(os.Stderr, "liaison: cannot start again: "+err.Error())
			return 1
		}
	}
	return 0
}

// localFile is the officer's own database file: dbPath, or the default
// file when dbPath names a server.
func localFile(dbPath string) string {
	if !store.IsServerURL(dbPath) {
		return dbPath
	}
	p, err := store.DefaultPath()
	if err != nil {
		return "liaison.db"
	}
	return p
}

// serverUnreachable makes the window that says the office database could
// not be opened at the start, and offers the officer's own file instead,
// or another try; opened then gets the store.
func serverUnreachable(a fyne.App, target, local string, err error, t *tasks, opened func(s *store.Store, message string)) fyne.Window {
	w := a.NewWindow("Liaison")
	t.win = w
	text := fmt.Sprintf(lang.L("Liaison could not connect to the office database %s."), serverName(target)) +
		"\n\n" + sentence(err.Error()) + "\n\n" +
		fmt.Sprintf(lang.L("You can work on your own file (%s) meanwhile, or try again."), local)
	open := func(what, path, message string) {
		var s *store.Store
		t.run(what, func(ctx context.Context) (err error) {
			s, err = store.Open(ctx, path)
			return err
		}, func() {
			opened(s, message)
			w.Close()
		})
	}
	mine := widget.NewButton(lang.L("Open my file"), func() {
		open(lang.L("Opening your file"), local, lang.L("The office database could not be reached: this is your own file."))
	})
	mine.Importance = widget.HighImportance
	again := widget.NewButton(lang.L("Try again"), func() {
		open(lang.L("Connecting to the office database"), target, lang.L("Connected to the office database")+" "+serverName(target)+".")
	})
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(mine, again, widget.NewButton(lang.L("Quit"), a.Quit))
	w.SetContent(container.NewBorder(nil, container.NewCenter(buttons), nil, nil, container.NewVScroll(container.NewPadded(label))))
	w.Resize(fyne.NewSize(640, 320))
	return w
}

// cleanUp removes the temporary files interrupted writes left beside the
// database, in the backup folder and in the folders of recent exports, and
// returns how many.
func cleanUp(prefs settings, dbPath string) int {
	n := backup.CleanUp(dbPath, prefs.backupFolder(dbPath))
	for _, dir := range prefs.exportFolders() {
		m, _ := safefile.CleanTemp(dir) // a folder gone since is no matter
		n += m
	}
	return n
}

// startupError makes the window that says why Liaison could not open its
// database, for an officer who started it from a menu and sees no
// terminal. A damaged database can be replaced by a backup from there;
// opened then calls recovered with the store, and the main window opens.
func startupError(a fyne.App, dbPath string, err error, t *tasks, recovered func(s *store.Store, message string)) fyne.Window {
	w := a.NewWindow("Liaison")
	t.win = w
	prefs := settings{a.Preferences()}
	folder := prefs.backupFolder(dbPath)
	text := lang.L("Liaison could not open its database.") + "\n\n" + sentence(err.Error())
	quit := widget.NewButton(lang.L("Quit"), a.Quit)
	buttons := []fyne.CanvasObject{quit}
	if errors.Is(err, store.ErrDamaged) {
		text = lang.L("Liaison's database is damaged: a disk or a copy went wrong. Nothing more is written to it.") +
			"\n\n" + sentence(err.Error())
		u := &UI{app: a, win: w, prefs: prefs, tasks: t, opts: Options{Now: time.Now}}
		restore := func(path string) {
			var s *store.Store
			var r store.Restored
			u.tasks.run(lang.L("Restoring"), func(ctx context.Context) (err error) {
				if r, err = store.Restore(ctx, dbPath, path, folder, u.opts.Now()); err != nil {
					return err
				}
				s, err = store.Open(ctx, dbPath)
				return err
			}, func() {
				recovered(s, fmt.Sprintf(lang.L("Restored %s; the damaged database is kept as %s."), filepath.Base(path), r.SavedAs))
				w.Close()
			})
		}
		choose := widget.NewButton(lang.L("Choose a backup…"), func() {
			u.chooseBackupFile(w, folder, restore)
		})
		buttons = []fyne.CanvasObject{choose, quit}
		if f, info, ok := backup.LatestGood(context.Background(), folder); ok {
			text += "\n\n" + fmt.Sprintf(lang.L("The latest good backup is %s, made %s, with %d missions, %d people and %d events. "+
				"Restoring it puts it in place of the damaged database, which is kept aside in %s."),
				f.Name(), f.ModTime.Format("02.01.2006 15:04"), info.Missions, info.People, info.Events, folder)
			latest := widget.NewButton(lang.L("Restore this backup"), func() { restore(f.Path) })
			latest.Importance = widget.HighImportance
			buttons = []fyne.CanvasObject{latest, choose, quit}
		} else {
			text += "\n\n" + fmt.Sprintf(lang.L("There is no good backup in %s. Choose a backup from elsewhere, or quit and ask for help."), folder)
		}
	}
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, container.NewCenter(container.NewHBox(buttons...)), nil, nil,
		container.NewVScroll(container.NewPadded(label))))
	w.Resize(fyne.NewSize(640, 320))
	return w
}
