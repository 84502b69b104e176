package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"net/url"
	"path"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
)

// A workbook is a zip of parts that point to each other through
// relationships (_rels/.rels names the workbook, the workbook's rels name
// its sheets and shared strings). Excel puts them at xl/workbook.xml,
// xl/worksheets/sheet1.xml and so on, and excelize reads some of them only
// there; other programs put them elsewhere ("wtf/workbook.xml",
// "workbook.xml" at the root, "xl\worksheets\sheet1.xml" with
// backslashes, names in other cases). Liaison follows the relationships
// itself and hands excelize a package of its own making: the workbook, its
// worksheets and the shared strings at the usual places, and nothing else.
// Styles, themes, the calculation chain, drawings and macros are left out:
// reading cell values needs none of them, and any of them, damaged or in a
// schema excelize does not know, would otherwise refuse the whole file.

// The relationship types, by what follows the last slash: transitional
// and strict OOXML differ only before it.
const (
	relOfficeDocument = "officeDocument"
	relWorksheet      = "worksheet"
	relChartsheet     = "chartsheet"
	relDialogsheet    = "dialogsheet"
	relMacrosheet     = "xlMacrosheet"
	relIntlMacrosheet = "xlIntlMacrosheet"
	relSharedStrings  = "sharedStrings"
)

// maxPackageXML is the most Read decodes of the package's own small
// parts (relationships, the workbook): a workbook part is a few KB.
const maxPackageXML = 16 << 20

// A sheetRef is a sheet as the workbook lists it.
type sheetRef struct {
	name string
	kind string    // the relationship type: relWorksheet, relChartsheet...
	part *zip.File // nil when the package lacks it
}

// A pkg is a workbook package with its parts found.
type pkg struct {
	parts         map[string]*zip.File // by lower-case name with forward slashes
	exact         map[string]*zip.File // by name with forward slashes, as written
	sheets        []sheetRef
	sharedStrings *zip.File
	date1904      bool
}

// readPackage finds the workbook of a zip through its relationships, and
// its sheets and shared strings through the workbook's. Whatever is no
// workbook is refused with what it is, when that can be told.
func readPackage(zr *zip.Reader) (*pkg, error) {
	p := &pkg{parts: make(map[string]*zip.File, len(zr.File)), exact: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		p.exact[strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/")] = f
		if k := partKey(f.Name); p.parts[k] == nil {
			p.parts[k] = f
		}
	}
	wbName := p.officeDocument()
	wb := p.parts[wbName]
	if wb == nil {
		return nil, p.notAWorkbook()
	}
	if strings.HasSuffix(wbName, ".bin") {
		return nil, fileError(msg("the file is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx"))
	}
	data, err := readPart(wb)
	if err != nil {
		return nil, err
	}
	root, sheets, date1904, err := parseWorkbook(data)
	switch {
	case root == "document":
		return nil, fileError(msg("the file is a Word document, not an Excel workbook"))
	case root == "presentation":
		return nil, fileError(msg("the file is a PowerPoint presentation, not an Excel workbook"))
	case err != nil || root != "workbook":
		return nil, fileError(msg("the workbook is damaged: its list of sheets cannot be read; open it in Excel or LibreOffice, save it again as .xlsx and import that"))
	}
	p.date1904 = date1904
	rels, err := p.relationships(wbName)
	if err != nil {
		return nil, err
	}
	for _, s := range sheets {
		ref := sheetRef{name: s.name}
		if r, ok := rels[s.id]; ok {
			ref.kind, ref.part = r.kind, r.part
			if ref.kind == relWorksheet && ref.part != nil && strings.Contains(partKey(ref.part.Name), "macrosheets/") {
				ref.kind = relMacrosheet // an Excel 4 macro sheet filed as a worksheet
			}
		}
		p.sheets = append(p.sheets, ref)
	}
	for _, r := range rels {
		if r.kind == relSharedStrings && r.part != nil {
			p.sharedStrings = r.part
		}
	}
	if p.sharedStrings == nil { // a package without relationships for them
		p.sharedStrings = p.parts[path.Join(path.Dir(wbName), "sharedstrings.xml")]
	}
	return p, nil
}

// partKey is how parts are looked up: forward slashes, no leading slash,
// lower case (part names are case-insensitive in OPC).
func partKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, "\\", "/"), "/"))
}

// officeDocument returns the key of the workbook part: the target of the
// officeDocument relationship, else xl/workbook.xml as Excel names it.
func (p *pkg) officeDocument() string {
	if rels, err := p.relationships(""); err == nil {
		for _, r := range rels {
			if r.kind == relOfficeDocument && r.part != nil {
				return partKey(r.part.Name)
			}
		}
	}
	for _, name := range []string{"xl/workbook.xml", "xl/workbook.bin", "workbook.xml"} {
		if p.parts[name] != nil {
			return name
		}
	}
	return ""
}

