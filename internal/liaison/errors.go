package liaison

import (
	"errors"
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
	What  string // e.g. "is not an ISO country code (got \"XX\")"
}

// Problems is the list of everything wrong with a record. It is an error
// that matches ErrInvalid with errors.Is.
type Problems []Problem

// Error reports every problem, field first: "Name: is required; Email: ...".
func (ps Problems) Error() string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Field + ": " + p.What
	}
	return strings.Join(parts, "; ")
}

// Is reports whether target is ErrInvalid.
func (ps Problems) Is(target error) bool { return target == ErrInvalid }

// Field returns what is wrong with the named field, or "" when nothing is.
func (ps Problems) Field(name string) string {
	for _, p := range ps {
		if p.Field == name {
			return p.What
		}
	}
	return ""
}

// add records a problem.
func (ps *Problems) add(field, what string) { *ps = append(*ps, Problem{field, what}) }

// err returns ps as an error, or nil when there is no problem.
func (ps Problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}
