package documents

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func docxRecord(name, salutation, mission string) map[string]string {
	return map[string]string{
		"Addressee":      name,
		"Salutation":     salutation,
		"Position":       "Ambassador",
		"Mission":        mission,
		"MissionAddress": "12 Embassy Row\nAstana 010000",
		"EventTitle":     "Reception",
		"EventDate":      "4 December 2026",
		"Signatory":      "A. Tokayeva",
	}
}

var docxRecords = []map[string]string{
	docxRecord("H.E. Mr. Atajan Orazov", "Your Excellency,", "Embassy of Turkmenistan"),
	docxRecord("Г-н Иван Петров", "Уважаемый господин Петров,", "Посольство <России> & Co"),
	docxRecord("Құрметті Әсем Ұлықбекқызы", "Құрметті Ұлықбекқызы ханым,", "Қазақстан"),
}

func TestMergeDOCXPlaceholdersSplitAcrossRuns(t *testing.T) {
	parts := docxMergeTest(t, docxLetterTemplate(t), docxRecords)
	got := docxParagraphs(t, parts["word/document.xml"])
	var want []string
	for _, r := range docxRecords {
		want = append(want, "",
			r["Addressee"],
			"Position: "+r["Position"]+" at "+r["Mission"]+".",
			r["MissionAddress"],
			"Event", r["EventTitle"]+" on "+r["EventDate"],
			r["Salutation"]+" we have the honour to invite you. Yours, "+r["Signatory"])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
}

func TestMergeDOCXKeepsTheFirstRunsFormatting(t *testing.T) {
	parts := docxMergeTest(t, docxLetterTemplate(t), docxRecords[:1])
	var runs []docxNode
	docxParse(t, parts["word/document.xml"]).walk(func(n docxNode) {
		if n.XMLName.Local == "p" && docxParaText(n) == docxRecords[0]["Addressee"] {
			for _, c := range n.Nodes {
				if c.XMLName.Local == "r" {
					runs = append(runs, c)
				}
			}
		}
	})
	if len(runs) != 4 {
		t.Fatalf("the addressee's paragraph has %d runs, want the template's 4", len(runs))
	}
	if got := docxParaText(runs[0]); got != docxRecords[0]["Addressee"] {
		t.Errorf("first run holds %q, want the whole addressee", got)
	}
	rpr, ok := runs[0].child("rPr")
	if _, bold := rpr.child("b"); !ok || !bold {
		t.Errorf("the first run lost its bold formatting")
	}
	if color, _ := rpr.child("color"); color.attrOf("val") != "1F3864" {
		t.Errorf("the first run lost its colour")
	}
	if rpr, _ := runs[3].child("rPr"); len(rpr.Nodes) == 0 {
		t.Errorf("the last run's own formatting was removed")
	}
	for _, r := range runs[1:] {
		if txt := docxParaText(r); txt != "" {
			t.Errorf("a later run still holds %q", txt)
		}
	}
	if !bytes.Contains(parts["word/document.xml"], []byte("proofErr")) {
		t.Errorf("the elements between the runs were removed")
	}
}

func TestMergeDOCXASectionPerRecord(t *testing.T) {
	for _, n := range []int{1, 2, 3} {
		t.Run(fmt.Sprintf("%d records", n), func(t *testing.T) {
			parts := docxMergeTest(t, docxLetterTemplate(t), docxRecords[:n])
			doc := docxParse(t, parts["word/document.xml"])
			body, _ := doc.child("body")
			var sects []docxNode
			body.walk(func(x docxNode) {
				if x.XMLName.Local == "sectPr" {
					sects = append(sects, x)
				}
			})
			if len(sects) != n {
				t.Fatalf("%d sections, want %d", len(sects), n)
			}
			if last := body.Nodes[len(body.Nodes)-1]; last.XMLName.Local != "sectPr" {
				t.Errorf("the body ends with %s, want the template's sectPr", last.XMLName.Local)
			}
			// The breaks sit in the letters' last paragraphs: no empty
			// paragraph that could spill onto a page of its own.
			if got, want := len(docxParagraphs(t, parts["word/document.xml"])), 7*n; got != want {
				t.Errorf("%d paragraphs, want %d", got, want)
			}
			headers := map[string]bool{}
			for k, s := range sects {
				if typ, _ := s.child("type"); typ.attrOf("val") != "nextPage" {
					t.Errorf("section %d starts with %q, want a new page", k+1, typ.attrOf("val"))
				}
				if sz, _ := s.child("pgSz"); sz.attrOf("w") != "11906" {
					t.Errorf("section %d lost the template's page size", k+1)
				}
				if pg, _ := s.child("pgNumType"); pg.attrOf("start") != "1" {
					t.Errorf("section %d does not number its pages from 1", k+1)
				}
				if order := childOrder(s); order["pgNumType"] > order["cols"] {
					t.Errorf("section %d: pgNumType after cols, which Word refuses", k+1)
				}
				ref, _ := s.child("headerReference")
				headers[ref.attrOf("id")] = true
			}
			if len(headers) != n {
				t.Errorf("the sections use %d headers, want one per letter", len(headers))
			}
		})
	}
}

func TestMergeDOCXHeadersPerRecord(t *testing.T) {
	parts := docxMergeTest(t, docxLetterTemplate(t), docxRecords)
	rels := string(parts["word/_rels/document.xml.rels"])
	types := string(parts["[Content_Types].xml"])
	for k, name := range []string{"word/header1.xml", "word/header1-2.xml", "word/header1-3.xml"} {
		got := docxParagraphs(t, parts[name])
		want := "Ombudsman — Reception — for " + docxRecords[k]["Addressee"]
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
		base := strings.TrimPrefix(name, "word/")
		if k > 0 && !strings.Contains(rels, `Target="`+base+`"`) {
			t.Errorf("document.xml.rels does not name %s", base)
		}
		if k > 0 && !strings.Contains(types, `PartName="/`+name+`"`) {
			t.Errorf("[Content_Types].xml does not name %s", name)
		}
		if _, ok := parts["word/_rels/"+base+".rels"]; !ok {
			t.Errorf("%s has no relationships: its letterhead image is lost", name)
		}
	}
	if _, ok := parts["word/footer1-2.xml"]; ok {
		t.Errorf("the footer without placeholders was copied")
	}
	if !bytes.Equal(parts["word/media/image1.png"], docxPNG) {
		t.Errorf("the letterhead image changed")
	}
}

func TestMergeDOCXUniqueIDs(t *testing.T) {
	parts := docxMergeTest(t, docxLetterTemplate(t), docxRecords)
	ids := map[string]int{}
	for name, b := range parts {
		if !strings.HasSuffix(name, ".xml") {
			continue
		}
		docxParse(t, b).walk(func(n docxNode) {
			if n.XMLName.Local == "docPr" {
				ids[n.attrOf("id")]++
			}
		})
	}
	if len(ids) != 6 {
		t.Errorf("drawing ids %v, want 6 different ones (a body and a header image per letter)", ids)
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("drawing id %s used %d times: Word calls such a file damaged", id, n)
		}
	}
	doc := string(parts["word/document.xml"])
	if got := strings.Count(doc, `w:name="_GoBack"`); got != 1 {
		t.Errorf("bookmark _GoBack appears %d times, want once", got)
	}
	if got := strings.Count(doc, `w14:paraId="1A2B3C4D"`); got != 1 {
		t.Errorf("paragraph id appears %d times, want once", got)
	}
	if got := strings.Count(doc, `r:embed="rIdImg"`); got != 3 {
		t.Errorf("the body image is shown %d times, want once per letter", got)
	}
}

