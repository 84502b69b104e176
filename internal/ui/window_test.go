package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestWindowFit(t *testing.T) {
	laptop := fyne.NewSize(1024, 640)
	wide := fyne.NewSize(1920, 1050)
	for _, c := range []struct {
		name       string
		remembered fyne.Size
		known      bool
		screens    []fyne.Size
		want       fyne.Size
	}{
		{"first start on a big screen", fyne.Size{}, false, []fyne.Size{wide}, fyne.NewSize(1280, 800)},
		{"first start on a laptop", fyne.Size{}, false, []fyne.Size{laptop}, fyne.NewSize(1024-frameWidth, 640-frameHeight)},
		{"first start on a laptop with a big screen beside", fyne.Size{}, false, []fyne.Size{wide, laptop},
			fyne.NewSize(1024-frameWidth, 640-frameHeight)},
		{"the officer's size", fyne.NewSize(1500, 900), true, []fyne.Size{laptop, wide}, fyne.NewSize(1500, 900)},
		{"the officer's size, from a screen no longer there", fyne.NewSize(1500, 900), true, []fyne.Size{laptop},
			fyne.NewSize(1024-frameWidth, 640-frameHeight)},
		{"no screen known, first start", fyne.Size{}, false, nil, fyne.NewSize(unknownScreenWidth, unknownScreenHeight)},
		{"no screen known, the officer's size", fyne.NewSize(1500, 900), true, nil, fyne.NewSize(1500, 900)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := windowFit(c.remembered, c.known, c.screens); got != c.want {
				t.Errorf("windowFit = %v, want %v", got, c.want)
			}
		})
	}
}

// TestWindowFitsTheScreen opens the window as on a first start on a
// small laptop's screen, and again after the officer made it smaller.
func TestWindowFitsTheScreen(t *testing.T) {
	u, s := newTestUI(t)
	screens := func() []fyne.Size { return []fyne.Size{{Width: 1024, Height: 640}} }
	u2 := newUI(u.app, s, Options{Now: testNow, Screens: screens}, testTasks())
	u2.tasks.wait()
	if got, want := u2.win.Canvas().Size(), fyne.NewSize(1024-frameWidth, 640-frameHeight); got != want {
		t.Errorf("first window = %v, want %v", got, want)
	}
	u2.win.Resize(fyne.NewSize(900, 560))
	u2.onClose()
	u3 := newUI(u.app, s, Options{Now: testNow, Screens: screens}, testTasks())
	u3.tasks.wait()
	if got, want := u3.win.Canvas().Size(), fyne.NewSize(900, 560); got != want {
		t.Errorf("window after the officer's resize = %v, want %v", got, want)
	}
}