// notAWorkbook says what a zip without a workbook is.
func (p *pkg) notAWorkbook() error {
	if f := p.parts["mimetype"]; f != nil {
		if b, err := readPart(f); err == nil && strings.Contains(string(b), "opendocument.spreadsheet") {
			return fileError(msg("the file is an OpenDocument spreadsheet (.ods); open it in LibreOffice or Excel and save it as .xlsx"))
		}
	}
	for name := range p.parts {
		switch {
		case strings.HasPrefix(name, "word/"):
			return fileError(msg("the file is a Word document, not an Excel workbook"))
		case strings.HasPrefix(name, "ppt/"):
			return fileError(msg("the file is a PowerPoint presentation, not an Excel workbook"))
		}
	}
	return fileError(msg("the file is a ZIP archive but not an Excel workbook"))
}

// A rel is a relationship of a part: what it points to and as what.
type rel struct {
	kind string
	part *zip.File // nil when the target is not in the package
}

// relationships reads the relationships of a part ("" for the package's
// own), by id. A part without them has none.
func (p *pkg) relationships(source string) (map[string]rel, error) {
	dir := path.Dir(source)
	if source == "" {
		dir = ""
	}
	f := p.parts[path.Join(dir, "_rels", path.Base(source)+".rels")]
	if source == "" {
		f = p.parts["_rels/.rels"]
	}
	out := map[string]rel{}
	if f == nil {
		return out, nil
	}
	data, err := readPart(f)
	if err != nil {
		return nil, err
	}
	d := newDecoder(data)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			if source == "" {
				return out, nil // the fallback to xl/workbook.xml may still work
			}
			return nil, fileError(msg("the workbook is damaged: the table of its sheets cannot be read; open it in Excel or LibreOffice, save it again as .xlsx and import that"))
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var id, typ, target, mode string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				id = a.Value
			case "Type":
				typ = a.Value[strings.LastIndexByte(a.Value, '/')+1:]
			case "Target":
				target = a.Value
			case "TargetMode":
				mode = a.Value
			}
		}
		if strings.EqualFold(mode, "External") {
			continue
		}
		out[id] = rel{kind: typ, part: p.target(dir, target)}
	}
}

// target finds the part a relationship's target names, relative to the
// folder of its source unless it starts with a slash.
func (p *pkg) target(dir, target string) *zip.File {
	target = strings.ReplaceAll(target, "\\", "/")
	for _, t := range []string{target, unescape(target)} {
		name := t
		if !strings.HasPrefix(t, "/") {
			name = path.Join(dir, t)
		}
		name = strings.TrimPrefix(path.Clean("/"+name), "/")
		if f := p.exact[name]; f != nil { // two parts may differ only in case
			return f
		}
		if f := p.parts[strings.ToLower(name)]; f != nil {
			return f
		}
	}
	return nil
}

func unescape(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// A listedSheet is a sheet element of the workbook part.
type listedSheet struct{ name, id string }

// parseWorkbook reads the root element of the workbook part, its sheets
// in order and whether its dates count from 1904 (old Mac Excel).
func parseWorkbook(data []byte) (root string, sheets []listedSheet, date1904 bool, err error) {
	d := newDecoder(data)
	inSheets := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return root, sheets, date1904, nil
		}
		if err != nil {
			return root, sheets, date1904, err
		}
		if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "sheets" {
			inSheets = false
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
			if root != "workbook" {
				return root, nil, false, nil
			}
		}
		switch se.Name.Local {
		case "workbookPr":
			for _, a := range se.Attr {
				if a.Name.Local == "date1904" {
					date1904 = a.Value == "1" || a.Value == "true"
				}
			}
		case "sheets":
			inSheets = true
		case "sheet":
			if !inSheets {
				continue
			}
			var s listedSheet
			for _, a := range se.Attr {
				switch {
				case a.Name.Local == "name":
					s.name = a.Value
				case a.Name.Local == "id" && a.Name.Space != "":
					s.id = a.Value
				}
			}
			sheets = append(sheets, s)
		}
	}
}

// newDecoder decodes XML in UTF-8 or any encoding its declaration names
// ("windows-1251"), as excelize decodes the sheets.
func newDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, err
		}
		return enc.NewDecoder().Reader(r), nil
	}
	return d
}

// readPart unpacks a small part of the package.
func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fileError(msg("the workbook is damaged or cut off; ask for the file again"))
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxPackageXML+1))
	if err != nil || len(data) > maxPackageXML {
		return nil, fileError(msg("the workbook is damaged or cut off; ask for the file again"))
	}
	return data, nil
}
