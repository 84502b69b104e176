package documents

import (
	"bytes"
	"errors"
	"io"
	"strings"
)

// A docxBody is the layout of word/document.xml: where the body's content
// lies, its last section properties (which must stay the body's last
// element), and where a section break goes at the end of each copy.
type docxBody struct {
	*docxPart
	contentFrom, contentTo int // the body's content, without its last sectPr
	sectFrom, sectTo       int // the last sectPr, tokens [sectFrom, sectTo)
	breakAt                int // where the break's sectPr goes in the last paragraph; -1: a new paragraph
	breakMode              docxBreakMode
}

type docxBreakMode uint8

const (
	breakNewParagraph docxBreakMode = iota // append <w:p><w:pPr><w:sectPr/></w:pPr></w:p>
	breakBefore                            // insert the sectPr before toks[breakAt] (</w:pPr> or <w:pPrChange>)
	breakInEmptyPPr                        // toks[breakAt] is <w:pPr/>: open it around the sectPr
	breakAfter                             // toks[breakAt] is <w:p>: add a pPr after it
)

func newBody(p *docxPart) (*docxBody, error) {
	w := p.ns["w"] + ":"
	b := &docxBody{docxPart: p, contentFrom: -1, sectFrom: -1, breakAt: -1}
	depth, bodyDepth := 0, -1
	lastChild, lastChildEnd := -1, -1
	for i, t := range p.toks {
		switch t.kind {
		case tokStart:
			if t.name == w+"body" && bodyDepth < 0 {
				bodyDepth, b.contentFrom = depth+1, i+1
			} else if depth == bodyDepth && t.name == w+"sectPr" {
				b.sectFrom = i
			} else if depth == bodyDepth {
				lastChild = i
			}
			depth++
		case tokEnd:
			depth--
			if depth == bodyDepth && t.name == w+"sectPr" && b.sectFrom >= 0 {
				b.sectTo = i + 1
			} else if depth == bodyDepth {
				lastChildEnd = i
			}
			if depth == bodyDepth-1 && t.name == w+"body" {
				b.contentTo = i
				bodyDepth = -2
			}
		case tokEmpty:
			if depth == bodyDepth && t.name == w+"sectPr" {
				b.sectFrom, b.sectTo = i, i+1
			} else if depth == bodyDepth {
				lastChild, lastChildEnd = i, i
			}
		}
	}
	if b.contentFrom < 0 || bodyDepth != -2 {
		return nil, errors.New("documents: word/document.xml has no body: open the template in Word and save it again")
	}
	if b.sectFrom >= 0 && (!onlyXMLSpace(p.toks[b.sectTo:b.contentTo]) || lastChild > b.sectFrom) {
		// Content after the last sectPr is not where Word puts it: keep
		// that layout as it is and add the breaks as paragraphs of their own.
		b.sectFrom, lastChild = -1, -1
	}
	if b.sectFrom >= 0 {
		b.contentTo = b.sectFrom
		for i := b.sectFrom; i < b.sectTo; i++ {
			if p.toks[i].name == w+"type" && p.toks[i].kind != tokEnd {
				p.actions[i] = sectionType
			}
		}
		b.restartPageNumbers()
	}
	if lastChild >= 0 && p.toks[lastChild].name == w+"p" && p.toks[lastChild].kind == tokStart {
		b.findBreak(lastChild, lastChildEnd)
	}
	return b, nil
}

// afterPgNumType are the children of a sectPr that come after pgNumType.
var afterPgNumType = map[string]bool{"cols": true, "formProt": true, "vAlign": true, "noEndnote": true,
	"titlePg": true, "textDirection": true, "bidi": true, "rtlGutter": true, "docGrid": true,
	"printerSettings": true, "sectPrChange": true}

