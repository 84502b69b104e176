package ui

import "fyne.io/fyne/v2"

// Room a window leaves on its screen for the title bar and frame the
// window manager adds: the work area a driver reports includes them.
const (
	frameWidth  = 16
	frameHeight = 48
)

// The size of the first window when the driver names no screen: it fits
// the smallest laptop screens the office has (1024×640 and up), and the
// officer's own size is remembered from then on.
const (
	unknownScreenWidth  = 1024
	unknownScreenHeight = 640
)

// windowFit returns the size the window opens at. The size the officer
// left it at (remembered) is kept when the largest screen holds it, else
// cut to that screen; the first window takes the default size cut to the
// smallest screen, since it may open on any of them. screens are the work
// areas of the monitors, in the canvas's units; none when unknown.
func windowFit(remembered fyne.Size, known bool, screens []fyne.Size) fyne.Size {
	if len(screens) == 0 {
		if known {
			return remembered
		}
		return fyne.NewSize(unknownScreenWidth, unknownScreenHeight)
	}
	largest, smallest := screens[0], screens[0]
	for _, s := range screens[1:] {
		if s.Width*s.Height > largest.Width*largest.Height {
			largest = s
		}
		if s.Width*s.Height < smallest.Width*smallest.Height {
			smallest = s
		}
	}
	want, room := remembered, largest
	if !known {
		want, room = fyne.NewSize(defWindowWidth, defWindowHeight), smallest
	}
	return fyne.NewSize(min(want.Width, room.Width-frameWidth), min(want.Height, room.Height-frameHeight))
}

// fitToScreen sizes the window for the screens it may open on. Before the
// window shows, its canvas counts one unit a pixel; ShowAndRun fits it
// again once the canvas knows the screen's scale.
func (u *UI) fitToScreen() {
	var screens []fyne.Size
	if u.opts.Screens != nil {
		scale := u.win.Canvas().Scale()
		if scale <= 0 {
			scale = 1
		}
		for _, s := range u.opts.Screens() {
			if s.Width > 0 && s.Height > 0 {
				screens = append(screens, fyne.NewSize(s.Width/scale, s.Height/scale))
			}
		}
	}
	size, known := u.prefs.windowSize()
	u.win.Resize(windowFit(size, known, screens))
}
