package locale

import (
	"syscall"
	"unsafe"
)

// systemLocale returns the name of the Windows user's locale, such as
// "ru-RU" or "kk-KZ", the one Fyne translates the window by; "" when
// Windows cannot say. Only syscall: see the package doc on the order of
// initialisation.
func systemLocale() string {
	proc := syscall.NewLazyDLL("kernel32.dll").NewProc("GetUserDefaultLocaleName")
	if proc.Find() != nil {
		return ""
	}
	buf := make([]uint16, 85) // LOCALE_NAME_MAX_LENGTH
	n, _, _ := proc.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 {
		return ""
	}
	return syscall.UTF16ToString(buf)
}
