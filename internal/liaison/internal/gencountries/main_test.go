package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

func TestInverted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Korea, Republic of", "Republic of Korea"},
		{"Congo, The Democratic Republic of the", "Democratic Republic of the Congo"},
		{"Virgin Islands, British", "British Virgin Islands"},
		{"Bonaire, Sint Eustatius and Saba", ""},
		{"Taiwan, Province of China", ""},
		{"Germany", ""},
	}
	for _, tt := range tests {
		if got := inverted(tt.in); got != tt.want {
			t.Errorf("inverted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadMO reads a catalogue written as GNU msgfmt lays one out: the
// header entry (empty msgid) first, then the strings in msgid order.
func TestReadMO(t *testing.T) {
	pairs := [][2]string{{"", "Language: ru\n"}, {"Germany", "Германия"}, {"South Africa", "Южная Африка"}}
	n := uint32(len(pairs))
	origTable, transTable := uint32(28), 28+8*n
	data := 28 + 16*n
	var strs []byte
	b := make([]byte, data)
	le := binary.LittleEndian
	for i, v := range []uint32{0x950412de, 0, n, origTable, transTable, 0, 0} {
		le.PutUint32(b[4*i:], v)
	}
	for col, table := range []uint32{origTable, transTable} {
		for i, p := range pairs {
			s := p[col]
			le.PutUint32(b[table+8*uint32(i):], uint32(len(s)))
			le.PutUint32(b[table+8*uint32(i)+4:], data+uint32(len(strs)))
			strs = append(append(strs, s...), 0)
		}
	}
	path := filepath.Join(t.TempDir(), "test.mo")
	if err := os.WriteFile(path, append(b, strs...), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := readMO(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m["South Africa"], "Южная Африка"; got != want {
		t.Errorf("m[%q] = %q, want %q", "South Africa", got, want)
	}
	if got, want := len(m), 2; got != want {
		t.Errorf("%d strings, want %d (the header is left out)", got, want)
	}
	if _, err := readMO(filepath.Join(t.TempDir(), "missing.mo")); err == nil {
		t.Error("readMO of a missing file: no error")
	}
}