func TestMergeDOCXEscapesValues(t *testing.T) {
	parts := docxMergeTest(t, docxLetterTemplate(t), docxRecords[1:2])
	doc := string(parts["word/document.xml"])
	if !strings.Contains(doc, "Посольство &lt;России&gt; &amp; Co") {
		t.Errorf("the mission's <, > and & are not escaped")
	}
	if !strings.Contains(doc, `12 Embassy Row</w:t><w:br/><w:t xml:space="preserve">Astana 010000`) {
		t.Errorf("the address's newline is not a line break")
	}
}

func TestMergeDOCXUnknownPlaceholder(t *testing.T) {
	body := docxLetterBody + `<w:p><w:r><w:t xml:space="preserve">Dear {{Adres</w:t></w:r><w:r><w:t>see}},</w:t></w:r></w:p>`
	template := docxZip(t, docxFiles(body, docxLetterSect, docxLetterHeader))
	var out bytes.Buffer
	err := MergeDOCX(bytes.NewReader(template), int64(len(template)), docxRecords, &out)
	var unknown *UnknownFieldsError
	if !errors.As(err, &unknown) {
		t.Fatalf("got %v, want an UnknownFieldsError", err)
	}
	msg := err.Error()
	for _, want := range []string{`{{Adressee}} is not a known field`, `"Dear {{Adressee}},"`, "{{Addressee}}, {{EventDate}}"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the message %q does not say %q", msg, want)
		}
	}
	if out.Len() != 0 {
		t.Errorf("%d bytes written despite the error", out.Len())
	}

	header := strings.Replace(docxLetterHeader, "tTitle}}", "tTitel}}", 1)
	template = docxZip(t, docxFiles(docxLetterBody, docxLetterSect, header))
	err = MergeDOCX(bytes.NewReader(template), int64(len(template)), docxRecords, &out)
	if err == nil || !strings.Contains(err.Error(), "{{EventTitel}} is not a known field (paragraph in a header") {
		t.Errorf("a header's unknown field: got %v", err)
	}
}

