package vcf

import (
	"encoding/base64"
	"strings"
	"testing"

	"liaison/internal/i18n"
)

// foldedPhotoCard is a card with a 4 MiB photo folded over 75-octet lines,
// the case that makes go-vcard's unfolding quadratic (about 90 s).
func foldedPhotoCard() string {
	b64 := base64.StdEncoding.EncodeToString(make([]byte, 4<<20))
	var sb strings.Builder
	sb.WriteString("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nPHOTO;ENCODING=b;TYPE=JPEG:")
	for i := 0; i < len(b64); i += 74 {
		if i > 0 {
			sb.WriteString("\r\n ")
		}
		sb.WriteString(b64[i:min(i+74, len(b64))])
	}
	sb.WriteString("\r\nEND:VCARD\r\n")
	return sb.String()
}

func TestFoldedPhotoOverTheLimit(t *testing.T) {
	cs := decodeString(t, foldedPhotoCard())
	if len(cs) != 1 || cs[0].Skip != "" || len(cs[0].Photo.Data) != 0 ||
		!strings.Contains(strings.Join(cs[0].Notes, " "), "over the 2 MB kept") {
		t.Errorf("contact = skip %q, photo %d bytes, notes %v", cs[0].Skip, len(cs[0].Photo.Data), cs[0].Notes)
	}
}

// BenchmarkDecodeFoldedPhoto decodes that card: unfolding here is linear.
func BenchmarkDecodeFoldedPhoto(b *testing.B) {
	card := foldedPhotoCard()
	for b.Loop() {
		if _, err := Decode(strings.NewReader(card), i18n.En); err != nil {
			b.Fatal(err)
		}
	}
}
