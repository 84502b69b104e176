package importer

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/vcf"
)

// cardsToPlan are three cards against a store holding Anna Berg: an update
// of her found by email, a new person of a new mission, and a card
// without a name.
const cardsToPlan = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna;;;\r\nFN:Anna Berg\r\nORG:Embassy of Germany\r\n" +
	"TITLE:Counsellor, Head of Political Section\r\nEMAIL:anna.berg@example.org\r\nTEL:+7 701 555 01 02\r\nEND:VCARD\r\n" +
	"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Novak;Jan;;;\r\nFN:Jan Novak\r\nORG:Embassy of the Czech Republic\r\nEND:VCARD\r\n" +
	"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Embassy of Germany\r\nEND:VCARD\r\n"

// planCards plans the import of cardsToPlan in the language l.
func planCards(t *testing.T, l i18n.Lang) (*Plan, string) {
	t.Helper()
	ctx := context.Background()
	s := openStore(t)
	m := liaison.Mission{Name: "Embassy of Germany", Kind: liaison.Embassy, Country: "DE"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	p := liaison.Person{FamilyName: "Berg", GivenName: "Anna", MissionID: m.ID, Position: "First Secretary",
		Emails: []string{"anna.berg@example.org"}}
	if err := s.CreatePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	cs, err := vcf.Decode(strings.NewReader(cardsToPlan), l)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := NewPlan(ctx, s, Source{Name: "cards.vcf", Contacts: cs})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := plan.WriteReport(&b, l); err != nil {
		t.Fatal(err)
	}
	return plan, b.String()
}

// TestPlanSpeaksItsLanguage checks that what a plan says is in the
// language it was made in, and that English reads as the command line
// has always written it.
func TestPlanSpeaksItsLanguage(t *testing.T) {
	for _, tt := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.En, []string{
			"  line 1     update    Berg Anna · Embassy of Germany — found by email; fills rank; adds phone +7 701 555 01 02; " +
				`position: kept "First Secretary" (card: "Counsellor, Head of Political Section")`,
			"Novak Jan · Embassy of the Czech Republic (new mission: Embassy, Czechia)",
			"skipped   (no name) · Embassy of Germany — no name",
			"3 cards: 1 new, 1 to update, 0 unchanged, 1 skipped; 1 new mission",
		}},
		{i18n.Ru, []string{
			"  строка 1   обновление Berg Anna · Embassy of Germany — найден по адресу эл. почты; заполнено поле «Ранг»; добавлен телефон +7 701 555 01 02; " +
				`Должность: оставлено "First Secretary" (в карточке: "Counsellor, Head of Political Section")`,
			"Novak Jan · Embassy of the Czech Republic (новое представительство: Посольство, Чехия)",
			"пропущено (без имени) · Embassy of Germany — не указано имя",
			"Карточек: 3 (новых: 1, к обновлению: 1, без изменений: 0, пропущено: 1; новое представительство: 1)",
		}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			plan, report := planCards(t, tt.lang)
			for _, w := range tt.want {
				if !strings.Contains(report, w) {
					t.Errorf("the report lacks %q:\n%s", w, report)
				}
			}
			if got, want := plan.Items[0].Summary(tt.lang), strings.TrimSpace(strings.SplitN(tt.want[0], "Berg", 2)[1]); !strings.HasSuffix(got, want) {
				t.Errorf("Summary() = %q, want it to end %q", got, want)
			}
		})
	}
}

// TestListAndRepliesSpeakTheirLanguage reads a returned invitation list
// and a diplomatic list in Russian: changes, problems and counts are
// Russian, statuses and ranks by their Russian labels.
func TestListAndRepliesSpeakTheirLanguage(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	_, _, sheet := returnedList(t, s, i18n.Ru, func(f *excelize.File, name string) {
		f.SetCellValue(name, "F6", "Принял")
		f.SetCellValue(name, "F7", "Maybe")
	})
	replies, problems := sheet.ReadReplies(sheet.Mapping)
	plan, err := NewReplyPlan(ctx, s, replies, problems)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	plan.WriteReport(&b, i18n.Ru)
	for _, w := range []string{"статус: Приглашён → Принял", `строка 7, столбец F`, `"Maybe" — такого статуса нет в списке`,
		"изменяют приглашение: 1"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("the report of replies lacks %q:\n%s", w, b.String())
		}
	}

	entries, problems := readList(t, "diplist_ru.xlsx")
	list, err := NewListPlan(ctx, s, i18n.Ru, entries, problems)
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	list.WriteReport(&b, i18n.Ru)
	report := b.String()
	for _, w := range []string{"строка ", "новых представительств: "} {
		if !strings.Contains(report, w) {
			t.Errorf("the report of the list lacks %q:\n%s", w, report)
		}
	}
	for _, english := range []string{" row ", "new missions", " becomes head", "rank ", "credentials ", "adds ", "problem:"} {
		if strings.Contains(report, english) {
			t.Errorf("the Russian report says %q:\n%s", english, report)
		}
	}
}
