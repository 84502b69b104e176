package ui

import (
	"context"
	"errors"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// progressDelay is how long work may take before the window shows a
// progress dialog with a Cancel button: a third of a second, about when a
// person starts to wonder whether the click registered.
const progressDelay = time.Second / 3

// tasks runs database and file work off the UI thread. Every result comes
// back to the widgets through fyne.Do.
type tasks struct {
	win fyne.Window
	wg  sync.WaitGroup // counts the tasks under way
	// calls, when not nil, carries the widget work of tasks to whoever
	// calls wait, instead of fyne.DoAndWait. The headless test driver runs
	// fyne.Do on the calling goroutine, where two tasks, or a task and
	// the test, would touch widgets at once; tests set calls so that all
	// widget work happens on the test's goroutine, as on the real UI
	// thread.
	calls chan uiCall
	// posted is widget work sent by post while calls is set, run by
	// the next wait.
	mu     sync.Mutex
	posted []func()
	// explain, when set, rewrites an error before it is shown, on the
	// UI thread (see UI.offline).
	explain func(error) error
}

// A uiCall is widget work waiting for the test's goroutine.
type uiCall struct {
	fn   func()
	done chan struct{}
}

// onUI runs fn on the UI thread and waits for it. fn must not call onUI.
func (t *tasks) onUI(fn func()) {
	if t.calls == nil {
		fyne.DoAndWait(fn)
		return
	}
	c := uiCall{fn: fn, done: make(chan struct{})}
	t.calls <- c
	<-c.done
}

// post runs fn on the UI thread later, without waiting for it: for
// goroutines that live beside the tasks (the change watch), which must not
// block on the UI thread.
func (t *tasks) post(fn func()) {
	if t.calls == nil {
		fyne.Do(fn)
		return
	}
	t.mu.Lock()
	t.posted = append(t.posted, fn)
	t.mu.Unlock()
}

// runPosted runs the widget work posted so far; only tests need it.
func (t *tasks) runPosted() {
	t.mu.Lock()
	fns := t.posted
	t.posted = nil
	t.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// run does work in a goroutine. When it takes longer than progressDelay a
// progress dialog titled what appears, and its Cancel button cancels the
// work's context. Then, on the UI thread, done runs when work succeeded,
// or the error is shown in plain words (a cancelled task shows nothing).
func (t *tasks) run(what string, work func(ctx context.Context) error, done func()) {
	ctx, cancel := context.WithCancel(context.Background())
	var progress dialog.Dialog
	finished := false
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		defer cancel()
		timer := time.AfterFunc(progressDelay, func() {
			t.onUI(func() {
				if !finished {
					progress = newProgress(t.win, what, cancel)
					progress.Show()
				}
			})
		})
		err := work(ctx)
		timer.Stop()
		t.onUI(func() {
			finished = true
			if progress != nil {
				progress.Hide()
			}
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				showError(t.win, what, t.explained(err))
			case done != nil:
				done()
			}
		})
	}()
}

// quiet does quick work (a page of a list) in a goroutine without a
// progress dialog; done runs on the UI thread when it succeeded, and an
// error is shown.
func (t *tasks) quiet(what string, work func(ctx context.Context) error, done func()) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		err := work(context.Background())
		t.onUI(func() {
			if err != nil {
				showError(t.win, what, t.explained(err))
				return
			}
			done()
		})
	}()
}

func (t *tasks) explained(err error) error {
	if t.explain == nil {
		return err
	}
	return t.explain(err)
}

// wait blocks until every task has finished, running their widget work
// and what was posted meanwhile when calls is set. Tests use it.
func (t *tasks) wait() {
	if t.calls == nil {
		t.wg.Wait()
		return
	}
	t.runPosted()
	idle := make(chan struct{})
	go func() {
		t.wg.Wait()
		close(idle)
	}()
	for {
		select {
		case c := <-t.calls:
			c.fn()
			close(c.done)
		case <-idle:
			return
		}
	}
}

func newProgress(win fyne.Window, what string, cancel func()) dialog.Dialog {
	bar := widget.NewProgressBarInfinite()
	var d *dialog.CustomDialog
	stop := widget.NewButton(lang.L("Cancel"), func() {
		cancel()
		d.Hide()
	})
	d = dialog.NewCustomWithoutButtons(what, container.NewVBox(bar, container.NewCenter(stop)), win)
	return d
}
