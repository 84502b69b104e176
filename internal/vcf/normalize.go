package vcf

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Limits on what Decode reads, each reported in plain words.
const (
	// MaxFileSize is the largest file Decode reads: 100 MB.
	MaxFileSize = 100 << 20
	// MaxLineSize is the longest logical line (after unfolding): 8 MB,
	// room for a 2 MB photo in base64 and then some.
	MaxLineSize = 8 << 20
)

// A rawCard is the logical lines of one card, unfolded and in UTF-8, with
// the line it starts on.
type rawCard struct {
	line  int
	lines []string
}

// signatures of files officers drop by mistake, each with a precise message
// (a whole sentence, so that it translates).
var signatures = []struct {
	prefix, says string
}{
	{"\x89PNG", msg("the file is not a vCard: it is a PNG image")},
	{"\xff\xd8\xff", msg("the file is not a vCard: it is a JPEG image")},
	{"GIF8", msg("the file is not a vCard: it is a GIF image")},
	{"%PDF", msg("the file is not a vCard: it is a PDF document")},
	{"PK\x03\x04", msg("the file is not a vCard: it is a ZIP archive (an Excel or Word file, perhaps)")},
	{"\xd0\xcf\x11\xe0", msg("the file is not a vCard: it is an old Office document (.xls or .doc)")},
	{"{\\rtf", msg("the file is not a vCard: it is an RTF document")},
}

// toUTF8 checks that data is text and returns it as UTF-8 without a
// byte-order mark: UTF-16 files (some Outlook versions write them) are
// converted, a UTF-8 BOM is dropped.
func toUTF8(data []byte) ([]byte, error) {
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.prefix)) {
			return nil, fileError(s.says)
		}
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, fileError(msg("the file is not readable UTF-16 text: %w"), err)
		}
		data = out
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, fileError(msg("the file is not a vCard: it is not text"))
	}
	return data, nil
}

// splitCards unfolds data into logical lines and groups them into cards.
// A file with no BEGIN:VCARD, or whose last card has no END:VCARD, is an
// error: nothing of it is imported.
func splitCards(data []byte) ([]rawCard, error) {
	var (
		cards   []rawCard
		cur     *rawCard
		logical []byte // the logical line being built
		start   int    // its first physical line
		qp      bool   // its parameters say quoted-printable
		qpSoft  bool   // it ended with a quoted-printable soft line break
		lineNo  int
		sawText bool
	)
	flush := func() error {
		if logical == nil {
			return nil
		}
		line := string(logical)
		logical = nil
		if strings.TrimSpace(line) == "" {
			return nil
		}
		name := propertyName(line)
		switch {
		case name == "BEGIN" && strings.EqualFold(propertyValue(line), "VCARD"):
			if cur != nil {
				return fileError(msg("line %d: a card begins before the card of line %d ended; the file is damaged"), start, cur.line)
			}
			cur = &rawCard{line: start}
		case name == "END" && strings.EqualFold(propertyValue(line), "VCARD"):
			if cur == nil {
				return fileError(msg("line %d: END:VCARD without a BEGIN:VCARD before it; the file is damaged"), start)
			}
			cards = append(cards, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, line)
		default:
			sawText = true // text outside any card, ignored
		}
		return nil
	}
	for len(data) > 0 {
		lineNo++
		var phys []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			phys, data = data[:i], data[i+1:]
		} else {
			phys, data = data, nil
		}
		phys = bytes.TrimSuffix(phys, []byte{'\r'})
		switch {
		case qpSoft:
			// Outlook's quoted-printable soft break: the "=" ended the
			// previous line and this one goes on without indentation.
			logical = append(logical[:len(logical)-1], phys...)
		case len(phys) > 0 && (phys[0] == ' ' || phys[0] == '\t') && logical != nil:
			logical = append(logical, phys[1:]...)
		default:
			if err := flush(); err != nil {
				return nil, err
			}
			logical = append([]byte{}, phys...)
			start = lineNo
			// Decided once per logical line: looking at the whole line
			// again for every continuation would be quadratic, as
			// go-vcard's unfolding is on a long folded photo.
			qp = isQuotedPrintable(phys)
		}
		if len(logical) > MaxLineSize {
			return nil, fileError(msg("line %d is longer than %d MB; the file is damaged or holds a huge photo"), start, MaxLineSize>>20)
		}
		qpSoft = qp && bytes.HasSuffix(logical, []byte{'='})
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if cur != nil {
		return nil, fileError(msg("the file is cut off: the card that begins on line %d has no END:VCARD"), cur.line)
	}
	if len(cards) == 0 {
		if sawText {
			return nil, fileError(msg("the file is not a vCard: it has no BEGIN:VCARD"))
		}
		return nil, fileError(msg("the file is empty"))
	}
	return cards, nil
}

// propertyName returns the upper-case name of a content line, without its
// group: "item1.TEL;type=CELL:..." gives "TEL".
func propertyName(line string) string {
	end := strings.IndexAny(line, ";:")
	if end < 0 {
		return ""
	}
	name := line[:end]
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		name = name[dot+1:]
	}
	return strings.ToUpper(strings.TrimSpace(name))
}

