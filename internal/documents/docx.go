package documents

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Errors of a template that cannot be merged, worded for the officer.
var (
	ErrNotDOCX = errors.New("documents: the template is not a Word document (.docx): open it in Word and save it as a Word Document (.docx)")
	// ErrProtected is also what an old Word 97-2003 .doc gets: both are
	// compound files, not zip archives, and cannot be told apart cheaply.
	ErrProtected = errors.New("documents: the template is password-protected or an old Word 97-2003 .doc: open it in Word, remove the password (File › Info › Protect Document) and save it as a Word Document (.docx)")
	ErrMacros    = errors.New("documents: the template holds macros (.docm): save it in Word as a plain Word Document (.docx)")
	ErrNoRecords = errors.New("documents: there is nobody to write a letter to")
)

const (
	documentPart  = "word/document.xml"
	documentRels  = "word/_rels/document.xml.rels"
	contentTypes  = "[Content_Types].xml"
	settingsPart  = "word/settings.xml"
	relHeader     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	relFooter     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	maxPartSize   = 64 << 20
	templateMain  = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
	documentMain  = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	macroDocument = "application/vnd.ms-word.document.macroEnabled.main+xml"
	macroTemplate = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
)

// MergeDOCX writes to w one .docx holding a copy of the template's body
// for each record, each in a section of its own (a new page), with the
// template's {{Placeholders}} replaced by the record's values: in the
// body, in tables, text boxes, headers and footers. Everything else of
// the template (styles, fonts, numbering, images, the letterhead) is kept
// as it is. A placeholder Word split between several runs is replaced in
// the run holding its first character, with that run's formatting.
// Placeholders are compared without regard to case or spaces. A
// placeholder that is no record's key is an *UnknownFieldsError and
// nothing is written.
func MergeDOCX(template io.ReaderAt, size int64, records []map[string]string, w io.Writer) error {
	if len(records) == 0 {
		return ErrNoRecords
	}
	t, err := openTemplate(template, size)
	if err != nil {
		return err
	}
	known, names := knownFields(records)
	m, err := t.plan(known, names, len(records))
	if err != nil {
		return err
	}
	return m.write(w, records)
}

// A templateFile is the opened .docx.
type templateFile struct {
	zr    *zip.Reader
	files map[string]*zip.File
}

func openTemplate(r io.ReaderAt, size int64) (*templateFile, error) {
	magic := make([]byte, 8)
	if n, _ := r.ReadAt(magic, 0); n == 8 && bytes.Equal(magic, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
		return nil, ErrProtected
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, ErrNotDOCX
	}
	t := &templateFile{zr: zr, files: map[string]*zip.File{}}
	for _, f := range zr.File {
		if f.Flags&1 != 0 {
			return nil, ErrProtected
		}
		t.files[f.Name] = f
	}
	if t.files[documentPart] == nil || t.files[contentTypes] == nil {
		return nil, ErrNotDOCX
	}
	return t, nil
}

