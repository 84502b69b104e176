package main

import "golang.org/x/sys/windows"

// cpUTF8 is the UTF-8 code page, CP_UTF8 in the Windows headers.
const cpUTF8 = 65001

// useUTF8Console switches the console Liaison runs in, if any, to the
// UTF-8 code page for the run, and returns what switches it back. Go
// writes to the console itself in UTF-16, which shows Cyrillic and Kazakh
// letters right in any code page; but what a program reads from a pipe
// (liaison-cli list missions | more) is read in the console's code page,
// 866 or 1251 on a Russian Windows.
func useUTF8Console() (restore func()) {
	in, err := windows.GetConsoleCP()
	if err != nil || in == 0 { // no console: the window, or output to a file
		return func() {}
	}
	out, err := windows.GetConsoleOutputCP()
	if err != nil {
		return func() {}
	}
	_ = windows.SetConsoleCP(cpUTF8)
	_ = windows.SetConsoleOutputCP(cpUTF8)
	return func() {
		_ = windows.SetConsoleCP(in)
		_ = windows.SetConsoleOutputCP(out)
	}
}
