package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSeatingDocuments(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	for _, c := range []struct{ kind, says string }{
		{"seating", "Wrote the seating plan (11 tables, not stored"},
		{"seat-list", "Wrote the seat list ("},
	} {
		out := filepath.Join(dir, c.kind+".pdf")
		said := mustRun(t, db, "documents", "--event", reception, "--kind", c.kind, "--lang", "kk", "-o", out)
		if !strings.HasPrefix(said, c.says) {
			t.Errorf("documents --kind %s said %q, want %q...", c.kind, said, c.says)
		}
		if b, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Errorf("%s: %v, not a PDF", out, err)
		}
	}
	out := filepath.Join(dir, "refused.pdf")
	if _, errOut, code := liaisonCmd(t, db, "documents", "--event", reception, "--kind", "seating", "--size", "C5", "-o", out); code == 0 || !strings.Contains(errOut, "takes only") {
		t.Errorf("--kind seating --size C5: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused document left %s: %v", out, err)
	}
}
