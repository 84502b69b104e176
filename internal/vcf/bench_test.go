package vcf

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
	"testing"

	vcard "github.com/emersion/go-vcard"
	"golang.org/x/text/encoding/charmap"

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
	if len(cs) != 1 || !cs[0].Skip.IsZero() || len(cs[0].Photo.Data) != 0 ||
		!strings.Contains(i18n.Join(i18n.En, cs[0].Notes, " "), "over the 2 MB kept") {
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

// benchCards writes n vCard 3.0 cards of the shape phones and Google
// export, as the importer's benchmark does.
func benchCards(n int) []byte {
	families := []string{"Ivanov", "Ёлкин", "Schmidt", "Нұрланов", "Dupont", "Tanaka", "Kowalski", "Ахметова"}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "BEGIN:VCARD\r\nVERSION:3.0\r\n")
		fmt.Fprintf(&b, "N:%s;Person %d;;;\r\nFN:Person %d %s\r\n", families[i%len(families)], i, i, families[i%len(families)])
		fmt.Fprintf(&b, "ORG:Embassy number %d of the Republic;Political section\r\n", i%200)
		fmt.Fprintf(&b, "TITLE:Counsellor\r\n")
		fmt.Fprintf(&b, "EMAIL;TYPE=INTERNET;TYPE=pref:p%d@example.org\r\nEMAIL;TYPE=INTERNET:p%d.home@example.org\r\n", i, i)
		fmt.Fprintf(&b, "TEL;TYPE=CELL:+7 701 %07d\r\nTEL;TYPE=WORK:+7 7172 %06d\r\n", i, i%1000000)
		fmt.Fprintf(&b, "ADR;TYPE=WORK:;;Kabanbay Batyr Ave %d;Astana;;010000;Kazakhstan\r\n", i%300)
		fmt.Fprintf(&b, "NOTE:Met at the reception\\, spoke about the annual report.\r\nEND:VCARD\r\n")
	}
	return []byte(b.String())
}

// benchCards1251 writes n vCard 2.1 cards as Outlook on a Russian system
// does: 8-bit Windows-1251 without a CHARSET, which Decode must detect.
func benchCards1251(n int) []byte {
	enc := charmap.Windows1251.NewEncoder()
	var b bytes.Buffer
	for i := range n {
		card := fmt.Sprintf("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Петров;Пётр %d;Ильич\r\nFN:Пётр Петров\r\n"+
			"ORG:Посольство номер %d\r\nTITLE:Советник\r\nTEL;CELL:+7 701 %07d\r\nEMAIL;INTERNET:p%d@example.org\r\n"+
			"ADR;WORK:;;ул. Жандосова, %d;Алматы;;050057;Казахстан\r\nEND:VCARD\r\n", i, i%200, i, i, i%300)
		out, err := enc.String(card)
		if err != nil {
			panic(err)
		}
		b.WriteString(out)
	}
	return b.Bytes()
}

func benchmarkDecode(b *testing.B, data []byte) {
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(data), i18n.En); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode100k decodes 100,000 UTF-8 cards; BenchmarkGoVcard100k is
// bare go-vcard on the same file, the floor.
func BenchmarkDecode100k(b *testing.B)      { benchmarkDecode(b, benchCards(100_000)) }
func BenchmarkDecode1251_100k(b *testing.B) { benchmarkDecode(b, benchCards1251(100_000)) }

func BenchmarkGoVcard100k(b *testing.B) {
	data := benchCards(100_000)
	for b.Loop() {
		dec := vcard.NewDecoder(bytes.NewReader(data))
		for {
			if _, err := dec.Decode(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}
