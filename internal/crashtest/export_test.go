//go:build !race && (linux || darwin)

package crashtest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"liaison/internal/i18n"
	"liaison/internal/vcf"
	"liaison/internal/xlsx"
)

// testExport kills exports of the people list, to Excel and to vCards in
// turn, each over a complete earlier export, and checks that the target
// always holds a complete export, the earlier one or the new one.
func testExport(t *testing.T, k *killer, filled string) {
	dir := t.TempDir()
	type target struct {
		name string
		span time.Duration // how long an export takes
		last []byte        // the last complete export
	}
	targets := []*target{{name: "people.xlsx"}, {name: "people.vcf"}}
	env := func(tg *target) []string {
		return []string{childEnv + "=export", dbEnv + "=" + filled, targetEnv + "=" + filepath.Join(dir, tg.name)}
	}
	for _, tg := range targets {
		tg.span = k.calibrate(env(tg)...)
		tg.last = checkExport(t, iteration{mode: k.mode, delay: -1}, filepath.Join(dir, tg.name))
	}
	replaced := 0
	for i := 0; k.more(); i++ {
		tg := targets[i%len(targets)]
		path := filepath.Join(dir, tg.name)
		old, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		it := k.kill(&tg.span, env(tg)...)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v: %v", it, err)
		}
		if !bytes.Equal(data, tg.last) {
			tg.last = checkExport(t, it, path)
		}
		if fi, err := os.Stat(path); err == nil && !os.SameFile(old, fi) {
			replaced++
		}
		onlyFiles(t, it, dir, targets[0].name, targets[1].name)
	}
	t.Logf("%d of %d killed exports had replaced the earlier one", replaced, k.runs)
}

// checkExport fails unless the file at path is a complete private export
// of every stored person, and returns its content.
func checkExport(t *testing.T, it iteration, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: %v", it, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("%v: %v", it, err)
	}
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Fatalf("%v: %s: mode %v, want 0600", it, filepath.Base(path), got)
	}
	var n int
	if filepath.Ext(path) == ".xlsx" {
		n, err = xlsxRows(data)
	} else {
		n, err = vcfCards(data)
	}
	if err != nil {
		t.Fatalf("%v: %s is not a complete export (%d bytes): %v", it, filepath.Base(path), len(data), err)
	}
	if got, want := n, storedPeople; got != want {
		t.Fatalf("%v: %s holds %d people, want %d", it, filepath.Base(path), got, want)
	}
	return data
}

// xlsxRows reads the people list and returns how many people it lists.
func xlsxRows(data []byte) (int, error) {
	book, err := xlsx.Read(bytes.NewReader(data))
	if err != nil {
		return 0, err
	}
	if len(book.Sheets) != 1 {
		return 0, fmt.Errorf("%d sheets, want 1", len(book.Sheets))
	}
	sheet := book.Sheets[0]
	n := sheet.DataRows()
	if last := sheet.Row(sheet.HeaderRow + n); len(last) == 0 || last[0] != fmt.Sprint(n) {
		return 0, fmt.Errorf("the last row is %q, want number %d", last, n)
	}
	return n, nil
}

// vcfCards reads the vCards and returns how many there are.
func vcfCards(data []byte) (int, error) {
	contacts, err := vcf.Decode(bytes.NewReader(data), i18n.En)
	if err != nil {
		return 0, err
	}
	for _, c := range contacts {
		if !c.Skip.IsZero() {
			return 0, fmt.Errorf("the card of line %d cannot be read: %s", c.Line, c.Skip)
		}
	}
	return len(contacts), nil
}
