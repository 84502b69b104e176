package documents

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// The merge works on the template's XML as text, token by token, and
// writes every token it does not change back byte for byte: a round trip
// through encoding/xml would rename namespace xmlPrefixes and lose the
// markup-compatibility attributes Word depends on.

type xmlTokenKind uint8

const (
	tokText  xmlTokenKind = iota // character data between tags, still escaped
	tokStart                     // <name ...>
	tokEnd                       // </name>
	tokEmpty                     // <name .../>
	tokOther                     // comment, processing instruction, CDATA, doctype
)

// An xmlToken is one piece of an XML part; raw is its text in the part.
type xmlToken struct {
	kind xmlTokenKind
	name string
	raw  []byte
}

// xmlTokenize splits an XML part into tokens and checks that its elements
// nest, so that a damaged part is refused before anything is written.
func xmlTokenize(where string, b []byte) ([]xmlToken, error) {
	var toks []xmlToken
	var open []string
	damaged := func(what string) error {
		return fmt.Errorf("documents: %s is damaged (%s): open the template in Word and save it again", where, what)
	}
	for i := 0; i < len(b); {
		if b[i] != '<' {
			j := bytes.IndexByte(b[i:], '<')
			if j < 0 {
				j = len(b) - i
			}
			toks = append(toks, xmlToken{kind: tokText, raw: b[i : i+j]})
			i += j
			continue
		}
		rest := b[i:]
		closer := ""
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			closer = "-->"
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			closer = "]]>"
		case bytes.HasPrefix(rest, []byte("<?")):
			closer = "?>"
		case bytes.HasPrefix(rest, []byte("<!")):
			closer = ">"
		}
		if closer != "" {
			j := bytes.Index(rest, []byte(closer))
			if j < 0 {
				return nil, damaged("an unfinished comment or instruction")
			}
			toks = append(toks, xmlToken{kind: tokOther, raw: rest[:j+len(closer)]})
			i += j + len(closer)
			continue
		}
		j := xmlTagEnd(rest)
		if j < 0 {
			return nil, damaged("an unfinished tag")
		}
		raw := rest[:j+1]
		t := xmlToken{raw: raw}
		switch {
		case bytes.HasPrefix(raw, []byte("</")):
			t.kind, t.name = tokEnd, xmlTagName(raw[2:])
			if len(open) == 0 || open[len(open)-1] != t.name {
				return nil, damaged("</" + t.name + "> does not match")
			}
			open = open[:len(open)-1]
		case bytes.HasSuffix(raw, []byte("/>")):
			t.kind, t.name = tokEmpty, xmlTagName(raw[1:])
		default:
			t.kind, t.name = tokStart, xmlTagName(raw[1:])
			open = append(open, t.name)
		}
		toks = append(toks, t)
		i += j + 1
	}
	if len(open) > 0 {
		return nil, damaged("<" + open[len(open)-1] + "> is never closed")
	}
	return toks, nil
}

// xmlTagEnd returns the index of the '>' that ends the tag starting at b[0],
// skipping quoted attribute values, or -1.
func xmlTagEnd(b []byte) int {
	var quote byte
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

func xmlTagName(b []byte) string {
	end := bytes.IndexAny(b, " \t\r\n/>")
	if end < 0 {
		end = len(b)
	}
	return string(b[:end])
}

// An xmlAttr is one attribute of a tag, with where its value lies in the tag.
type xmlAttr struct {
	name       string
	value      string
	start, end int // the whole attribute, from its name to its closing quote
}

// xmlAttrs lists the attributes of a start or empty tag.
func xmlAttrs(raw []byte) []xmlAttr {
	var out []xmlAttr
	i := 1 + len(xmlTagName(raw[1:]))
	for i < len(raw) {
		for i < len(raw) && isXMLSpace(raw[i]) {
			i++
		}
		start := i
		for i < len(raw) && raw[i] != '=' && !isXMLSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
			i++
		}
		name := string(raw[start:i])
		for i < len(raw) && (isXMLSpace(raw[i]) || raw[i] == '=') {
			i++
		}
		if name == "" || i >= len(raw) || (raw[i] != '"' && raw[i] != '\'') {
			break
		}
		q := raw[i]
		end := bytes.IndexByte(raw[i+1:], q)
		if end < 0 {
			break
		}
		out = append(out, xmlAttr{name: name, value: xmlUnescape(string(raw[i+1 : i+1+end])), start: start, end: i + 2 + end})
		i += end + 2
	}
	return out
}

