package documents

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// The test templates are written here the way Word writes them: a
// placeholder split between runs by the spelling checker (proofErr), by
// revision ids (rsid) and by a bookmark, and letterhead images in the
// body and in the header.

const docxNS = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"`

// docxPNG is a 1×1 PNG, the letterhead of the test templates.
var docxPNG, _ = base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

func docxDrawing(id, rid string) string {
	return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="914400" cy="914400"/><wp:docPr id="` + id + `" name="Picture ` + id + `"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="` + rid + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
}

// docxLetterBody is the body of the test letter, before its sectPr.
var docxLetterBody = `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777"><w:pPr><w:jc w:val="right"/></w:pPr>` + docxDrawing("1", "rIdImg") + `</w:p>` +
	// {{ in a bold run, the name in two runs with a proofErr and a
	// bookmark between, }} in a run of its own.
	`<w:p><w:r w:rsidR="00A1"><w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr><w:t>{{</w:t></w:r>` +
	`<w:proofErr w:type="spellStart"/><w:r w:rsidR="00B2"><w:t>Addr</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>` +
	`<w:r w:rsidR="00C3"><w:t>essee</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:rPr><w:i/></w:rPr><w:t>}}</w:t></w:r></w:p>` +
	// a brace split in the middle, with text around it in the same runs.
	`<w:p><w:r><w:t xml:space="preserve">Position: {</w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{ Position }} at {{Mis</w:t></w:r><w:r><w:t>sion}}.</w:t></w:r></w:p>` +
	`<w:p><w:r><w:t>{{MissionAddress}}</w:t></w:r></w:p>` +
	`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` +
	`<w:tc><w:p><w:r><w:t>Event</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{Event</w:t></w:r><w:r><w:t>Title}} on {{EventDate}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
	`<w:p><w:pPr><w:jc w:val="both"/><w:rPr><w:sz w:val="20"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">{{Salutation}} we have the honour to invite you. </w:t></w:r><w:r><w:t>Yours, {{Signatory}}</w:t></w:r></w:p>`

var docxLetterSect = `<w:sectPr w:rsidR="00A1"><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>`

var docxLetterHeader = `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>` + docxDrawing("5", "rIdLogo") +
	`<w:r><w:t xml:space="preserve">Ombudsman — {{Even</w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:t>tTitle}} — for {{</w:t></w:r><w:r><w:t>Addressee}}</w:t></w:r></w:p>`

var docxLetterFooter = `<w:p><w:r><w:t>Office of the Ombudsman, 1 Main Street</w:t></w:r></w:p>`

// docxFiles are the parts of a minimal .docx as Word writes it.
func docxFiles(body, sect, header string) map[string]string {
	return map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
		"word/_rels/header1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + docxNS + `><w:body>` + body + sect + `</w:body></w:document>`,
		"word/header1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ` + docxNS + `>` + header + `</w:hdr>`,
		"word/footer1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ` + docxNS + `>` + docxLetterFooter + `</w:ftr>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style></w:styles>`,
		"word/media/image1.png": string(docxPNG),
	}
}

// zipFiles writes files into a .docx, [Content_Types].xml first as Word does.
func docxZip(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := []string{"[Content_Types].xml"}
	for name := range files {
		if name != names[0] {
			names = append(names, name)
		}
	}
	for _, name := range names {
		if _, ok := files[name]; !ok {
			continue
		}
		fw, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(fw, files[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func docxLetterTemplate(t *testing.T) []byte {
	return docxZip(t, docxFiles(docxLetterBody, docxLetterSect, docxLetterHeader))
}

func docxMergeTest(t *testing.T, template []byte, records []map[string]string) map[string][]byte {
	t.Helper()
	var out bytes.Buffer
	if err := MergeDOCX(bytes.NewReader(template), int64(len(template)), records, &out); err != nil {
		t.Fatalf("MergeDOCX: %v", err)
	}
	return docxUnzip(t, out.Bytes())
}

func docxUnzip(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("the merged file is not a zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			docxWellFormed(t, f.Name, parts[f.Name])
		}
	}
	return parts
}

func docxWellFormed(t *testing.T, name string, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s does not parse: %v", name, err)
		}
	}
}

// A docxNode is an element of a parsed part, enough to walk paragraphs and
// sections.
type docxNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Nodes   []docxNode `xml:",any"`
}

func docxParse(t *testing.T, b []byte) docxNode {
	t.Helper()
	var n docxNode
	if err := xml.Unmarshal(b, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func (n docxNode) attrOf(local string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func (n docxNode) child(local string) (docxNode, bool) {
	for _, c := range n.Nodes {
		if c.XMLName.Local == local {
			return c, true
		}
	}
	return docxNode{}, false
}

// walk calls f for n and every element under it, in document order.
func (n docxNode) walk(f func(docxNode)) {
	f(n)
	for _, c := range n.Nodes {
		c.walk(f)
	}
}

// paraText is the text of a paragraph as Word shows it; w:br is a newline.
func docxParaText(p docxNode) string {
	var b strings.Builder
	p.walk(func(n docxNode) {
		switch n.XMLName.Local {
		case "t":
			b.WriteString(n.Text)
		case "br":
			b.WriteString("\n")
		}
	})
	return b.String()
}

// paragraphs lists the text of every paragraph of a part, in order.
func docxParagraphs(t *testing.T, b []byte) []string {
	var out []string
	docxParse(t, b).walk(func(n docxNode) {
		if n.XMLName.Local == "p" {
			out = append(out, docxParaText(n))
		}
	})
	return out
}
