package vcf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// FuzzDecode reads arbitrary bytes as a vCard file, in memory. Whatever
// the input, Decode must not panic; a card it does not skip has a name,
// passes the person checks, and written out by Encode and read again
// comes back the same person, field for field.
//
// An input is read up to maxFuzzInput bytes, and the seeds are the cards
// of the fixtures one by one: the fuzzer minimises every input that finds
// new code by trying to remove each run of its bytes, which for a file of
// a few kilobytes takes longer than a short run lasts, and a run that
// minimises counts no executions.
const maxFuzzInput = 512

func FuzzDecode(f *testing.F) {
	for _, pattern := range []string{"*.vcf", "wild/*.vcf"} {
		files, _ := filepath.Glob(filepath.Join("testdata", pattern))
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			for _, card := range bytes.SplitAfter(b, []byte("END:VCARD\r\n")) {
				f.Add(card[:min(len(card), maxFuzzInput)])
			}
		}
	}
	f.Add([]byte("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe\\;;John\\, Jr.,Paul;;;\r\nTEL:+1 418;ext=1\\\r\nEND:VCARD\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		data = data[:min(len(data), maxFuzzInput)]
		contacts, err := Decode(bytes.NewReader(data), i18n.En)
		if err != nil {
			return // refused with a message: fine
		}
		var entries []Entry
		for i, c := range contacts {
			if !c.Skip.IsZero() {
				continue
			}
			p := c.Person
			if p.FamilyName == "" && p.GivenName == "" {
				t.Fatalf("card %d is imported without a name", i+1)
			}
			if c.Org != "" {
				p.MissionID = 1
			}
			if err := p.Validate(); err != nil {
				t.Fatalf("card %d is imported but not valid: %v", i+1, err)
			}
			entries = append(entries, Entry{Person: c.Person, Mission: liaison.Mission{Name: c.Org}})
		}
		if len(entries) == 0 {
			return
		}
		v := V3 // each input tries one version, the fuzzer covers both
		if len(data)%2 == 1 {
			v = V4
		}
		var buf bytes.Buffer
		if err := Encode(&buf, entries, v); err != nil {
			t.Fatal(err)
		}
		again, err := Decode(&buf, i18n.En)
		if err != nil {
			t.Fatalf("vCard %s: its own file is refused: %v", v, err)
		}
		if len(again) != len(entries) {
			t.Fatalf("vCard %s: %d cards written, %d read back", v, len(entries), len(again))
		}
		for i, c := range again {
			if !c.Skip.IsZero() {
				t.Fatalf("vCard %s, card %d is skipped: %s", v, i+1, c.Skip)
			}
			if got, want := personFields(c.Person), personFields(entries[i].Person); got != want {
				t.Fatalf("vCard %s, card %d came back as\n%s\nwant\n%s", v, i+1, got, want)
			}
		}
	})
}
