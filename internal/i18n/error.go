package i18n

import (
	"errors"
	"fmt"
)

// An Error is an error whose text is a fixed English sentence with values
// filled in, so that it can be said in any language: Error gives the
// English, prefixed with the package that reports it, as the command line
// prints it; In gives the sentence in a language for the window. Values
// (a line number, a sheet's name, an error of the system) are not
// translated.
type Error struct {
	Pkg  string // "vcf", "xlsx": the English text begins "vcf: "; "" for none
	Text string // a key of the translation files, a format for Args
	Args []any  // an error among them wrapped with %w is Unwrap's
}

// Error is the English text, as fmt.Errorf would have written it.
func (e *Error) Error() string {
	if e.Pkg == "" {
		return fmt.Errorf(e.Text, e.Args...).Error()
	}
	return e.Pkg + ": " + fmt.Errorf(e.Text, e.Args...).Error()
}

// Unwrap returns the error Text wraps with %w, if any.
func (e *Error) Unwrap() error { return errors.Unwrap(fmt.Errorf(e.Text, e.Args...)) }

// In says the text, without the package, in the language l.
func (e *Error) In(l Lang) string { return fmt.Errorf(l.T(e.Text), e.Args...).Error() }

// ErrorText says err in the language l: the text of the first Error in
// its chain translated, without the package, any other error as its
// English text.
func (l Lang) ErrorText(err error) string {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.In(l)
	}
	return err.Error()
}
