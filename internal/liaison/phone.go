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

// ValidPhone reports whether a stored phone (with or without its label)
// passes the check Validate makes: at least five digits and not an email
// address typed into the wrong field.
func ValidPhone(s string) bool {
	return !strings.Contains(s, "@") && dialled(s) >= 5
}

// dialled counts the digits a phone number dials, its label left out. The
// letters of a vanity number ("1-800-FLOWERS", "+1 800 MY FAX") count, as
// a keypad turns each into a digit, when the number starts like one and
// has at least three digits of its own; any other letter does not.
func dialled(s string) int {
	number, _ := SplitPhone(s)
	digits, letters := 0, 0
	vanity := number != "" && strings.ContainsRune("+(0123456789", rune(number[0]))
	for _, r := range number {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			letters++
		case !strings.ContainsRune(" -.()/+", r):
			vanity = false
		}
	}
	if vanity && digits >= 3 {
		return digits + letters
	}
	return digits
}