// restartPageNumbers makes each letter's pages count from 1, as a letter
// printed alone would: a PAGE field in the footer says "2" on a letter's
// second page, not the document's. A template that sets its own first
// number keeps it.
func (b *docxBody) restartPageNumbers() {
	w := b.ns["w"] + ":"
	if b.toks[b.sectFrom].kind != tokStart {
		return
	}
	depth := 0
	for i := b.sectFrom + 1; i < b.sectTo; i++ {
		t := b.toks[i]
		if t.kind == tokEnd {
			depth--
		}
		if depth == 0 && t.kind != tokText && t.kind != tokOther {
			local := strings.TrimPrefix(t.name, w)
			switch {
			case local == "pgNumType" && t.kind != tokEnd:
				if _, ok := xmlAttrValue(t.raw, w+"start"); !ok && b.actions[i] == actKeep {
					b.actions[i] = pageStart
				}
				return
			case (afterPgNumType[local] && t.kind != tokEnd) || i == b.sectTo-1:
				if b.actions[i] == actKeep {
					b.actions[i] = insertPageStart
				}
				return
			}
		}
		if t.kind == tokStart {
			depth++
		}
	}
}

// findBreak finds where the section break goes in the paragraph at
// toks[from:to]: in its paragraph properties, so that the break adds no
// empty paragraph (which could spill onto a page of its own).
func (b *docxBody) findBreak(from, to int) {
	w := b.ns["w"] + ":"
	next := from + 1
	for next < to && b.toks[next].kind == tokText {
		next++
	}
	t := b.toks[next]
	switch {
	case t.name == w+"pPr" && t.kind == tokEmpty:
		b.breakAt, b.breakMode = next, breakInEmptyPPr
	case t.name == w+"pPr" && t.kind == tokStart:
		depth := 0
		for i := next + 1; i < to; i++ {
			tk := b.toks[i]
			if depth == 0 && (tk.name == w+"sectPr") {
				return // already ends a section: add a paragraph after it
			}
			if depth == 0 && tk.kind != tokText && (tk.name == w+"pPrChange" || (tk.kind == tokEnd && tk.name == w+"pPr")) {
				b.breakAt, b.breakMode = i, breakBefore
				return
			}
			switch tk.kind {
			case tokStart:
				depth++
			case tokEnd:
				depth--
			}
		}
	default:
		b.breakAt, b.breakMode = from, breakAfter
	}
}

// renderRecord writes the body's content for one record; last says whether it
// is the last record, whose section is the body's final sectPr.
func (b *docxBody) renderRecord(w io.Writer, c *docxCopy, last bool) error {
	if last || b.breakAt < 0 {
		if err := b.render(w, b.contentFrom, b.contentTo, c); err != nil {
			return err
		}
		if last {
			return nil
		}
		return b.writeBreak(w, c, breakNewParagraph)
	}
	if err := b.render(w, b.contentFrom, b.breakAt, c); err != nil {
		return err
	}
	rest := b.breakAt
	switch b.breakMode {
	case breakAfter:
		if err := b.render(w, b.breakAt, b.breakAt+1, c); err != nil {
			return err
		}
		rest++
	case breakInEmptyPPr:
		rest++
	}
	if err := b.writeBreak(w, c, b.breakMode); err != nil {
		return err
	}
	return b.render(w, rest, b.contentTo, c)
}

// writeBreak writes a copy of the template's last section properties,
// wrapped as the break mode needs.
func (b *docxBody) writeBreak(w io.Writer, c *docxCopy, mode docxBreakMode) error {
	pre, post := "", ""
	ns := b.ns["w"]
	switch mode {
	case breakNewParagraph:
		pre, post = "<"+ns+":p><"+ns+":pPr>", "</"+ns+":pPr></"+ns+":p>"
	case breakInEmptyPPr, breakAfter:
		pre, post = "<"+ns+":pPr>", "</"+ns+":pPr>"
	}
	if _, err := io.WriteString(w, pre); err != nil {
		return err
	}
	if err := b.renderSection(w, c); err != nil {
		return err
	}
	_, err := io.WriteString(w, post)
	return err
}

func (b *docxBody) renderSection(w io.Writer, c *docxCopy) error {
	if b.sectFrom < 0 {
		_, err := io.WriteString(w, "<"+b.ns["w"]+":sectPr/>")
		return err
	}
	return b.render(w, b.sectFrom, b.sectTo, c)
}

func onlyXMLSpace(toks []xmlToken) bool {
	for _, t := range toks {
		if t.kind != tokText || len(bytes.TrimSpace(t.raw)) > 0 {
			return false
		}
	}
	return true
}
