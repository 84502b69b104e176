package liaison

import (
	"errors"
	"strconv"
	"strings"
)

// ErrNotFound is returned when a mission, person, event or invitation does
// not exist.
var ErrNotFound = errors.New("not found")

// ErrInvalid is returned, wrapped in a Problems value, when a record fails
// validation.
var ErrInvalid = errors.New("invalid")

// A Problem names one field of a record and what is wrong with it.
type Problem struct {
	Field string // the field as an officer sees it, e.g. "Country"
	What  string // a fixed text, e.g. "is not an ISO 3166 country code such as DE or KZ"
	Got   string // the value that was wrong, if it helps to show it: "XX"
}

// Text is what is wrong, with the value: `is not an email address (got "x")`.
func (p Problem) Text() string {
	if p.Got == "" {
		return p.What
	}
	return p.What + " (got " + strconv.Quote(p.Got) + ")"
}

// Problems is the list of everything wrong with a record. It is an error
// that matches ErrInvalid with errors.Is.
type Problems []Problem

// Error reports every problem, field first: "Name: is required; Email: ...".
func (ps Problems) Error() string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Field + ": " + p.Text()
	}
	return strings.Join(parts, "; ")
}

// Is reports whether target is ErrInvalid.
func (ps Problems) Is(target error) bool { return target == ErrInvalid }

// Field returns what is wrong with the named field, or "" when nothing is.
func (ps Problems) Field(name string) string {
	for _, p := range ps {
		if p.Field == name {
			return p.Text()
		}
	}
	return ""
}

// add records a problem: what is a fixed text (it is translated), got
// the wrong value, if any.
func (ps *Problems) add(field, what string, got ...string) {
	*ps = append(*ps, Problem{Field: field, What: what, Got: strings.Join(got, ", ")})
}

// err returns ps as an error, or nil when there is no problem.
func (ps Problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}
