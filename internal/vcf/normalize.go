package vcf

import (
	"bytes"
	"slices"
	"strings"

	vcard "github.com/emersion/go-vcard"
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
// A card inside a card (vCard 2.1's AGENT, as Android and Windows Mobile
// write it) is a card of its own. A file with no BEGIN:VCARD, or whose
// last card has no END:VCARD, is an error: nothing of it is imported.
func splitCards(data []byte) ([]rawCard, error) {
	var (
		cards   []rawCard
		open    []*rawCard // the cards begun and not ended, innermost last
		nested  bool
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
			nested = nested || len(open) > 0
			open = append(open, &rawCard{line: start})
		case name == "END" && strings.EqualFold(propertyValue(line), "VCARD"):
			if len(open) == 0 {
				return fileError(msg("line %d: END:VCARD without a BEGIN:VCARD before it; the file is damaged"), start)
			}
			cards = append(cards, *open[len(open)-1])
			open = open[:len(open)-1]
		case len(open) > 0:
			cur := open[len(open)-1]
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
	if len(open) > 0 {
		return nil, fileError(msg("the file is cut off: the card that begins on line %d has no END:VCARD"), open[0].line)
	}
	if nested {
		// An inner card ends first; the file's order is by first line.
		slices.SortStableFunc(cards, func(a, b rawCard) int { return a.line - b.line })
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
	_, value, _ := splitLine(line)
	return strings.TrimSpace(value)
}

// splitLine splits a content line at the colon that ends its name and
// parameters, skipping colons inside quoted parameter values; ok is false
// when there is no such colon.
func splitLine(line string) (head, value string, ok bool) {
	quoted := false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			quoted = !quoted
		case ':':
			if !quoted {
				return line[:i], line[i+1:], true
			}
		}
	}
	return line, "", false
}

// isQuotedPrintable reports whether a line's parameters say its value is
// quoted-printable.
func isQuotedPrintable(line []byte) bool {
	if i := bytes.IndexByte(line, ':'); i >= 0 {
		line = line[:i]
	}
	return bytes.Contains(bytes.ToUpper(line), []byte("QUOTED-PRINTABLE"))
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

// A property is one content line of a card as read, before its text is
// decoded: the bytes of its value (quoted-printable undone, still
// escaped) and the charset the line names.
type property struct {
	group, name string
	params      vcard.Params // nil when the line has none
	value       string
	charset     string // as the line names it; "" when it names none
}

// parseProperty reads a content line the way vCard 2.1, 3.0 and 4.0
// write it: the bare parameters of 2.1 ("TEL;CELL:") are types,
// ENCODING=BASE64 or B marks an embedded file, quoted-printable is
// undone. ok is false for a line without a colon, which is no property.
func parseProperty(line string) (p property, ok bool) {
	head, value, ok := splitLine(line)
	if !ok {
		return p, false
	}
	parts := splitParams(head)
	name := strings.TrimSpace(parts[0])
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		p.group, name = name[:dot], name[dot+1:]
	}
	p.name = strings.ToUpper(name)
	var encoding string
	for _, param := range parts[1:] {
		k, v, hasValue := strings.Cut(param, "=")
		k = strings.ToUpper(strings.TrimSpace(k))
		if !hasValue {
			switch k {
			case "QUOTED-PRINTABLE", "BASE64", "B":
				encoding = k
			case "8BIT", "7BIT", "":
			default:
				p.addParam("TYPE", k)
			}
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"`)
		switch k {
		case "ENCODING":
			encoding = strings.ToUpper(v)
		case "CHARSET":
			p.charset = v
		default:
			for _, one := range strings.Split(v, ",") {
				p.addParam(k, one)
			}
		}
	}
	switch encoding {
	case "QUOTED-PRINTABLE", "QP":
		p.value = string(decodeQP(value))
	case "BASE64", "B":
		p.addParam("ENCODING", "b")
		p.value = value
	default:
		p.value = value
	}
	return p, true
}

func (p *property) addParam(k, v string) {
	if p.params == nil {
		p.params = make(vcard.Params, 2)
	}
	p.params[k] = append(p.params[k], v)
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
