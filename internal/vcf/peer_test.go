package vcf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liaison/internal/i18n"
)

// peerDir holds the vCards of other projects' test suites (address books,
// phone platforms), beside the work tree when it is there; they belong to
// those projects and are never copied into this one.
func peerDir() string {
	if dir := os.Getenv("LIAISON_PEER_VCF"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "..", "shared", "peer", "vcf")
}

// TestPeerFiles decodes every vCard other programs wrote, when they are
// there, and prints a table with -v: cards read, skipped and noted per
// file. A card may be skipped only for having no name, and no name may
// hold the replacement character of a charset read wrong.
func TestPeerFiles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(peerDir(), "*", "*"))
	if len(files) == 0 {
		t.Skip("no peer files beside the work tree")
	}
	var table strings.Builder
	fmt.Fprintf(&table, "%-70s %5s %5s %5s  %s\n", "file", "cards", "skip", "notes", "refused")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		rel, _ := filepath.Rel(peerDir(), name)
		contacts, err := Decode(bytes.NewReader(data), i18n.En)
		skipped, noted := 0, 0
		for _, c := range contacts {
			if !c.Skip.IsZero() {
				skipped++
				if c.Skip.Text != "no name" {
					t.Errorf("%s, line %d: skipped: %s", rel, c.Line, c.Skip)
				}
			}
			if len(c.Notes) > 0 {
				noted++
			}
			if full := c.Person.FullName(); strings.ContainsRune(full, '\uFFFD') {
				t.Errorf("%s, line %d: the name %q is garbled", rel, c.Line, full)
			}
		}
		refused := ""
		if err != nil {
			refused = err.Error()
		}
		fmt.Fprintf(&table, "%-70.70s %5d %5d %5d  %s\n", rel, len(contacts), skipped, noted, refused)
	}
	t.Log("\n" + table.String())
}
