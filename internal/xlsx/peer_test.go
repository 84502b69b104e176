package xlsx

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
)

// TestPeerFiles reads the workbooks other programs wrote (the folder
// LIAISON_PEER names, such as ../shared/peer: the test suites of
// excelize, openpyxl, calamine, Apache POI and SheetJS) and prints a line
// per file: no panic, no hang, and a refusal in plain words. The files
// belong to their projects and are never copied here; the test is skipped
// without the folder.
func TestPeerFiles(t *testing.T) {
	dir := os.Getenv("LIAISON_PEER")
	if dir == "" {
		t.Skip("LIAISON_PEER is not set")
	}
	var files []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isWorkbookName(path) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no workbooks under %s", dir)
	}
	same, differ := 0, 0
	defer func() { t.Logf("sheets read as bare excelize reads them: %d; otherwise: %d", same, differ) }()
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, path)
		done := make(chan string, 1)
		go func() { done <- readPeer(data) }()
		select {
		case line := <-done:
			if strings.HasPrefix(line, "PANIC") || rawMessage(line) {
				t.Errorf("%s: %s", rel, line)
			}
			t.Logf("%-70s %s", rel, line)
			s, d, diffs := compareWithExcelize(data)
			same, differ = same+s, differ+d
			for _, diff := range diffs {
				t.Logf("%-70s differs from bare excelize: %s", rel, diff)
			}
		case <-time.After(20 * time.Second):
			t.Errorf("%s: no answer in 20 s", rel)
		}
	}
}

func isWorkbookName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm", ".xlsb", ".xls":
		return true
	}
	return false
}

// readPeer reads a workbook as an import does and sums up what came out.
func readPeer(data []byte) (line string) {
	defer func() {
		if r := recover(); r != nil {
			line = fmt.Sprintf("PANIC %v", r)
		}
	}()
	book, err := Read(bytes.NewReader(data))
	if err != nil {
		return "refused: " + i18n.En.ErrorText(err)
	}
	var parts []string
	for _, s := range book.Sheets {
		if s.HeaderRow == 0 {
			continue
		}
		e, p := s.Entries(s.Mapping)
		parts = append(parts, fmt.Sprintf("%q: header %d, %d entries, %d problems", s.Name, s.HeaderRow, len(e), len(p)))
	}
	for _, n := range book.Skipped {
		parts = append(parts, "note: "+n.String())
	}
	return fmt.Sprintf("%d sheets; %s", len(book.Sheets), strings.Join(parts, "; "))
}

// rawMessage reports whether a text carries a library's own words.
func rawMessage(s string) bool {
	for _, w := range []string{"XML syntax", "expected element", "does not exist", "has no sheet \"", "zip:", "EOF", "unsupported", "xml:"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// compareWithExcelize reads a workbook with bare excelize too and counts
// the sheets Read gives the same rows; it names the others. Bare excelize
// misses the shared strings of parts in odd places, and reads macro
// sheets as tables.
func compareWithExcelize(data []byte) (same, differ int, diffs []string) {
	defer func() { recover() }() // excelize's own panics are not Liaison's
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		return 0, 0, nil
	}
	defer f.Close()
	book, err := Read(bytes.NewReader(data))
	if err != nil {
		return 0, 1, []string{"refused: " + err.Error()}
	}
	ours := map[string][][]string{}
	for _, s := range book.Sheets {
		ours[s.Name] = s.rows
	}
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil || len(rows) == 0 {
			continue
		}
		if got, ok := ours[name]; ok && reflect.DeepEqual(got, rows) {
			same++
			continue
		}
		differ++
		diffs = append(diffs, fmt.Sprintf("sheet %q: %d rows, Liaison %d", name, len(rows), len(ours[name])))
	}
	return same, differ, diffs
}
