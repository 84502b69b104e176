package documents

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// placeholderRE finds {{Name}} in the text of a paragraph once its runs are
// put together; spaces inside the braces are allowed ({{ Name }}).
var placeholderRE = regexp.MustCompile(`\{\{([^{}]{1,80})\}\}`)

// A runSegment is what a text run holds after the merge: literal text, or a
// field whose value comes from the record.
type runSegment struct {
	text  string
	field string // the record's key; empty for literal text
}

// A runPiece is one w:t element of a paragraph that a placeholder touches.
type runPiece struct {
	startTok, textTok int // the <w:t> tag and its text (-1 when empty)
	segments          []runSegment
}

// An UnknownField is a placeholder of the template that no record holds.
type UnknownField struct {
	Placeholder string // as typed, with its braces: "{{Adressee}}"
	Paragraph   string // the text of the paragraph it stands in
	Part        string // the part of the .docx: word/document.xml, word/header1.xml
	Unclosed    bool   // braces that do not pair: "{{Addressee}" or "Addressee}}"
}

// An UnknownFieldsError lists the placeholders of a template that are not
// fields of the letters, with the fields that are.
type UnknownFieldsError struct {
	Fields []UnknownField
	Known  []string
}

func (e *UnknownFieldsError) Error() string {
	var b strings.Builder
	for i, f := range e.Fields {
		if i > 0 {
			b.WriteString("; ")
		}
		where := ""
		switch {
		case strings.Contains(f.Part, "header"):
			where = " in a header"
		case strings.Contains(f.Part, "footer"):
			where = " in a footer"
		}
		if i == 0 {
			b.WriteString("documents: ")
		}
		if f.Unclosed {
			fmt.Fprintf(&b, "%q does not pair its braces {{ }} (paragraph%s: %q)", f.Placeholder, where, f.Paragraph)
			continue
		}
		fmt.Fprintf(&b, "%s is not a known field (paragraph%s: %q)", f.Placeholder, where, f.Paragraph)
	}
	known := make([]string, len(e.Known))
	for i, k := range e.Known {
		known[i] = "{{" + k + "}}"
	}
	fmt.Fprintf(&b, "; known: %s", strings.Join(known, ", "))
	return b.String()
}

// findPieces gathers the text of each paragraph of a part, finds the
// placeholders in it, wherever Word split them between runs, and returns
// the w:t elements to rewrite: the run holding a placeholder's first
// character gets the field, keeping that run's formatting, and the other
// runs lose the placeholder's characters but nothing else.
func findPieces(where string, toks []xmlToken, ns map[string]string, known map[string]string) ([]runPiece, []UnknownField) {
	wp, wt := ns["w"]+":p", ns["w"]+":t"
	type text struct {
		startTok, textTok int
		s                 string
	}
	var paras [][]text
	var stack []int // indexes into paras of the open paragraphs
	for i, t := range toks {
		switch {
		case t.name == wp && t.kind == tokStart:
			paras = append(paras, nil)
			stack = append(stack, len(paras)-1)
		case t.name == wp && t.kind == tokEnd:
			stack = stack[:len(stack)-1]
		case t.name == wt && t.kind == tokStart && len(stack) > 0:
			tx := text{startTok: i, textTok: -1}
			if i+1 < len(toks) && toks[i+1].kind == tokText {
				tx.textTok, tx.s = i+1, xmlUnescape(string(toks[i+1].raw))
			}
			top := stack[len(stack)-1]
			paras[top] = append(paras[top], tx)
		}
	}
	var pieces []runPiece
	var unknown []UnknownField
	for _, texts := range paras {
		var all strings.Builder
		for _, tx := range texts {
			all.WriteString(tx.s)
		}
		joined := all.String()
		matches := placeholderRE.FindAllStringSubmatchIndex(joined, -1)
		if stray := strayBraces(joined, matches); stray != "" {
			unknown = append(unknown, UnknownField{Placeholder: stray, Paragraph: strings.TrimSpace(joined), Part: where, Unclosed: true})
		}
		if matches == nil {
			continue
		}
		fields := make([]string, len(matches))
		for m, loc := range matches {
			name := joined[loc[2]:loc[3]]
			key, ok := known[fieldKey(name)]
			if !ok {
				unknown = append(unknown, UnknownField{Placeholder: joined[loc[0]:loc[1]], Paragraph: strings.TrimSpace(joined), Part: where})
			}
			fields[m] = key
		}
		off := 0
		for _, tx := range texts {
			start, end := off, off+len(tx.s)
			off = end
			if p, ok := splitPiece(tx.s, start, end, matches, fields); ok {
				p.startTok, p.textTok = tx.startTok, tx.textTok
				pieces = append(pieces, p)
			}
		}
	}
	return pieces, unknown
}

// strayBraces returns the text around the first "{{" or "}}" of a
// paragraph that is no placeholder's, or "": a mistyped placeholder would
// otherwise print as typed in every letter.
func strayBraces(text string, matches [][]int) string {
	rest := []byte(text)
	for _, loc := range matches {
		for i := loc[0]; i < loc[1]; i++ {
			rest[i] = ' '
		}
	}
	i := strings.Index(string(rest), "{{")
	if j := strings.Index(string(rest), "}}"); i < 0 || (j >= 0 && j < i) {
		i = j
	}
	if i < 0 {
		return ""
	}
	from, to := max(0, i-20), min(len(text), i+22)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	return strings.TrimSpace(text[from:to])
}

// splitPiece cuts the text of one run, lying at [start, end) of its
// paragraph's text, into literal text and fields; ok is false when no
// placeholder touches it.
func splitPiece(s string, start, end int, matches [][]int, fields []string) (p runPiece, ok bool) {
	pos := start
	for m, loc := range matches {
		a, b := loc[0], loc[1]
		if b <= start || a >= end {
			continue
		}
		ok = true
		if a > pos {
			p.segments = append(p.segments, runSegment{text: s[pos-start : a-start]})
		}
		if a >= start {
			p.segments = append(p.segments, runSegment{field: fields[m]})
		}
		pos = min(b, end)
	}
	if ok && pos < end {
		p.segments = append(p.segments, runSegment{text: s[pos-start:]})
	}
	return p, ok
}

// fieldKey is how placeholders and record keys are compared: Word's
// autocorrect may change a letter's case, and spaces inside the braces
// are easy to type.
func fieldKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), ""))
}

// knownFields maps the compared form of each key of the records to the key.
func knownFields(records []map[string]string) (map[string]string, []string) {
	known := map[string]string{}
	for _, r := range records {
		for k := range r {
			known[fieldKey(k)] = k
		}
	}
	names := make([]string, 0, len(known))
	for _, k := range known {
		names = append(names, k)
	}
	sort.Strings(names)
	return known, names
}

// writeRunText writes a field's value or literal text as the content of a
// w:t element: a newline becomes a line break (w:br) and a tab a w:tab,
// each between w:t elements of the same run, so the run keeps its
// formatting.
func writeRunText(b *strings.Builder, w, s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	for i, r := 0, 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '\n' && s[i] != '\t' {
			continue
		}
		b.WriteString(xmlEscapeText(s[r:i]))
		if i < len(s) {
			el := "br"
			if s[i] == '\t' {
				el = "tab"
			}
			fmt.Fprintf(b, `</%[1]s:t><%[1]s:%[2]s/><%[1]s:t xml:space="preserve">`, w, el)
		}
		r = i + 1
	}
}
