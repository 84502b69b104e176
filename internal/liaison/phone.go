package liaison

import "strings"

// Phones are stored as officers read them: the number, then what it is in
// brackets when known, "+7 701 555 01 02 (mobile)". The label is free
// text; vCard's types map to the common ones.

// Common phone labels.
const (
	PhoneMobile = "mobile"
	PhoneWork   = "work"
	PhoneHome   = "home"
	PhoneFax    = "fax"
)

// SplitPhone separates a stored phone into its number and its label
// ("" when it has none).
func SplitPhone(s string) (number, label string) {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			inner := s[i+2 : len(s)-1]
			// "(7172)" is part of the number, not a label.
			if digitsOnly(inner) == "" {
				return strings.TrimSpace(s[:i]), strings.TrimSpace(inner)
			}
		}
	}
	return s, ""
}

// JoinPhone writes a number with its label as stored.
func JoinPhone(number, label string) string {
	number, label = strings.TrimSpace(number), strings.TrimSpace(label)
	if label == "" {
		return number
	}
	return number + " (" + label + ")"
}
