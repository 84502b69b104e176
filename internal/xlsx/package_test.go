package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// A part of a package a test builds by hand.
type part struct{ name, content string }

// zipOf packs parts, in the order given.
func zipOf(tb testing.TB, parts ...part) []byte {
	tb.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write([]byte(p.content))
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

const (
	relsNS  = `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"`
	relBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	mainNS  = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

// rootRels points the package at its workbook.
func rootRels(target string) part {
	return part{"_rels/.rels", `<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relBase +
		`officeDocument" Target="` + target + `"/></Relationships>`}
}

// listSheet is a worksheet of a two-row list with inline strings.
func listSheet(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<worksheet ` + mainNS + `><sheetData>`)
	for _, r := range rows {
		b.WriteString("<row>")
		for _, c := range r {
			b.WriteString(`<c t="inlineStr"><is><t>` + attr(c) + `</t></is></c>`)
		}
		b.WriteString("</row>")
	}
	b.WriteString(`</sheetData></worksheet>`)
	return b.String()
}

var franceList = listSheet([]string{"Country", "Mission", "Head of mission"}, []string{"France", "Embassy of France", "Jean DUPONT"})

// TestPartsFoundThroughRelationships reads workbooks whose parts are not
// where Excel puts them, as other programs write them: the workbook is
// found through _rels/.rels, its sheets through its own relationships.
func TestPartsFoundThroughRelationships(t *testing.T) {
	wb := func(sheets string) string {
		return `<workbook ` + mainNS + `><sheets>` + sheets + `</sheets></workbook>`
	}
	tests := []struct {
		name  string
		parts []part
	}{
		{"workbook in another folder", []part{rootRels("odd/book.xml"),
			{"odd/book.xml", wb(`<sheet name="List" sheetId="1" r:id="r7"/>`)},
			{"odd/_rels/book.xml.rels", `<Relationships ` + relsNS + `><Relationship Id="r7" Type="` + relBase + `worksheet" Target="tabs/first.xml"/></Relationships>`},
			{"odd/tabs/first.xml", franceList}}},
		{"workbook at the root, absolute targets", []part{rootRels("/workbook.xml"),
			{"workbook.xml", wb(`<sheet name="List" sheetId="1" r:id="rId1"/>`)},
			{"_rels/workbook.xml.rels", `<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relBase + `worksheet" Target="/sheet1.xml"/></Relationships>`},
			{"sheet1.xml", franceList}}},
		{"backslashes and other cases", []part{rootRels("xl/workbook.xml"),
			{`XL\Workbook.xml`, wb(`<sheet name="List" sheetId="1" r:id="rId1"/>`)},
			{`xl\_rels\workbook.xml.rels`, `<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relBase + `worksheet" Target="worksheets/Sheet1.xml"/></Relationships>`},
			{`xl\worksheets\sheet1.xml`, franceList}}},
		{"a workbook part in windows-1251, with sheet elements outside its sheets", []part{rootRels("xl/workbook.xml"),
			{"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"windows-1251\"?><workbook " + mainNS + "><extLst><sheet name=\"x\"/></extLst>" +
				"<sheets><sheet name=\"List\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
			{"xl/_rels/workbook.xml.rels", `<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relBase + `worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
			{"xl/worksheets/sheet1.xml", franceList}}},
		{"two parts differing only in case", []part{rootRels("xl/workbook.xml"),
			{"xl/workbook.xml", wb(`<sheet name="List" sheetId="1" r:id="rId1"/>`)},
			{"xl/_rels/workbook.xml.rels", `<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relBase + `worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
			{"xl/worksheets/Sheet1.xml", listSheet([]string{"Country", "Mission"}, []string{"Atlantis", "Decoy"})},
			{"xl/worksheets/sheet1.xml", franceList}}},
		{"a calculation chain in a schema excelize does not know", []part{rootRels("xl/workbook.xml"),
			{"xl/workbook.xml", wb(`<sheet name="List" sheetId="1" r:id="rId1"/>`)},
			{"xl/_rels/workbook.xml.rels", `<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relBase + `worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
			{"xl/worksheets/sheet1.xml", franceList},
			{"xl/calcChain.xml", `<calcChain xmlns="http://schemas.microsoft.com/office/excel/2006/2"><c r="A1" i="1"/></calcChain>`},
			{"xl/styles.xml", `<styleSheet><broken`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book, err := Read(bytes.NewReader(zipOf(t, tt.parts...)))
			if err != nil {
				t.Fatal(err)
			}
			if len(book.Sheets) != 1 || book.Sheets[0].Name != "List" {
				t.Fatalf("sheets = %+v", book.Sheets)
			}
			s := book.Sheets[0]
			entries, problems := s.Entries(s.Mapping)
			if len(entries) != 1 || entries[0].Country != "FR" || entries[0].Head.FamilyName != "Dupont" || len(problems) != 0 {
				t.Errorf("entries = %+v, problems %v", entries, problems)
			}
		})
	}
}

// TestSheetsLeftOut reads a macro-enabled workbook (.xlsm) with a chart
// sheet, an Excel 4 macro sheet, a dialog sheet, a sheet the file lacks
// and a damaged sheet beside the list: the list is read, the others are
// left out, each with why.
func TestSheetsLeftOut(t *testing.T) {
	book, err := Read(bytes.NewReader(zipOf(t, rootRels("xl/workbook.xml"),
		part{"xl/workbook.xml", `<workbook ` + mainNS + `><sheets>` +
			`<sheet name="Chart1" sheetId="1" r:id="rId1"/><sheet name="Macro1" sheetId="2" r:id="rId2"/>` +
			`<sheet name="Dialog1" sheetId="3" r:id="rId3"/><sheet name="List" sheetId="4" r:id="rId4"/>` +
			`<sheet name="Lost" sheetId="5" r:id="rId5"/><sheet name="Broken" sheetId="6" r:id="rId6"/>` +
			`<sheet name="Module" sheetId="7" r:id=""/></sheets></workbook>`},
		part{"xl/_rels/workbook.xml.rels", `<Relationships ` + relsNS + `>` +
			`<Relationship Id="rId1" Type="` + relBase + `chartsheet" Target="chartsheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/>` +
			`<Relationship Id="rId3" Type="` + relBase + `dialogsheet" Target="dialogsheets/sheet1.xml"/>` +
			`<Relationship Id="rId4" Type="` + relBase + `worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId5" Type="` + relBase + `worksheet" Target="worksheets/sheet9.xml"/>` +
			`<Relationship Id="rId6" Type="` + relBase + `worksheet" Target="worksheets/sheet2.xml"/>` +
			`<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` +
			`</Relationships>`},
		part{"xl/chartsheets/sheet1.xml", `<chartsheet ` + mainNS + `/>`},
		part{"xl/macrosheets/sheet1.xml", `<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>`},
		part{"xl/dialogsheets/sheet1.xml", `<dialogsheet ` + mainNS + `/>`},
		part{"xl/worksheets/sheet1.xml", franceList},
		part{"xl/worksheets/sheet2.xml", `<worksheet ` + mainNS + `><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="9999999"><c r="A9999999"`},
		part{"xl/vbaProject.bin", "\xd0\xcf\x11\xe0 macros that are never run"},
	)))
	if err != nil {
		t.Fatal(err)
	}
	if len(book.Sheets) != 1 || book.Sheets[0].Name != "List" || book.Sheets[0].HeaderRow != 1 {
		t.Errorf("sheets read: %+v", book.Sheets)
	}
	var got []string
	for _, s := range book.Skipped {
		got = append(got, s.String())
	}
	want := []string{
		`sheet "Chart1" is left out: it is a chart, not a table`,
		`sheet "Macro1" is left out: it is a sheet of macros, which Liaison never runs`,
		`sheet "Dialog1" is left out: it is a dialog sheet of old Excel macros, not a table`,
		`sheet "Lost" is left out: the file does not hold its cells`,
		`sheet "Broken" is left out: it has more rows than Excel allows: the sheet is damaged`,
		`sheet "Module" is left out: the file does not hold its cells`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("skipped:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWhatIsNoWorkbookIsNamed refuses files that are zips but no
// workbook, saying what they are.
func TestWhatIsNoWorkbookIsNamed(t *testing.T) {
	tests := []struct {
		name  string
		parts []part
		want  string
	}{
		{"an .xlsb renamed .xlsx", []part{rootRels("xl/workbook.bin"), {"xl/workbook.bin", "\x83\x01\x00"}},
			"an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx"},
		{"a Word document", []part{rootRels("word/document.xml"),
			{"word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`}},
			"a Word document, not an Excel workbook"},
		{"an OpenDocument spreadsheet", []part{{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}},
			"an OpenDocument spreadsheet (.ods)"},
		{"a workbook with damaged XML", []part{rootRels("xl/workbook.xml"), {"xl/workbook.xml", `<workbook ` + mainNS + `><sheets><sheet name="A" r:id=`}},
			"the workbook is damaged: its list of sheets cannot be read"},
		{"a workbook of charts only", []part{rootRels("xl/workbook.xml"),
			{"xl/workbook.xml", `<workbook ` + mainNS + `><sheets><sheet name="C" sheetId="1" r:id="rId1"/></sheets></workbook>`},
			{"xl/_rels/workbook.xml.rels", `<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relBase + `chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`},
			{"xl/chartsheets/sheet1.xml", `<chartsheet/>`}},
			"no sheet of cells to read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(zipOf(t, tt.parts...)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Read = %v, want an error saying %q", err, tt.want)
			}
		})
	}
	t.Run("a workbook protected with a password", func(t *testing.T) {
		data := append(append([]byte{}, oleHeader...), make([]byte, 600)...)
		data = append(data, encryptedPackage...)
		if _, err := Read(bytes.NewReader(data)); err == nil || !strings.Contains(err.Error(), "protected with a password") {
			t.Errorf("Read = %v", err)
		}
	})
}

// attr escapes text for XML.
func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
