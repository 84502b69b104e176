package documents

import (
	"io"
	"strconv"
	"strings"
)

// tokenAction says what rendering does with a token for each record.
type tokenAction uint8

const (
	actKeep         tokenAction = iota
	pieceStart                  // <w:t> of a piece: made xml:space="preserve"
	pieceText                   // the text of a piece: its segments with the record's values
	bookmark                    // bookmarkStart/End: kept in the first copy only (names must be unique)
	drawingID                   // <wp:docPr id=...>: renumbered in later copies (ids must be unique)
	partRef                     // header/footerReference: pointed at the record's copy of the part
	paraID                      // a tag with w14:paraId/textId: dropped in later copies (must be unique)
	sectionType                 // <w:type> of the last section: a continuous break becomes a new page
	pageStart                   // <w:pgNumType> of the last section without a start: numbered from 1
	insertPageStart             // the child of the last section before which a <w:pgNumType w:start="1"/> goes
)

// A docxPart is one XML part of the template, tokenized once and rendered
// once for each record.
type docxPart struct {
	name    string
	toks    []xmlToken
	ns      map[string]string
	actions []tokenAction
	pieces  map[int]*runPiece // by the token index of the piece's <w:t> and text
	fields  bool              // whether the part holds placeholders
}

func compilePart(name string, b []byte, known map[string]string) (*docxPart, []UnknownField, error) {
	toks, err := xmlTokenize(name, b)
	if err != nil {
		return nil, nil, err
	}
	p := &docxPart{name: name, toks: toks, ns: xmlPrefixes(toks), actions: make([]tokenAction, len(toks)), pieces: map[int]*runPiece{}}
	pieces, unknown := findPieces(name, toks, p.ns, known)
	for i := range pieces {
		pc := &pieces[i]
		p.actions[pc.startTok] = pieceStart
		p.pieces[pc.startTok] = pc
		if pc.textTok >= 0 {
			p.actions[pc.textTok] = pieceText
			p.pieces[pc.textTok] = pc
		}
	}
	p.fields = len(pieces) > 0
	w, wp := p.ns["w"]+":", p.ns["wp"]+":"
	for i, t := range toks {
		if (t.kind != tokStart && t.kind != tokEmpty) || p.actions[i] != actKeep {
			continue
		}
		switch t.name {
		case w + "bookmarkStart", w + "bookmarkEnd":
			p.actions[i] = bookmark
		case wp + "docPr":
			p.actions[i] = drawingID
		case w + "headerReference", w + "footerReference":
			p.actions[i] = partRef
		default:
			if hasParaID(t.raw) {
				p.actions[i] = paraID
			}
		}
	}
	return p, unknown, nil
}

func hasParaID(raw []byte) bool {
	s := string(raw)
	return strings.Contains(s, ":paraId=") || strings.Contains(s, ":textId=")
}

// A docxCopy is what changes between the copies of a part for one record.
type docxCopy struct {
	record map[string]string
	first  bool              // the first record keeps bookmarks and ids as they are
	refs   map[string]string // relationship id of a header/footer -> the record's copy
	nextID *int              // the next free drawing id in the whole document
}

// render writes the tokens [from, to) of the part for one record.
func (p *docxPart) render(w io.Writer, from, to int, c *docxCopy) error {
	var b strings.Builder
	for i := from; i < to; i++ {
		t := p.toks[i]
		switch p.actions[i] {
		case pieceStart:
			if t.kind == tokStart {
				b.Write(xmlSetAttr(t.raw, "xml:space", "preserve"))
			} else {
				b.Write(t.raw)
			}
		case pieceText:
			for _, s := range p.pieces[i].segments {
				if s.field == "" {
					b.WriteString(xmlEscapeText(s.text))
				} else {
					writeRunText(&b, p.ns["w"], c.record[s.field])
				}
			}
		case bookmark:
			if c.first {
				b.Write(t.raw)
			}
		case drawingID:
			if c.first {
				b.Write(t.raw)
			} else {
				b.Write(xmlSetAttr(t.raw, "id", strconv.Itoa(*c.nextID)))
				*c.nextID++
			}
		case partRef:
			id, _ := xmlAttrValue(t.raw, p.ns["r"]+":id")
			if to, ok := c.refs[id]; ok {
				b.Write(xmlSetAttr(t.raw, p.ns["r"]+":id", to))
			} else {
				b.Write(t.raw)
			}
		case paraID:
			if c.first {
				b.Write(t.raw)
			} else {
				b.Write(xmlDropAttrs(t.raw, func(n string) bool {
					return strings.HasSuffix(n, ":paraId") || strings.HasSuffix(n, ":textId")
				}))
			}
		case sectionType:
			if v, _ := xmlAttrValue(t.raw, p.ns["w"]+":val"); v == "continuous" || v == "nextColumn" {
				b.Write(xmlSetAttr(t.raw, p.ns["w"]+":val", "nextPage"))
			} else {
				b.Write(t.raw)
			}
		case pageStart:
			b.Write(xmlSetAttr(t.raw, p.ns["w"]+":start", "1"))
		case insertPageStart:
			b.WriteString("<" + p.ns["w"] + `:pgNumType ` + p.ns["w"] + `:start="1"/>`)
			b.Write(t.raw)
		default:
			b.Write(t.raw)
		}
		if b.Len() > 64<<10 {
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// maxDrawingID is the largest wp:docPr id of the part.
func (p *docxPart) maxDrawingID() int {
	n := 0
	for i, t := range p.toks {
		if p.actions[i] == drawingID {
			v, _ := xmlAttrValue(t.raw, "id")
			if id, err := strconv.Atoi(v); err == nil && id > n {
				n = id
			}
		}
	}
	return n
}
