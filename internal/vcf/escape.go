package vcf

import "strings"

// vCard escapes text with a backslash (RFC 6350 3.4, RFC 2426 4): "\\",
// "\n", "\," and "\;". A structured value (N, ADR, ORG) is split at the
// semicolons that are not escaped, and in N each part again at the
// commas that are not escaped: "Doe;John\, Jr." is the given name
// "John, Jr.", "Doe;John,Paul" two given names. The value must therefore
// be split before it is unescaped, which is why Decode reads content
// lines itself instead of taking go-vcard's already unescaped values.

// unescape reads an escaped text value. "\\", "\,", "\;", "\:" and "\n"
// or "\N" become their characters; a backslash before anything else is
// kept, as clients that do not escape write paths and smileys.
func unescape(s string) string {
	i := strings.IndexByte(s, '\\')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		switch next := s[i+1]; next {
		case '\\', ',', ';', ':':
			b.WriteByte(next)
			i++
		case 'n', 'N':
			b.WriteByte('\n')
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// components splits an escaped value at each sep that is not escaped,
// leaving the escapes for unescape.
func components(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case sep:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// structuredParts splits a structured value (ADR, ORG) into its
// components, unescaped and trimmed.
func structuredParts(v string) []string {
	parts := components(v, ';')
	for i, p := range parts {
		parts[i] = strings.TrimSpace(unescape(p))
	}
	return parts
}

// listValue reads a component of N that may hold several values
// (vCard 3.0 and 4.0): they are joined with sep. In vCard 2.1 a comma is
// text.
func listValue(component string, lists bool, sep string) string {
	if !lists || !strings.Contains(component, ",") {
		return strings.TrimSpace(unescape(component))
	}
	var values []string
	for _, v := range components(component, ',') {
		if v = strings.TrimSpace(unescape(v)); v != "" {
			values = append(values, v)
		}
	}
	return strings.Join(values, sep)
}

// escape escapes a text value: backslash, comma, semicolon and line breaks.
func escape(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return textEscaper.Replace(s)
}

var textEscaper = strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\n", `\n`, "\r", `\n`)

// escapePhone escapes a phone number. In vCard 3.0 its value is no text
// ("+1 418 656 9254;ext=102" keeps its semicolon); in 4.0 it is text, in
// which a comma must be escaped and a semicolon need not be. A backslash
// and line breaks, which no number needs, are escaped in both, so that a
// number reads back as it was written.
func escapePhone(s string, v Version) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if v == V4 {
		return phoneEscaper4.Replace(s)
	}
	return phoneEscaper.Replace(s)
}

var (
	phoneEscaper  = strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\n`)
	phoneEscaper4 = strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\n`, ",", `\,`)
)

// structured joins components of N, ADR or ORG, each escaped.
func structured(parts ...string) string {
	for i, p := range parts {
		parts[i] = escape(p)
	}
	return strings.Join(parts, ";")
}
