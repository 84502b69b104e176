package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"testing"

	"liaison/internal/i18n"
)

// maxFuzzAlloc is the most one input may allocate: a sheet that claims
// the last row Excel allows makes excelize allocate a row slice of a
// million, about 24 MB; anything far above is a leak or a bomb.
const maxFuzzAlloc = 512 << 20

// FuzzRead reads arbitrary bytes as a workbook, in memory, as an import
// does: open, every sheet's header, its entries or replies. It must not
// panic, hang or allocate without bound; refusing is fine.
func FuzzRead(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.xlsx"))
	for _, name := range names {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	for _, parts := range fuzzPackages() {
		f.Add(zipOf(f, parts...))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := allocated()
		book, err := Read(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "xlsx: ") {
				t.Fatalf("an error not said by the package: %v", err)
			}
			return
		}
		for _, s := range book.Sheets {
			readSheet(s)
		}
		for _, sk := range book.Skipped {
			_ = sk.In(i18n.Ru)
		}
		if n := allocated() - before; n > maxFuzzAlloc {
			t.Fatalf("reading %d bytes allocated %d MB", len(data), n>>20)
		}
	})
}

// FuzzHeaders runs header detection and the reading of rows over sheets
// given as text: rows split at new lines, cells at tabs.
func FuzzHeaders(f *testing.F) {
	for _, seed := range []string{
		"Country\tMission\tHead of mission\tPosition\tCredentials\tNational day\tPhone\tEmail\tAddress\nGermany\tEmbassy of Germany\tH.E. Ms. Katharina BRANDT\tAmbassador\t11 Mar 2025\t03.10\t77172791200\ta@b.c; d@e.f\tStreet 1",
		"СПИСОК\n\n№\tСтрана\tГород\tФИО\tДолжность\n1\tГермания\tАлматы\tВЕБЕР Йонас\tГенеральный консул\n2\tГермания\t\tвакант\t",
		"No.\tName\tOther script\tMission\tRank\tPosition\tEmail\tPhone\tLanguages\tStatus\n1\tBrandt Katharina\tБрандт\tEmbassy of Germany\tAmbassador\t\tk@b.c\t+7 701\tde, en\thead of mission",
		"Country\tStreet Address\tStatus\nGermany\tStreet 1\tActive",
		"No.\tName\tStatus\tRepresented by\tNote\t" + KeyHeader + "\n1\tX\tAccepted\t\t\tliaison-invitation:E7:P11",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := &Sheet{Name: "Fuzz"}
		for _, line := range strings.Split(text, "\n") {
			s.rows = append(s.rows, strings.Split(line, "\t"))
		}
		s.findHeader()
		readSheet(s)
	})
}

// readSheet does with a sheet what an import does.
func readSheet(s *Sheet) {
	if s.IsInvitationList() {
		s.ReadReplies(s.Mapping)
		return
	}
	entries, problems := s.Entries(s.Mapping)
	for _, p := range problems {
		_ = p.In(i18n.Ru)
	}
	_ = entries
}

// allocated returns the bytes allocated so far on the heap.
func allocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// fuzzPackages are small workbooks built by hand, the shapes other
// programs write: parts elsewhere, a chart sheet, shared strings, a
// strange calculation chain.
func fuzzPackages() [][]part {
	wbRels := func(rels string) part {
		return part{"xl/_rels/workbook.xml.rels", `<Relationships ` + relsNS + `>` + rels + `</Relationships>`}
	}
	return [][]part{
		{rootRels("xl/workbook.xml"),
			{"xl/workbook.xml", `<workbook ` + mainNS + `><workbookPr date1904="1"/><sheets><sheet name="L" sheetId="1" r:id="rId1"/><sheet name="C" sheetId="2" r:id="rId2"/></sheets></workbook>`},
			wbRels(`<Relationship Id="rId1" Type="` + relBase + `worksheet" Target="worksheets/sheet1.xml"/>` +
				`<Relationship Id="rId2" Type="` + relBase + `chartsheet" Target="chartsheets/sheet1.xml"/>` +
				`<Relationship Id="rId3" Type="` + relBase + `sharedStrings" Target="sharedStrings.xml"/>`),
			{"xl/sharedStrings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Country</t></si><si><t>Head</t></si><si><t>France</t></si><si><r><t>Jean </t></r><r><t>DUPONT</t></r></si></sst>`},
			{"xl/worksheets/sheet1.xml", `<worksheet ` + mainNS + `><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Credentials</t></is></c></row>` +
				`<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>44265</v></c></row></sheetData></worksheet>`},
			{"xl/chartsheets/sheet1.xml", `<chartsheet/>`},
			{"xl/calcChain.xml", `<calcChain xmlns="http://schemas.microsoft.com/office/excel/2006/2"/>`}},
		{rootRels("/odd/book.xml"),
			{"odd/book.xml", `<workbook ` + mainNS + `><sheets><sheet name="" sheetId="1" r:id="a"/><sheet name="" sheetId="2" r:id="a"/></sheets></workbook>`},
			{"odd/_rels/book.xml.rels", `<Relationships ` + relsNS + `><Relationship Id="a" Type="` + relBase + `worksheet" Target="s.xml"/></Relationships>`},
			{`odd\s.xml`, franceList}},
	}
}

// BenchmarkReadSmall reads the small workbooks FuzzRead starts from: how
// many executions a second the fuzzer can reach.
func BenchmarkReadSmall(b *testing.B) {
	var inputs [][]byte
	for _, parts := range fuzzPackages() {
		inputs = append(inputs, zipOf(b, parts...))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		book, err := Read(bytes.NewReader(inputs[i%len(inputs)]))
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range book.Sheets {
			readSheet(s)
		}
		i++
	}
}
