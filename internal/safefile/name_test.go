package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liaison/internal/i18n"
)

func TestCheckName(t *testing.T) {
	for _, name := range []string{
		"Приглашения.xlsx", "Қабылдау 2026-11-24.xlsx", "list.vcf", "contact.vcf", "CONSUL.vcf", "COM10.txt", "LPT.xlsx", ".hidden",
	} {
		if err := CheckName(name); err != nil {
			t.Errorf("CheckName(%q) = %v, want nil", name, err)
		}
	}
	for name, want := range map[string]string{
		"Список?.xlsx":    `forbids "?"`,
		"a:b.xlsx":        `forbids ":"`,
		`"гости".vcf`:     `forbids "\""`,
		"tab\there.vcf":   `forbids "\t"`,
		"Приём|2026.xlsx": `forbids "|"`,
		"list.":           "a dot or a space",
		"list.vcf ":       "a dot or a space",
		"":                "a dot or a space",
		"CON":             "name CON for a device",
		"con.xlsx":        "name con for a device",
		"Nul.tar.xz":      "name Nul for a device",
		"LPT1.vcf":        "name LPT1 for a device",
		"COM9":            "name COM9 for a device",
		"COM¹.xlsx":       "name COM¹ for a device",
		"AUX .vcf":        "for a device",
	} {
		err := CheckName(name)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckName(%q) = %v, want an error saying %q", name, err, want)
			continue
		}
		if _, ok := errors.AsType[*i18n.Error](err); !ok {
			t.Errorf("CheckName(%q) is not an i18n.Error, which the window translates", name)
		}
	}
}

func TestWriteChecksNames(t *testing.T) {
	defer func(was bool) { checkNames = was }(checkNames)
	checkNames = true // as on Windows
	dir := tempDir(t)
	err := Write(filepath.Join(dir, "Nul.xlsx"), func(w io.Writer) error { _, err := io.WriteString(w, "PK"); return err })
	if err == nil || !strings.Contains(err.Error(), "device") {
		t.Errorf("Write(Nul.xlsx) = %v, want it refused", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the refused write left %d files", len(entries))
	}
}
