package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screens returns the work area of each monitor in pixels: the screen less
// the desktop's panels, or the whole screen when the system does not say.
// Fyne 2.7 has no call for the screen's size; GLFW, which its desktop
// driver runs on, has. It must run on the main thread once Fyne has
// started GLFW, which creating a window does; should GLFW fail anyway,
// the window opens at a size that fits small laptop screens.
func screens() (out []fyne.Size) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	for _, m := range glfw.GetMonitors() {
		_, _, w, h := m.GetWorkarea()
		if w <= 0 || h <= 0 {
			if mode := m.GetVideoMode(); mode != nil {
				w, h = mode.Width, mode.Height
			}
		}
		if w > 0 && h > 0 {
			out = append(out, fyne.NewSize(float32(w), float32(h)))
		}
	}
	return out
}
