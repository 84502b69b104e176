package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocuments writes each kind of the sample briefing's paperwork and
// refuses bad options with one line, leaving no file behind.
func TestDocuments(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	for _, kind := range []string{"letters", "envelopes", "place-cards", "badges"} {
		t.Run(kind, func(t *testing.T) {
			out := filepath.Join(dir, kind+".pdf")
			got := mustRun(t, db, "documents", "--event", "1", "--kind", kind, "--lang", "kk", "-o", out)
			if !strings.HasPrefix(got, "Wrote ") || !strings.Contains(got, kind+" to "+out) {
				t.Errorf("printed %q", got)
			}
			b, err := os.ReadFile(out)
			if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Errorf("%s: %v, starts %q", out, err, b[:min(len(b), 8)])
			}
		})
	}
	text := filepath.Join(dir, "text.txt")
	if err := os.WriteFile(text, []byte("Dear {{Adressee}}"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name string
		args []string
		want string
	}{
		{"unknown kind", []string{"--kind", "posters"}, `"posters" is not a kind of document`},
		{"no kind", nil, "documents needs --kind"},
		{"envelope size", []string{"--kind", "envelopes", "--size", "B4"}, `"B4" is not an envelope size`},
		{"size of letters", []string{"--kind", "letters", "--size", "C5"}, "--size goes with --kind envelopes"},
		{"language", []string{"--kind", "letters", "--lang", "de"}, "Liaison writes documents in en, ru or kk"},
		{"missing letterhead", []string{"--kind", "letters", "--letterhead", filepath.Join(dir, "none.png")}, "cannot read the letterhead"},
		{"misspelt placeholder", []string{"--kind", "letters", "--text", text}, "{{Adressee}}"},
		{"no such event", []string{"--kind", "letters", "--event", "99"}, "not found"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "bad.pdf")
			args := append([]string{"documents", "--event", "1", "-o", out}, tt.args...)
			_, errOut, code := liaisonCmd(t, db, args...)
			if code != 1 || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want one line with %q", code, errOut, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a file was written")
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".liaison-tmp-*")); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}