func TestMergeDOCXPlaceholderCaseAndSpaces(t *testing.T) {
	body := `<w:p><w:r><w:t>{{ addressee }} / {{MISSION}}</w:t></w:r></w:p>`
	template := docxZip(t, docxFiles(body, docxLetterSect, docxLetterFooter))
	got := docxParagraphs(t, docxMergeTest(t, template, docxRecords[:1])["word/document.xml"])
	if want := "H.E. Mr. Atajan Orazov / Embassy of Turkmenistan"; len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMergeDOCXBreakWhenTheBodyEndsWithATable(t *testing.T) {
	body := `<w:p><w:r><w:t>{{Addressee}}</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`
	template := docxZip(t, docxFiles(body, docxLetterSect, docxLetterFooter))
	parts := docxMergeTest(t, template, docxRecords[:2])
	doc := docxParse(t, parts["word/document.xml"])
	b, _ := doc.child("body")
	var kinds []string
	for _, n := range b.Nodes {
		kinds = append(kinds, n.XMLName.Local)
	}
	if got, want := strings.Join(kinds, " "), "p tbl p p tbl sectPr"; got != want {
		t.Errorf("body: %s, want %s (a paragraph holding the break after the first table)", got, want)
	}
}

func TestMergeDOCXRefusesWhatIsNotADocx(t *testing.T) {
	cfb := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
	noDocument := docxZip(t, map[string]string{"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
	damaged := docxZip(t, docxFiles(`<w:p><w:r><w:t>{{Addressee}}</w:r></w:p>`, docxLetterSect, docxLetterFooter))
	macros := docxFiles(docxLetterBody, docxLetterSect, docxLetterHeader)
	macros["[Content_Types].xml"] = strings.Replace(macros["[Content_Types].xml"], documentMain, macroDocument, 1)
	for _, c := range []struct {
		name     string
		template []byte
		want     string
	}{
		{"text file", []byte("Dear {{Addressee}}"), "is not a Word document (.docx)"},
		{"password or .doc", cfb, "password-protected"},
		{"a workbook", noDocument, "is not a Word document (.docx)"},
		{"damaged XML", damaged, "word/document.xml is damaged"},
		{"macros", docxZip(t, macros), "holds macros"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			err := MergeDOCX(bytes.NewReader(c.template), int64(len(c.template)), docxRecords, &out)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
	var out bytes.Buffer
	if err := MergeDOCX(bytes.NewReader(docxLetterTemplate(t)), int64(len(docxLetterTemplate(t))), nil, &out); !errors.Is(err, ErrNoRecords) {
		t.Errorf("no records: got %v", err)
	}
}

func TestMergeDOCXFromADotx(t *testing.T) {
	files := docxFiles(docxLetterBody, docxLetterSect, docxLetterHeader)
	files["[Content_Types].xml"] = strings.Replace(files["[Content_Types].xml"], documentMain, templateMain, 1)
	parts := docxMergeTest(t, docxZip(t, files), docxRecords[:1])
	if types := string(parts["[Content_Types].xml"]); !strings.Contains(types, documentMain) || strings.Contains(types, templateMain) {
		t.Errorf("a .dotx's content type was not made a document's: %s", types)
	}
}

func BenchmarkMergeDOCX500(b *testing.B) {
	t := &testing.T{}
	template := docxLetterTemplate(t)
	records := make([]map[string]string, 500)
	for i := range records {
		records[i] = docxRecords[i%3]
	}
	for b.Loop() {
		var out bytes.Buffer
		if err := MergeDOCX(bytes.NewReader(template), int64(len(template)), records, &out); err != nil {
			b.Fatal(err)
		}
	}
}

// childOrder gives the position of each child of n by its name.
func childOrder(n docxNode) map[string]int {
	order := map[string]int{}
	for i, c := range n.Nodes {
		order[c.XMLName.Local] = i
	}
	return order
}

func TestMergeDOCXPageNumbersOfATemplateKept(t *testing.T) {
	for _, c := range []struct{ pg, want string }{
		{`<w:pgNumType w:fmt="lowerRoman"/>`, `<w:pgNumType w:fmt="lowerRoman" w:start="1"/>`},
		{`<w:pgNumType w:start="5"/>`, `<w:pgNumType w:start="5"/>`},
	} {
		sect := strings.Replace(docxLetterSect, `<w:cols`, c.pg+`<w:cols`, 1)
		parts := docxMergeTest(t, docxZip(t, docxFiles(docxLetterBody, sect, docxLetterHeader)), docxRecords[:2])
		if got := strings.Count(string(parts["word/document.xml"]), c.want); got != 2 {
			t.Errorf("%s: %d sections hold %s, want 2", c.pg, got, c.want)
		}
	}
}

func TestMergeDOCXBracesThatDoNotPair(t *testing.T) {
	for _, typed := range []string{"Dear {{Addressee},", "Dear {Addressee}},", "Dear {{Addressee"} {
		body := `<w:p><w:r><w:t>` + typed[:7] + `</w:t></w:r><w:r><w:t>` + typed[7:] + `</w:t></w:r></w:p>`
		template := docxZip(t, docxFiles(docxLetterBody+body, docxLetterSect, docxLetterHeader))
		var out bytes.Buffer
		err := MergeDOCX(bytes.NewReader(template), int64(len(template)), docxRecords, &out)
		if want := "does not pair its braces {{ }} (paragraph: \"" + typed + "\")"; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", typed, err, want)
		}
	}
}

// TestMergeDOCXTextBoxAndPrefix fills a placeholder in a text box (a
// paragraph inside a paragraph's drawing) and in a part whose
// WordprocessingML prefix is not w.
func TestMergeDOCXTextBoxAndPrefix(t *testing.T) {
	box := `<w:p><w:r><w:t xml:space="preserve">To </w:t></w:r><w:r><w:drawing><wp:anchor><wp:docPr id="9" name="Text Box 9"/><a:graphic><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>` +
		`<w:p><w:r><w:t>{{Mis</w:t></w:r><w:r><w:t>sion}}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r><w:r><w:t xml:space="preserve"> {{Addressee}}</w:t></w:r></w:p>`
	files := docxFiles(box, docxLetterSect, docxLetterHeader)
	got := docxParagraphs(t, docxMergeTest(t, docxZip(t, files), docxRecords[:1])["word/document.xml"])
	if want := []string{"To Embassy of Turkmenistan H.E. Mr. Atajan Orazov", "Embassy of Turkmenistan"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("text box: got %q, want %q", got, want)
	}

	x := strings.NewReplacer("<w:", "<x:", "</w:", "</x:", " w:", " x:", "xmlns:w=", "xmlns:x=")
	files["word/document.xml"] = x.Replace(files["word/document.xml"])
	files["word/header1.xml"] = x.Replace(files["word/header1.xml"])
	parts := docxMergeTest(t, docxZip(t, files), docxRecords[:2])
	got = docxParagraphs(t, parts["word/document.xml"])
	if len(got) != 4 || got[2] != "To Посольство <России> & Co Г-н Иван Петров" {
		t.Errorf("prefix x: got %q", got)
	}
	if !strings.Contains(string(parts["word/document.xml"]), `<x:pPr><x:sectPr`) {
		t.Errorf("prefix x: the section break is not written with the part's prefix")
	}
}

// TestMergeDOCXOneHeaderTwice copies a header that the first page and
// the others both show (two relationships to one part) to parts of
// different names.
func TestMergeDOCXOneHeaderTwice(t *testing.T) {
	files := docxFiles(docxLetterBody, strings.Replace(docxLetterSect, `<w:footerReference`, `<w:headerReference w:type="first" r:id="rIdH1b"/><w:footerReference`, 1), docxLetterHeader)
	files["word/_rels/document.xml.rels"] = strings.Replace(files["word/_rels/document.xml.rels"], "</Relationships>",
		`<Relationship Id="rIdH1b" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`, 1)
	files["word/header1-2.xml"] = files["word/header1.xml"] // a name the copies must not take
	parts := docxMergeTest(t, docxZip(t, files), docxRecords[:2])
	var refs []string
	docxParse(t, parts["word/document.xml"]).walk(func(n docxNode) {
		if n.XMLName.Local == "headerReference" {
			refs = append(refs, n.attrOf("id"))
		}
	})
	if got, want := strings.Join(refs, " "), "rIdH1 rIdH1b rIdH1L2 rIdH1bL2"; got != want {
		t.Errorf("header references %s, want %s", got, want)
	}
	rels := string(parts["word/_rels/document.xml.rels"])
	for _, want := range []string{`Id="rIdH1L2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1-2-2.xml"`, `Id="rIdH1bL2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1-2-3.xml"`} {
		if !strings.Contains(rels, want) {
			t.Errorf("document.xml.rels lacks %s:\n%s", want, rels)
		}
	}
}

// TestMergeDOCXDropsWordsOwnMailMerge: a template once set up as a Word
// mail merge names a data source Word would ask for on every opening.
func TestMergeDOCXDropsWordsOwnMailMerge(t *testing.T) {
	files := docxFiles(docxLetterBody, docxLetterSect, docxLetterHeader)
	files["word/settings.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:zoom w:percent="100"/><w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="textFile"/><w:query w:val="SELECT * FROM guests.csv"/><w:dataSource r:id="rId1"/></w:mailMerge><w:defaultTabStop w:val="708"/></w:settings>`
	parts := docxMergeTest(t, docxZip(t, files), docxRecords[:1])
	got := string(parts["word/settings.xml"])
	if strings.Contains(got, "mailMerge") || !strings.Contains(got, `<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/>`) {
		t.Errorf("settings.xml: %s", got)
	}
}
