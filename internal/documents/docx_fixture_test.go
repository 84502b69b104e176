package documents

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestMergeDOCXFromLibreOffice merges a template another program wrote:
// testdata/libreoffice-letter.docx is LibreOffice's .docx of
// libreoffice-letter.html, whose placeholders change formatting midway,
// so LibreOffice cut them into runs of their own.
func TestMergeDOCXFromLibreOffice(t *testing.T) {
	template, err := os.ReadFile("testdata/libreoffice-letter.docx")
	if err != nil {
		t.Fatal(err)
	}
	r := map[string]string{
		"Addressee": "Ұлы Мәртебелі Атаджан Оразов мырза", "Salutation": "Ұлы Мәртебелі,",
		"Mission": "Түрікменстан Елшілігі", "MissionAddress": "Diplomatic Town, Block B-5\nAstana 010000",
		"EventTitle": "Брифинг", "EventDate": "2026 жылғы 10 желтоқсан", "EventTime": "11:00",
		"Venue": "Office & hall", "DressCode": "Business", "ReplyBy": "2026 жылғы 5 желтоқсан",
		"SignatoryTitle": "Head of Protocol", "Signatory": "А. Сейткали", "Today": "2026 жылғы 1 желтоқсан",
		"Position": "", "Host": "",
	}
	other := map[string]string{}
	for k, v := range r {
		other[k] = v + " (2)"
	}
	parts := docxMergeTest(t, template, []map[string]string{r, other})
	got := strings.Join(docxParagraphs(t, parts["word/document.xml"]), "|")
	for _, rec := range []map[string]string{r, other} {
		want := strings.Join([]string{rec["Addressee"], rec["Mission"] + "\n" + rec["MissionAddress"], rec["Salutation"],
			"I have the honour to invite you to «" + rec["EventTitle"] + "» on " + rec["EventDate"] + " at " + rec["EventTime"] + ", " + rec["Venue"] + ".",
			"Dress code", rec["DressCode"], "Reply by", rec["ReplyBy"], rec["SignatoryTitle"] + "\n" + rec["Signatory"], rec["Today"]}, "|")
		if !strings.Contains(got, want) {
			t.Errorf("the letter to %s:\n got %q\nwant %q", rec["Addressee"], got, want)
		}
	}
	if !bytes.Contains(parts["word/document.xml"], []byte(`<w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr><w:t xml:space="preserve">Ұлы Мәртебелі Атаджан Оразов мырза</w:t>`)) {
		t.Errorf("the addressee lost the bold blue of the placeholder's first run")
	}
}
