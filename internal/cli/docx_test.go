package cli

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// writeDOCXTemplate writes a minimal Word template whose paragraphs are
// the given texts, the first placeholder cut between two runs as Word
// cuts it.
func writeDOCXTemplate(t *testing.T, paragraphs ...string) string {
	t.Helper()
	var body strings.Builder
	for _, p := range paragraphs {
		if i := strings.Index(p, "{{") + 4; i >= 4 && i < len(p) {
			body.WriteString(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>` + p[:i] + `</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>` + p[i:] + `</w:t></w:r></w:p>`)
		} else {
			body.WriteString(`<w:p><w:r><w:t>` + p + `</w:t></w:r></w:p>`)
		}
	}
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err == nil {
			_, err = io.WriteString(w, f.body)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "invitation.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// docxTexts reads the text of each paragraph of a .docx's body.
func docxTexts(t *testing.T, path string) []string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s is not a zip: %v", path, err)
	}
	defer zr.Close()
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range regexp.MustCompile(`<w:p>(.*?)</w:p>`).FindAllStringSubmatch(string(b), -1) {
		var s strings.Builder
		for _, m := range regexp.MustCompile(`<w:t[^>]*>([^<]*)</w:t>`).FindAllStringSubmatch(p[1], -1) {
			s.WriteString(m[1])
		}
		out = append(out, s.String())
	}
	return out
}

func TestDocumentsLettersFromAWordTemplate(t *testing.T) {
	db := demoDB(t)
	template := writeDOCXTemplate(t, "{{Addressee}}", "{{Salutation}}", "{{EventTitle}}")
	out := filepath.Join(t.TempDir(), "letters.docx")
	printed := mustRun(t, db, "documents", "--event", "1", "--kind", "letters", "--lang", "kk", "--template", template, "-o", out)

	list := mustRun(t, db, "list", "invitations", "--event", "1")
	letters := len(strings.Split(strings.TrimSpace(list), "\n")) - 1 - strings.Count(list, "Declined")
	if want := "Wrote " + strconv64(int64(letters)) + " letters to " + out; !strings.Contains(printed, want) {
		t.Errorf("printed %q, want %q", printed, want)
	}
	texts := docxTexts(t, out)
	if got, want := len(texts), 3*letters; got != want {
		t.Fatalf("%d paragraphs, want 3 for each of %d letters", got, want)
	}
	// The briefing's list starts with the ambassador of Turkmenistan.
	if !strings.Contains(texts[0], "Оразов") && !strings.Contains(texts[0], "Orazov") {
		t.Errorf("the first letter is to %q, want the ambassador of Turkmenistan", texts[0])
	}
	if texts[1] != "Ұлы Мәртебелі," {
		t.Errorf("the ambassador's salutation is %q", texts[1])
	}
	excellencies := 0
	for i := 1; i < len(texts); i += 3 {
		if texts[i] == "Ұлы Мәртебелі," {
			excellencies++
		}
	}
	if ambassadors := strings.Count(list, "Ambassador Extraordinary"); excellencies == 0 || excellencies > ambassadors {
		t.Errorf("%d letters say Ұлы Мәртебелі, but the list has %d ambassadors", excellencies, ambassadors)
	}
}

func TestDocumentsWordTemplateRefusals(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	good := writeDOCXTemplate(t, "{{Addressee}}")
	misspelt := writeDOCXTemplate(t, "Dear {{Adressee}},")
	notDocx := filepath.Join(dir, "letter.txt")
	if err := os.WriteFile(notDocx, []byte("Dear {{Addressee}}"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "letters.docx")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"misspelt placeholder", []string{"--template", misspelt, "-o", out}, `{{Adressee}} is not a known field (paragraph: "Dear {{Adressee}},"); known: {{Addressee}}`},
		{"not a .docx", []string{"--template", notDocx, "-o", out}, "is not a Word document (.docx)"},
		{"a PDF name", []string{"--template", good, "-o", filepath.Join(dir, "letters.pdf")}, "name the file .docx"},
		{"badges", []string{"--template", good, "-o", out, "--kind", "badges"}, "--template makes letters only"},
		{"letterhead", []string{"--template", good, "-o", out, "--letterhead", "logo.png"}, "leave out --letterhead"},
		{"missing template", []string{"--template", filepath.Join(dir, "none.docx"), "-o", out}, "--template:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"documents", "--event", "1", "--kind", "letters"}, c.args...)
			if c.name == "badges" {
				args = append([]string{"documents", "--event", "1"}, c.args...)
			}
			_, errOut, code := liaisonCmd(t, db, args...)
			if code != 1 || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, stderr %q; want %q", code, errOut, c.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("the folder holds %d files after a refusal, want only the text file", len(entries))
			}
		})
	}
}
