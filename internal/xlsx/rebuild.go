package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// rebuild writes the package excelize reads: the worksheets and the
// shared strings copied as they are compressed, at the usual places, with
// a workbook and relationships of Liaison's making that list only the
// worksheets Read reads (those skipReason passes), named by excelName in
// order.
func (p *pkg) rebuild() ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	var types, wbRels, sheets strings.Builder
	n := 0
	for _, s := range p.sheets {
		if skipReason(s) != "" {
			continue
		}
		n++
		if err := copyRaw(zw, s.part, fmt.Sprintf("xl/worksheets/sheet%d.xml", n)); err != nil {
			return nil, err
		}
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, n)
		fmt.Fprintf(&wbRels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, n, n)
		// Sheets go by number: names Excel would refuse (empty, too long,
		// twice the same) then cannot trouble excelize.
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, excelName(n), n, n)
	}
	if p.sharedStrings != nil {
		if err := copyRaw(zw, p.sharedStrings, "xl/sharedStrings.xml"); err != nil {
			return nil, err
		}
		types.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		wbRels.WriteString(`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`)
	}
	date1904 := ""
	if p.date1904 {
		date1904 = ` date1904="1"`
	}
	for name, content := range map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			types.String() + `</Types>`,
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			wbRels.String() + `</Relationships>`,
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<workbookPr` + date1904 + `/><sheets>` + sheets.String() + `</sheets></workbook>`,
	} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(w, xml.Header+content); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// copyRaw copies a part as it is compressed, under a new name.
func copyRaw(zw *zip.Writer, f *zip.File, name string) error {
	h := f.FileHeader
	h.Name, h.Extra, h.Comment = name, nil, ""
	r, err := f.OpenRaw()
	if err != nil {
		return fileError(msg("the workbook is damaged or cut off; ask for the file again"))
	}
	w, err := zw.CreateRaw(&h)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		return fileError(msg("the workbook is damaged or cut off; ask for the file again"))
	}
	return nil
}

// excelName is the name the package written by rebuild gives the n-th
// worksheet (1-based).
func excelName(n int) string { return fmt.Sprintf("S%d", n) }