func xmlAttrValue(raw []byte, name string) (string, bool) {
	for _, a := range xmlAttrs(raw) {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}

// xmlSetAttr returns the tag with the attribute name set to value, added
// before the tag's end when it is missing.
func xmlSetAttr(raw []byte, name, value string) []byte {
	kv := name + `="` + xmlEscapeAttr(value) + `"`
	for _, a := range xmlAttrs(raw) {
		if a.name == name {
			return joinBytes(raw[:a.start], []byte(kv), raw[a.end:])
		}
	}
	cut := len(raw) - 1
	if bytes.HasSuffix(raw, []byte("/>")) {
		cut--
	}
	return joinBytes(raw[:cut], []byte(" "+kv), raw[cut:])
}

// xmlDropAttrs returns the tag without the attributes for which drop is true.
func xmlDropAttrs(raw []byte, drop func(name string) bool) []byte {
	as := xmlAttrs(raw)
	out := raw
	for i := len(as) - 1; i >= 0; i-- {
		if drop(as[i].name) {
			start := as[i].start
			for start > 0 && isXMLSpace(out[start-1]) {
				start--
			}
			out = joinBytes(out[:start], out[as[i].end:])
		}
	}
	return out
}

func joinBytes(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// namespaceURIs maps the namespace URIs the merge needs to short keys.
var namespaceURIs = map[string]string{
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main":           "w",
	"http://purl.oclc.org/ooxml/wordprocessingml/main":                       "w",
	"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
	"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":             "wp",
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships":    "r",
	"http://purl.oclc.org/ooxml/officeDocument/relationships":                "r",
}

// xmlPrefixes finds the prefixes a part's root element gives the namespaces
// the merge needs; Word and LibreOffice declare them all on the root.
func xmlPrefixes(toks []xmlToken) map[string]string {
	p := map[string]string{"w": "w", "wp": "wp", "r": "r"}
	for _, t := range toks {
		if t.kind != tokStart && t.kind != tokEmpty {
			continue
		}
		for _, a := range xmlAttrs(t.raw) {
			if key, ok := namespaceURIs[a.value]; ok && strings.HasPrefix(a.name, "xmlns:") {
				p[key] = strings.TrimPrefix(a.name, "xmlns:")
			}
		}
		break
	}
	return p
}

// xmlUnescape decodes the five XML entities and character references.
func xmlUnescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s, ';')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		ent := s[1:j]
		switch {
		case ent == "lt":
			b.WriteByte('<')
		case ent == "gt":
			b.WriteByte('>')
		case ent == "amp":
			b.WriteByte('&')
		case ent == "quot":
			b.WriteByte('"')
		case ent == "apos":
			b.WriteByte('\'')
		case strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X"):
			n, err := strconv.ParseUint(ent[2:], 16, 32)
			if err != nil {
				b.WriteString(s[:j+1])
			} else {
				b.WriteRune(rune(n))
			}
		case strings.HasPrefix(ent, "#"):
			n, err := strconv.ParseUint(ent[1:], 10, 32)
			if err != nil {
				b.WriteString(s[:j+1])
			} else {
				b.WriteRune(rune(n))
			}
		default:
			b.WriteString(s[:j+1])
		}
		s = s[j+1:]
	}
}

var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// xmlEscapeText escapes s for character data, dropping the control
// characters XML 1.0 cannot hold.
func xmlEscapeText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return -1
		}
		return r
	}, s)
	return textEscaper.Replace(s)
}

func xmlEscapeAttr(s string) string { return attrEscaper.Replace(s) }
