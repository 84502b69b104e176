// Command gencountries writes countries_gen.go, the names ISO 3166-1 gives
// every country in English, Russian and Kazakh, from Debian's iso-codes
// package (apt-get install iso-codes). It runs through go generate in
// internal/liaison; the file it writes is committed, so building Liaison
// needs no iso-codes.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gencountries: ")
	prefix := flag.String("prefix", "/usr", "where iso-codes is installed")
	out := flag.String("o", "countries_gen.go", "the Go file to write")
	flag.Parse()
	if err := run(*prefix, *out); err != nil {
		log.Fatal(err)
	}
}

// An entry is one country of iso_3166-1.json.
type entry struct {
	Alpha2       string `json:"alpha_2"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

// languages are the translations read, besides English, in the order
// isoCountry holds them.
var languages = []string{"ru", "kk"}

func run(prefix, out string) error {
	version, err := isoCodesVersion(filepath.Join(prefix, "share/pkgconfig/iso-codes.pc"))
	if err != nil {
		return err
	}
	entries, err := readEntries(filepath.Join(prefix, "share/iso-codes/json/iso_3166-1.json"))
	if err != nil {
		return err
	}
	catalogs := make([]map[string]string, len(languages))
	for i, lang := range languages {
		path := filepath.Join(prefix, "share/locale", lang, "LC_MESSAGES/iso_3166-1.mo")
		if catalogs[i], err = readMO(path); err != nil {
			return err
		}
	}
	src, err := render(version, entries, catalogs)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

// isoCodesVersion reads the Version line of iso-codes' pkg-config file.
func isoCodesVersion(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("iso-codes is not installed (apt-get install iso-codes): %w", err)
	}
	m := regexp.MustCompile(`(?m)^Version:\s*(\S+)`).FindSubmatch(b)
	if m == nil {
		return "", fmt.Errorf("%s: no Version line", path)
	}
	return string(m[1]), nil
}

func readEntries(path string) ([]entry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Entries []entry `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	slices.SortFunc(doc.Entries, func(a, b entry) int { return strings.Compare(a.Alpha2, b.Alpha2) })
	return doc.Entries, nil
}

// readMO reads a GNU gettext catalog: a header of 32-bit words (magic,
// revision, count, offset of the original strings' table, offset of the
// translations' table), then per string a length and an offset. Plural
// forms and contexts do not occur in iso-codes' country names; the first
// form of each is kept.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 20 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var order binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		order = binary.LittleEndian
	case 0xde120495:
		order = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	word := func(off uint32) (uint32, error) {
		if uint64(off)+4 > uint64(len(b)) {
			return 0, errors.New("offset out of range")
		}
		return order.Uint32(b[off:]), nil
	}
	str := func(table, i uint32) (string, error) {
		n, err := word(table + 8*i)
		if err != nil {
			return "", err
		}
		off, err := word(table + 8*i + 4)
		if err != nil {
			return "", err
		}
		if uint64(off)+uint64(n) > uint64(len(b)) {
			return "", errors.New("string out of range")
		}
		s, _, _ := bytes.Cut(b[off:off+n], []byte{0}) // the first plural form
		return string(s), nil
	}
	count, orig, trans := order.Uint32(b[8:]), order.Uint32(b[12:]), order.Uint32(b[16:])
	m := make(map[string]string, count)
	for i := range count {
		id, err := str(orig, i)
		if err != nil {
			return nil, fmt.Errorf("%s: string %d: %w", path, i, err)
		}
		tr, err := str(trans, i)
		if err != nil {
			return nil, fmt.Errorf("%s: translation %d: %w", path, i, err)
		}
		if id != "" && tr != "" {
			m[id] = tr
		}
	}
	return m, nil
}

