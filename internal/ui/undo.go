package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// undo remembers the last delete or archive, which Edit › Undo, Ctrl+Z or
// the Undo button in the status bar takes back.
type undo struct {
	what   string // "deletion of Embassy of France"
	revert func(ctx context.Context) error
}

// statusBar is the line at the bottom of the window: the state of the
// connection to the office database when it is worth saying, what just
// happened, which database is open, and an Undo button while there is
// something to undo.
type statusBar struct {
	connection *widget.Label
	message    *widget.Label
	database   *widget.Label
	undo       *widget.Button
	root       fyne.CanvasObject
}

func newStatusBar(onUndo func()) *statusBar {
	b := &statusBar{connection: widget.NewLabel(""), message: widget.NewLabel(""), database: widget.NewLabel("")}
	b.connection.TextStyle.Bold = true
	b.connection.Hide()
	b.message.Truncation = fyne.TextTruncateEllipsis
	b.database.Importance = widget.LowImportance
	b.undo = widget.NewButtonWithIcon(lang.L("Undo"), theme.ContentUndoIcon(), onUndo)
	b.undo.Hide()
	b.root = container.NewBorder(nil, nil, b.connection, container.NewHBox(b.database, b.undo), b.message)
	return b
}

// remember records what can be undone and offers it in the status bar.
func (u *UI) remember(what string, revert func(ctx context.Context) error) {
	u.undo = undo{what: what, revert: revert}
	u.status.message.SetText(lang.L("Done:") + " " + what + ".")
	u.status.undo.SetText(shorten(lang.L("Undo")+" "+what, maxUndoLabel))
	u.status.undo.Show()
}

// notify says in the status bar what just happened.
func (u *UI) notify(message string) {
	u.status.message.SetText(message)
}

func (u *UI) onUndo() {
	last := u.undo
	if last.revert == nil {
		u.notify(lang.L("There is nothing to undo."))
		return
	}
	u.write(lang.L("Undo"), last.revert, func() {
		u.undo = undo{}
		u.status.undo.Hide()
		u.notify(lang.L("Undone:") + " " + last.what + ".")
	})
}

// archive archives (or, with archive false, restores) a record named name
// through set, then calls done; an archive can be undone.
func (u *UI) archive(name string, archive bool, set func(ctx context.Context, archived bool) error, done func()) {
	u.write(lang.L("Archiving"), func(ctx context.Context) error { return set(ctx, archive) }, func() {
		if archive {
			u.remember(fmt.Sprintf(lang.L("archive of %s"), name), func(ctx context.Context) error { return set(ctx, false) })
		}
		done()
	})
}

// A deletion is what deleting a record needs: how to delete it (the store
// archives instead what has history), how to restore it when it was
// archived, and how to make it again when it was deleted.
type deletion struct {
	name      string
	del       func(ctx context.Context) (archived bool, err error)
	unarchive func(ctx context.Context) error
	recreate  func(ctx context.Context) error
}

// deleteAfterAsking asks, deletes (or archives) the record, offers to undo
// it, and calls done with what happened.
func (u *UI) deleteAfterAsking(title, question, action string, d deletion, done func(archived bool)) {
	confirm(u.win, title, question, action, func() {
		var archived bool
		u.write(lang.L("Deleting"), func(ctx context.Context) (err error) {
			archived, err = d.del(ctx)
			return err
		}, func() {
			if archived {
				u.remember(fmt.Sprintf(lang.L("archive of %s"), d.name), d.unarchive)
			} else {
				u.remember(fmt.Sprintf(lang.L("deletion of %s"), d.name), d.recreate)
			}
			done(archived)
		})
	})
}

// maxUndoLabel is how many letters the Undo button shows: a button does
// not cut its text, and a long name would widen the window past the
// screen.
const maxUndoLabel = 60

// shorten cuts s to n letters, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