// propertyValue returns what follows the first colon outside quotes.
func propertyValue(line string) string {
	_, value := splitLine(line)
	return strings.TrimSpace(value)
}

// splitLine splits a content line at the colon that ends its name and
// parameters, skipping colons inside quoted parameter values.
func splitLine(line string) (head, value string) {
	quoted := false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			quoted = !quoted
		case ':':
			if !quoted {
				return line[:i], line[i+1:]
			}
		}
	}
	return line, ""
}

// isQuotedPrintable reports whether a line's parameters say its value is
// quoted-printable.
func isQuotedPrintable(line []byte) bool {
	if i := bytes.IndexByte(line, ':'); i >= 0 {
		line = line[:i]
	}
	return bytes.Contains(bytes.ToUpper(line), []byte("QUOTED-PRINTABLE"))
}

// charsets are the legacy encodings real clients write, by the names they
// give them. Anything else is read as UTF-8.
var charsets = map[string]encoding.Encoding{
	"WINDOWS-1251": charmap.Windows1251, "CP1251": charmap.Windows1251, "CP-1251": charmap.Windows1251,
	"KOI8-R": charmap.KOI8R, "KOI8-U": charmap.KOI8U, "ISO-8859-5": charmap.ISO8859_5,
	"CP866": charmap.CodePage866, "IBM866": charmap.CodePage866,
	"WINDOWS-1252": charmap.Windows1252, "ISO-8859-1": charmap.ISO8859_1, "US-ASCII": charmap.Windows1252,
	"ISO-8859-15": charmap.ISO8859_15, "WINDOWS-1250": charmap.Windows1250, "ISO-8859-2": charmap.ISO8859_2,
}

// decodeText turns the bytes of a value into UTF-8: by its CHARSET when it
// names one, else as UTF-8 when it is valid UTF-8, else as Windows-1251,
// what Outlook on a Russian system writes without saying so.
func decodeText(b []byte, charset string) (string, bool) {
	if enc, ok := charsets[strings.ToUpper(charset)]; ok {
		out, err := enc.NewDecoder().Bytes(b)
		if err == nil {
			return string(out), true
		}
	}
	if utf8.Valid(b) {
		return string(b), true
	}
	out, err := charmap.Windows1251.NewDecoder().Bytes(b)
	return string(out), err == nil
}

// decodeQP decodes a quoted-printable value leniently: "=XX" is a byte,
// any other "=" is kept, as clients get it wrong in small ways.
func decodeQP(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '=' && i+2 < len(s) {
			if h, ok := unhex(s[i+1]); ok {
				if l, ok := unhex(s[i+2]); ok {
					out = append(out, h<<4|l)
					i += 2
					continue
				}
			}
		}
		out = append(out, s[i])
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// normalize rewrites one logical line as vCard 3.0 that go-vcard reads
// right: quoted-printable decoded, the charset converted to UTF-8, bare
// 2.1 parameters ("TEL;CELL:") given their name ("TEL;TYPE=CELL:"),
// ENCODING=BASE64 written as ENCODING=b. ok is false when the text could
// not be decoded.
func normalize(line string) (out string, ok bool) {
	head, value := splitLine(line)
	parts := splitParams(head)
	var params []string
	var encoding, charset string
	for _, p := range parts[1:] {
		k, v, hasValue := strings.Cut(p, "=")
		k = strings.ToUpper(strings.TrimSpace(k))
		if !hasValue {
			switch k {
			case "QUOTED-PRINTABLE", "BASE64", "B":
				encoding = k
			case "8BIT", "7BIT", "":
			default:
				params = append(params, "TYPE="+k)
			}
			continue
		}
		switch k {
		case "ENCODING":
			encoding = strings.ToUpper(strings.Trim(v, `"`))
		case "CHARSET":
			charset = strings.Trim(v, `"`)
		default:
			params = append(params, k+"="+v)
		}
	}
	ok = true
	switch encoding {
	case "QUOTED-PRINTABLE", "QP":
		value, ok = decodeText(decodeQP(value), charset)
		value = escapeNewlines(value)
	case "BASE64", "B":
		params = append(params, "ENCODING=b")
	default:
		value, ok = decodeText([]byte(value), charset)
	}
	var b strings.Builder
	b.Grow(len(parts[0]) + len(value) + 32)
	b.WriteString(parts[0])
	for _, p := range params {
		b.WriteByte(';')
		b.WriteString(p)
	}
	b.WriteByte(':')
	b.WriteString(value)
	return b.String(), ok
}

// splitParams splits "item1.TEL;TYPE=CELL;X=\"a;b\"" at the semicolons
// outside quotes: the name first, then each parameter.
func splitParams(head string) []string {
	var parts []string
	quoted, start := false, 0
	for i := 0; i < len(head); i++ {
		switch head[i] {
		case '"':
			quoted = !quoted
		case ';':
			if !quoted {
				parts = append(parts, head[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, head[start:])
}

// escapeNewlines writes the line breaks of a decoded value as vCard's \n.
func escapeNewlines(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", `\n`)
}