// inverted turns ISO's sorting form into the order names are written in:
// "Korea, Republic of" is "Republic of Korea", "Congo, The Democratic
// Republic of the" "Democratic Republic of the Congo", "Virgin Islands,
// British" "British Virgin Islands". Other names with a comma ("Bonaire,
// Sint Eustatius and Saba", "Taiwan, Province of China") are not
// inverted: "".
func inverted(name string) string {
	head, tail, ok := strings.Cut(name, ", ")
	if !ok {
		return ""
	}
	tail = strings.TrimPrefix(tail, "The ")
	if strings.HasSuffix(tail, " of") || strings.HasSuffix(tail, " of the") || !strings.Contains(tail, " ") {
		return tail + " " + head
	}
	return ""
}

// translation returns the catalogue's translation of a country's English
// name, without the stress marks some Russian ones carry. It leaves out a
// translation of an official or common name that is another country's
// short name: iso-codes 4.15.0 gives Nepal's official name in Kazakh as
// "Орталық Африка Республикасы", the Central African Republic.
func translation(cat map[string]string, e entry, en string, shortNames map[string]string) string {
	tr := strings.ReplaceAll(cat[en], "\u0301", "")
	if en == "" || tr == "" {
		return ""
	}
	if code, ok := shortNames[tr]; ok && code != e.Alpha2 && en != e.Name {
		leftOut = append(leftOut, fmt.Sprintf("%s's %q for %q, %s's short name", e.Alpha2, tr, en, code))
		return ""
	}
	return tr
}

// leftOut notes the translations translation left out, for the header of
// the file.
var leftOut []string

func render(version string, entries []entry, catalogs []map[string]string) ([]byte, error) {
	shortNames := make([]map[string]string, len(catalogs)) // translated short name → code
	for i, cat := range catalogs {
		shortNames[i] = map[string]string{}
		for _, e := range entries {
			if tr := cat[e.Name]; tr != "" {
				shortNames[i][strings.ReplaceAll(tr, "\u0301", "")] = e.Alpha2
			}
		}
	}
	var b bytes.Buffer
	translated, total := make([]int, len(languages)), 0
	for _, e := range entries {
		english := []string{e.Name, e.OfficialName, e.CommonName}
		total += len(slices.DeleteFunc(slices.Clone(english), func(s string) bool { return s == "" }))
		fmt.Fprintf(&b, "\t{%q, %s", e.Alpha2, goStrings(append(english, inverted(e.Name))))
		for i, cat := range catalogs {
			var names []string
			for _, en := range english {
				if tr := translation(cat, e, en, shortNames[i]); tr != "" {
					names = append(names, tr)
					translated[i]++
				}
			}
			fmt.Fprintf(&b, ", %s", goStrings(names))
		}
		b.WriteString("},\n")
	}
	var head bytes.Buffer
	fmt.Fprintf(&head, "// Code generated by gencountries from Debian's iso-codes %s; DO NOT EDIT.\n\n", version)
	head.WriteString("package liaison\n\n")
	fmt.Fprintf(&head, "// isoCountries are the short, official and common names of ISO 3166-1, in\n")
	fmt.Fprintf(&head, "// English, Russian and Kazakh, from iso-codes %s. Of its %d English\n", version, total)
	fmt.Fprintf(&head, "// names, %d have a Russian and %d a Kazakh translation; CLDR's names\n", translated[0], translated[1])
	fmt.Fprintf(&head, "// fill the gaps (see eachCountryName).\n")
	for _, s := range leftOut {
		fmt.Fprintf(&head, "//\n// Left out as a wrong translation: %s.\n", s)
	}
	head.WriteString("var isoCountries = []isoCountry{\n")
	head.Write(b.Bytes())
	head.WriteString("}\n")
	return format.Source(head.Bytes())
}

// goStrings writes the distinct non-empty names as a Go []string literal.
func goStrings(names []string) string {
	var out []string
	for _, n := range names {
		if q := fmt.Sprintf("%q", n); n != "" && !slices.Contains(out, q) {
			out = append(out, q)
		}
	}
	return "[]string{" + strings.Join(out, ", ") + "}"
}
