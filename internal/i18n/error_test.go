package i18n

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

// TestErrorSaysEnglishAndTranslates checks that an Error reads in English
// as fmt.Errorf would have written it, with its package, and in another
// language with the values kept and the wrapped error still found.
func TestErrorSaysEnglishAndTranslates(t *testing.T) {
	cut := &Error{Pkg: "vcf", Text: "the file is cut off: the card that begins on line %d has no END:VCARD", Args: []any{10}}
	if got, want := cut.Error(), "vcf: the file is cut off: the card that begins on line 10 has no END:VCARD"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := Ru.ErrorText(cut), "файл обрезан: у карточки, которая начинается в строке 10, нет END:VCARD"; got != want {
		t.Errorf("in Russian: %q, want %q", got, want)
	}
	if got, want := En.ErrorText(cut), "the file is cut off: the card that begins on line 10 has no END:VCARD"; got != want {
		t.Errorf("in English: %q, want %q", got, want)
	}

	unread := &Error{Pkg: "xlsx", Text: "cannot read the file: %w", Args: []any{io.ErrUnexpectedEOF}}
	if got, want := unread.Error(), "xlsx: cannot read the file: unexpected EOF"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(unread, io.ErrUnexpectedEOF) {
		t.Error("the wrapped error is lost")
	}
	wrapped := fmt.Errorf("reading: %w", unread)
	if got, want := Kk.ErrorText(wrapped), "файл оқылмады: unexpected EOF"; got != want {
		t.Errorf("in Kazakh: %q, want %q", got, want)
	}
	if got, want := Ru.ErrorText(io.EOF), "EOF"; got != want {
		t.Errorf("another error in Russian: %q, want %q", got, want)
	}
}
