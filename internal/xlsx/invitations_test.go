package xlsx

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// writtenList writes listedInvitees in the language l and opens the list,
// returning the cells of the rows under the header (row 6 on).
func writtenList(t *testing.T, l i18n.Lang) (*excelize.File, string, [][]string) {
	t.Helper()
	var b bytes.Buffer
	if _, err := WriteInvitations(&b, l, sampleEvent(), listedInvitees()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	sheet := f.GetSheetName(0)
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return f, sheet, rows[5:]
}

// The columns of the list, 0-based.
const (
	nameCol   = 3
	rankCol   = 4
	statusIdx = statusCol - 1
	deputyCol = 9
)

// TestListPrintsNames writes names as each language prints them, in the
// list's script where the record has the name in it.
func TestListPrintsNames(t *testing.T) {
	for _, c := range []struct {
		l              i18n.Lang
		first          string
		deputy         string
		kazakhOfficial string
	}{
		{i18n.En, "H.E. Mr. Atajan Orazov", "Jeren Annayeva", "Айжан Сейткали"},
		{i18n.Ru, "Его Превосходительство господин Атаджан Оразов", "Джерен Аннаева", "Айжан Сейткали"},
		{i18n.Kk, "Ұлы Мәртебелі Атаджан Оразов мырза", "Джерен Аннаева", "Айжан Сейткали"},
	} {
		_, _, rows := writtenList(t, c.l)
		if got := rows[0][nameCol]; got != c.first {
			t.Errorf("%s: name %q, want %q", c.l, got, c.first)
		}
		if got := rows[0][deputyCol]; got != c.deputy {
			t.Errorf("%s: represented by %q, want %q", c.l, got, c.deputy)
		}
		if got := rows[2][nameCol]; got != c.kazakhOfficial {
			t.Errorf("%s: name %q, want %q", c.l, got, c.kazakhOfficial)
		}
	}
}

// TestListPrintsRanksOnce writes no rank twice, leaves out a position the
// rank says, and says ranks in the list's language.
func TestListPrintsRanksOnce(t *testing.T) {
	for _, c := range []struct {
		l             i18n.Lang
		charge, other string
	}{
		{i18n.En, "Chargé d'affaires a.i., Counsellor", "Директор департамента"},
		{i18n.Ru, "Временный поверенный в делах, советник", "Директор департамента"},
		{i18n.Kk, "Уақытша сенім білдірілген өкіл, кеңесші", "Директор департамента"},
	} {
		_, _, rows := writtenList(t, c.l)
		if got := rows[1][rankCol]; got != c.charge {
			t.Errorf("%s: chargé d'affaires %q, want %q", c.l, got, c.charge)
		}
		if got := rows[2][rankCol]; got != c.other {
			t.Errorf("%s: official %q, want %q (no \"Other\")", c.l, got, c.other)
		}
	}
	for _, c := range []struct {
		l    i18n.Lang
		p    liaison.Person
		want string
	}{
		{i18n.En, liaison.Person{Rank: liaison.ChargeAI, Position: "Chargé d'affaires"}, "Chargé d'affaires a.i."},
		{i18n.En, liaison.Person{Rank: liaison.ChargeAI, Position: "Временный поверенный в делах, First Secretary"},
			"Chargé d'affaires a.i., First Secretary"},
		{i18n.En, liaison.Person{Rank: liaison.DefenceAttache, Position: "Defence Attaché, defence attaché"}, "Defence Attaché"},
		{i18n.En, liaison.Person{Rank: liaison.ConsulGeneral, Position: "Consul"}, "Consul General"},
		{i18n.Ru, liaison.Person{Rank: liaison.HeadOfOffice, Position: "Head of Delegation, Ambassador"},
			"Руководитель офиса, Head of Delegation, посол"},
		{i18n.Ru, liaison.Person{Position: "Counsellor, Head of chancery"}, "Советник, Head of chancery"},
		{i18n.Kk, liaison.Person{Rank: liaison.Ambassador, Position: "Ambassador, Dean of the Diplomatic Corps"},
			i18n.Kk.Label(liaison.Ambassador) + ", Dean of the Diplomatic Corps"},
		{i18n.En, liaison.Person{Rank: liaison.Counsellor, Position: "Political counsellor"}, "Counsellor, Political counsellor"},
	} {
		if got := rankAndPosition(c.l, c.p); got != c.want {
			t.Errorf("%s %s %q: %q, want %q", c.l, c.p.Rank, c.p.Position, got, c.want)
		}
	}
}

// englishWords are the words Liaison knows in English for ranks, forms of
// address and titles: none may stand in a Russian or Kazakh list.
func englishWords() []string {
	words := []string{"H.E.", "Mr.", "Ms.", "Archbishop", "Col.", "Lt. Col."}
	for _, r := range liaison.Ranks {
		words = append(words, r.Label(), r.ShortLabel())
	}
	return words
}

// TestRussianAndKazakhListsSayNoEnglish checks every name and rank cell
// of the sample's Russian and Kazakh lists for the English words Liaison
// would otherwise mix in.
func TestRussianAndKazakhListsSayNoEnglish(t *testing.T) {
	invitees := append(listedInvitees(), Invitee{Precedence: 5,
		Mission: liaison.Mission{ID: 4, Kind: liaison.OtherMission, Country: "VA", Name: "Apostolic Nunciature"},
		Person: liaison.Person{ID: 26, FamilyName: "Ferretti", GivenName: "Giancarlo", Salutation: "Archbishop",
			Rank: liaison.Ambassador, Position: "Ambassador"},
		Invitation: liaison.Invitation{Status: liaison.Invited}}, Invitee{Precedence: 6,
		Mission: liaison.Mission{ID: 5, Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"},
		Person: liaison.Person{ID: 27, FamilyName: "Kühne", GivenName: "Lars", Salutation: "Lt. Col.",
			Rank: liaison.DefenceAttache, Position: "Defence Attaché"},
		Invitation: liaison.Invitation{Status: liaison.Invited}})
	for _, l := range []i18n.Lang{i18n.Ru, i18n.Kk} {
		var b bytes.Buffer
		if _, err := WriteInvitations(&b, l, sampleEvent(), invitees); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(f.GetSheetName(0))
		for _, row := range rows[5:] {
			for _, cell := range []string{row[nameCol], row[rankCol]} {
				for _, w := range englishWords() {
					if strings.Contains(strings.ToLower(cell), strings.ToLower(w)) {
						t.Errorf("%s: %q says %q", l, cell, w)
					}
				}
			}
		}
		f.Close()
	}
}

// TestListStatusesAgreeWithThePerson says statuses of a woman in the
// feminine, of a man in the masculine, of someone unknown in the form
// for either, and offers each row the statuses as they are said of its
// person.
func TestListStatusesAgreeWithThePerson(t *testing.T) {
	for _, c := range []struct {
		l    i18n.Lang
		want []string // the four rows: a man, a woman, unknown, a man
	}{
		{i18n.Ru, []string{"Принял", "Отклонила", "Приглашён(а)", "Запланирован"}},
		{i18n.Kk, []string{"Қабылдады", "Бас тартты", "Шақырылды", "Жоспарланған"}},
		{i18n.En, []string{"Accepted", "Declined", "Invited", "Planned"}},
	} {
		f, sheet, rows := writtenList(t, c.l)
		var got []string
		for _, r := range rows {
			got = append(got, r[statusIdx])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: statuses %q, want %q", c.l, got, c.want)
		}
		dvs, err := f.GetDataValidations(sheet)
		if err != nil {
			t.Fatal(err)
		}
		offered := map[string]string{} // status cell -> its drop-down
		for _, dv := range dvs {
			for _, ref := range strings.Fields(dv.Sqref) {
				first, last, _ := strings.Cut(ref, ":")
				if last == "" {
					last = first
				}
				from, _ := strconv.Atoi(first[1:])
				to, _ := strconv.Atoi(last[1:])
				for r := from; r <= to; r++ {
					offered[first[:1]+strconv.Itoa(r)] = dv.Formula1
				}
			}
		}
		for i, status := range got {
			cell := "F" + strconv.Itoa(6+i)
			if !strings.Contains(offered[cell], `"`+status+`,`) && !strings.Contains(offered[cell], ","+status+",") &&
				!strings.Contains(offered[cell], ","+status+`"`) {
				t.Errorf("%s: %s says %q, its drop-down offers %s", c.l, cell, status, offered[cell])
			}
		}
		if c.l == i18n.Ru && !strings.Contains(offered["F7"], "Приняла") {
			t.Errorf("the woman's row offers %s", offered["F7"])
		}
	}
}

// TestListSortsAsNumbersAndDates writes No. as a number and the days as
// dates, so that a spreadsheet sorts 1, 2, 10 and by day.
func TestListSortsAsNumbersAndDates(t *testing.T) {
	invitees := make([]Invitee, 12)
	for i := range invitees {
		invitees[i] = listedInvitees()[i%4]
		invitees[i].Precedence = i + 1
		invitees[i].Person.ID = int64(100 + i)
	}
	var b bytes.Buffer
	if _, err := WriteInvitations(&b, i18n.Ru, sampleEvent(), invitees); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	var nos []float64
	for r := 6; r < 6+len(invitees); r++ {
		cell := "A" + strconv.Itoa(r)
		typ, _ := f.GetCellType(sheet, cell)
		if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Fatalf("%s is text", cell)
		}
		v, _ := f.GetCellValue(sheet, cell)
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("%s = %q, not a number", cell, v)
		}
		nos = append(nos, n)
	}
	if !slices.IsSorted(nos) || nos[len(nos)-1] != 12 {
		t.Errorf("No. = %v", nos)
	}
	for _, cell := range []string{"G6", "I6"} { // sent, answered
		v, _ := f.GetCellValue(sheet, cell)
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			t.Errorf("%s = %q, not a date serial", cell, v)
		}
		style, _ := f.GetCellStyle(sheet, cell)
		st, _ := f.GetStyle(style)
		if st.CustomNumFmt == nil || *st.CustomNumFmt != "dd.mm.yyyy" {
			t.Errorf("%s is formatted %+v, want dd.mm.yyyy", cell, st.CustomNumFmt)
		}
	}
	shown, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer shown.Close()
	if v, _ := shown.GetCellValue(sheet, "G6"); v != "02.11.2026" {
		t.Errorf("sent shows %q, want 02.11.2026", v)
	}
}