func (t *templateFile) read(name string) ([]byte, error) {
	f := t.files[name]
	if f == nil {
		return nil, fmt.Errorf("documents: the template lacks %s: open it in Word and save it again", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("documents: cannot read %s of the template: %w", name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPartSize+1))
	if err != nil {
		return nil, fmt.Errorf("documents: cannot read %s of the template: %w", name, err)
	}
	if len(b) > maxPartSize {
		return nil, fmt.Errorf("documents: %s of the template is larger than %d MB", name, maxPartSize>>20)
	}
	return b, nil
}

// A docxRel is one entry of a .rels part.
type docxRel struct {
	ID         string `xml:"Id,attr"`
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
}

// A docxPartCopy is a header or footer holding placeholders, copied for one
// record: its own part, relationship id and (when it has images) rels.
type docxPartCopy struct {
	of     *docxPart
	name   string // the new part's name in the zip
	relID  string // its relationship id in document.xml.rels
	record int
}

// A docxMerge is the plan of the output: the parts to rewrite and the
// header and footer copies.
type docxMerge struct {
	t      *templateFile
	body   *docxBody
	fields map[string]*docxPart // headers and footers holding placeholders, by part name
	copies []docxPartCopy
	refs   []map[string]string // per record: relationship id -> the record's copy's
	rels   []byte              // the new document.xml.rels
	types  []byte              // the new [Content_Types].xml
	nextID int
	// used holds the part names (lower case: part names ignore case)
	// and, after a #, the relationship ids the copies must not take.
	used map[string]bool
	// settings is word/settings.xml without Word's own mail merge; nil
	// when the template's is copied as it is.
	settings []byte
}

func (t *templateFile) plan(known map[string]string, names []string, n int) (*docxMerge, error) {
	types, err := t.read(contentTypes)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(types, []byte(macroDocument)) || bytes.Contains(types, []byte(macroTemplate)) {
		return nil, ErrMacros
	}
	// A .dotx merges into a document: Word refuses a template's content
	// type in a file named .docx.
	types = bytes.ReplaceAll(types, []byte(templateMain), []byte(documentMain))

	src, err := t.read(documentPart)
	if err != nil {
		return nil, err
	}
	doc, unknown, err := compilePart(documentPart, src, known)
	if err != nil {
		return nil, err
	}
	b, err := newBody(doc)
	if err != nil {
		return nil, err
	}
	m := &docxMerge{t: t, body: b, fields: map[string]*docxPart{}, refs: make([]map[string]string, n), types: types}
	m.nextID = doc.maxDrawingID() + 1

	var rels []docxRel
	if raw, err := t.read(documentRels); err == nil {
		m.rels = raw
		var doc struct {
			Rels []docxRel `xml:"Relationship"`
		}
		if err := xml.Unmarshal(raw, &doc); err != nil {
			return nil, fmt.Errorf("documents: %s is damaged: open the template in Word and save it again", documentRels)
		}
		rels = doc.Rels
	}
	m.used = map[string]bool{}
	for name := range t.files {
		m.used[strings.ToLower(name)] = true
	}
	for _, rel := range rels {
		m.used["#"+rel.ID] = true
	}
	for _, rel := range rels {
		if (rel.Type != relHeader && rel.Type != relFooter) || rel.TargetMode == "External" {
			continue
		}
		name := partName(rel.Target)
		src, err := t.read(name)
		if err != nil {
			return nil, err
		}
		p, u, err := compilePart(name, src, known)
		if err != nil {
			return nil, err
		}
		unknown = append(unknown, u...)
		m.nextID = max(m.nextID, p.maxDrawingID()+1)
		if p.fields {
			m.fields[name] = p
			m.copyPart(p, rel, n)
		}
	}
	if len(unknown) > 0 {
		return nil, &UnknownFieldsError{Fields: unknown, Known: names}
	}
	if m.settings, err = t.settingsWithoutMailMerge(); err != nil {
		return nil, err
	}
	return m, nil
}

// write writes the merged .docx: the template's entries in their order,
// the rewritten ones merged, then the copies of headers and footers.
func (m *docxMerge) write(w io.Writer, records []map[string]string) error {
	zw := zip.NewWriter(w)
	for _, f := range m.t.zr.File {
		var err error
		switch {
		case f.Name == documentPart:
			err = m.writeEntry(zw, f.Name, m.writeDocument(records))
		case f.Name == documentRels && m.rels != nil:
			err = m.writeEntry(zw, f.Name, bytesWriter(m.rels))
		case f.Name == contentTypes:
			err = m.writeEntry(zw, f.Name, bytesWriter(m.types))
		case f.Name == settingsPart && m.settings != nil:
			err = m.writeEntry(zw, f.Name, bytesWriter(m.settings))
		case m.fields[f.Name] != nil:
			p := m.fields[f.Name]
			err = m.writeEntry(zw, f.Name, func(w io.Writer) error {
				return p.render(w, 0, len(p.toks), m.copyCtx(records, 0))
			})
		default:
			err = zw.Copy(f)
		}
		if err != nil {
			return fmt.Errorf("documents: cannot write the letters: %w", err)
		}
	}
	for _, c := range m.copies {
		err := m.writeEntry(zw, c.name, func(w io.Writer) error {
			return c.of.render(w, 0, len(c.of.toks), m.copyCtx(records, c.record))
		})
		if err == nil {
			err = m.copyRels(zw, c)
		}
		if err != nil {
			return fmt.Errorf("documents: cannot write the letters: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("documents: cannot write the letters: %w", err)
	}
	return nil
}

func (m *docxMerge) copyCtx(records []map[string]string, k int) *docxCopy {
	return &docxCopy{record: records[k], first: k == 0, refs: m.refs[k], nextID: &m.nextID}
}

// writeDocument writes document.xml: the template's body once per
// record, each ending its own section.
func (m *docxMerge) writeDocument(records []map[string]string) func(io.Writer) error {
	return func(w io.Writer) error {
		b := m.body
		if err := b.render(w, 0, b.contentFrom, m.copyCtx(records, 0)); err != nil {
			return err
		}
		last := len(records) - 1
		for k := range records {
			if err := b.renderRecord(w, m.copyCtx(records, k), k == last); err != nil {
				return err
			}
		}
		lastCtx := m.copyCtx(records, last)
		if b.sectFrom >= 0 {
			if err := b.render(w, b.sectFrom, b.sectTo, lastCtx); err != nil {
				return err
			}
			return b.render(w, b.sectTo, len(b.toks), lastCtx)
		}
		return b.render(w, b.contentTo, len(b.toks), lastCtx)
	}
}

func (m *docxMerge) writeEntry(zw *zip.Writer, name string, write func(io.Writer) error) error {
	fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	return write(fw)
}

func bytesWriter(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}

// settingsWithoutMailMerge returns word/settings.xml without the
// w:mailMerge of a template that was once a Word mail merge document,
// or nil when there is none: Word would ask for that merge's data
// source each time the letters are opened.
func (t *templateFile) settingsWithoutMailMerge() ([]byte, error) {
	if t.files[settingsPart] == nil {
		return nil, nil
	}
	src, err := t.read(settingsPart)
	if err != nil || !bytes.Contains(src, []byte("mailMerge")) {
		return nil, err
	}
	toks, err := xmlTokenize(settingsPart, src)
	if err != nil {
		return nil, err
	}
	name := xmlPrefixes(toks)["w"] + ":mailMerge"
	var out bytes.Buffer
	depth := 0
	for _, tok := range toks {
		switch {
		case depth > 0 && tok.kind == tokStart:
			depth++
		case depth > 0 && tok.kind == tokEnd:
			depth--
		case depth > 0:
		case tok.name == name && tok.kind == tokStart:
			depth = 1
		case tok.name == name && tok.kind == tokEmpty:
		default:
			out.Write(tok.raw)
		}
	}
	return out.Bytes(), nil
}
