package documents

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeDOCXOpensInLibreOffice converts a merged file to PDF with
// LibreOffice, where it is installed, and reads the letters back: a file
// LibreOffice cannot read converts to nothing.
func TestMergeDOCXOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	if testing.Short() {
		t.Skip("LibreOffice takes seconds to start")
	}
	dir := t.TempDir()
	template := docxLetterTemplate(t)
	var out bytes.Buffer
	if err := MergeDOCX(bytes.NewReader(template), int64(len(template)), docxRecords, &out); err != nil {
		t.Fatal(err)
	}
	docx := filepath.Join(dir, "letters.docx")
	if err := os.WriteFile(docx, out.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, docx)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	pdf := filepath.Join(dir, "letters.pdf")
	text, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v (LibreOffice did not convert the file)", err)
	}
	pages := strings.Split(strings.TrimRight(string(text), "\f"), "\f")
	if len(pages) != len(docxRecords) {
		t.Fatalf("%d pages, want one per letter:\n%s", len(pages), text)
	}
	for k, r := range docxRecords {
		for _, want := range []string{r["Addressee"], r["Salutation"], "Ombudsman — Reception — for " + r["Addressee"], "Astana 010000", "Office of the Ombudsman"} {
			if !strings.Contains(pages[k], want) {
				t.Errorf("page %d lacks %q:\n%s", k+1, want, pages[k])
			}
		}
	}
}
