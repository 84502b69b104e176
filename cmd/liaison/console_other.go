//go:build !windows

package main

// useUTF8Console does nothing outside Windows: terminals take the locale's
// encoding, UTF-8 wherever Liaison runs (see internal/locale).
func useUTF8Console() (restore func()) { return func() {} }
