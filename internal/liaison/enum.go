package liaison

import (
	"fmt"
	"strings"
)

// An enum is one of the fixed lists of the domain (kinds, ranks, statuses):
// a stable code that the database, the CLI and JSON use, and the English
// label an officer reads.
type enum interface {
	~string
	Label() string
}

// parseEnum finds the member of all whose code or label matches s, ignoring
// case, accents written or not, and the difference between spaces, dashes
// and underscores. what names the list for the error message.
func parseEnum[E enum](what, s string, all []E) (E, error) {
	key := enumKey(s)
	for _, e := range all {
		if enumKey(string(e)) == key || enumKey(e.Label()) == key {
			return e, nil
		}
	}
	codes := make([]string, len(all))
	for i, e := range all {
		codes[i] = string(e)
	}
	var zero E
	return zero, fmt.Errorf("%q is not a %s; use one of: %s", s, what, strings.Join(codes, ", "))
}

// enumKey reduces a code or label to lower-case letters and digits.
func enumKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r == 'é' || r == 'É':
			return 'e'
		}
		return -1
	}, s)
}

// isMember reports whether e is one of all.
func isMember[E comparable](e E, all []E) bool {
	for _, x := range all {
		if x == e {
			return true
		}
	}
	return false
}
