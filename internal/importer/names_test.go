package importer

import (
	"bytes"
	"context"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

// namesStore holds Turkmenistan's embassy, stored under its English name
// only, and Germany's, whose Russian name the officer typed.
func namesStore(t *testing.T) (s *store.Store, tm, de liaison.Mission) {
	t.Helper()
	ctx := context.Background()
	s = openStore(t)
	tm = liaison.Mission{Kind: liaison.Embassy, Country: "TM", Name: "Embassy of Turkmenistan", ShortName: "Turkmenistan"}
	de = liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany", NameRu: "Посольство ФРГ"}
	for _, m := range []*liaison.Mission{&tm, &de} {
		if err := s.CreateMission(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	return s, tm, de
}

// TestListRemembersRussianName imports a Russian list that names both
// embassies: Turkmenistan's Russian name is kept, Germany's typed one
// stays.
func TestListRemembersRussianName(t *testing.T) {
	ctx := context.Background()
	s, tm, de := namesStore(t)
	data := workbook(t, [][]string{
		{"Страна", "Наименование представительства", "Глава представительства", "Должность"},
		{"Туркменистан", "Посольство Туркменистана", "Бердыев Мурад", "Чрезвычайный и Полномочный Посол"},
		{"Германия", "Посольство Федеративной Республики Германия", "Шмидт Ханс", "Чрезвычайный и Полномочный Посол"},
	})
	plan := listPlanOf(t, s, i18n.Ru, data)
	var b bytes.Buffer
	plan.WriteReport(&b, i18n.En)
	if len(plan.Items) != 2 || plan.Items[0].NewMission || plan.Items[1].NewMission {
		t.Fatalf("the rows are not the stored embassies:\n%s", b.String())
	}
	if !bytes.Contains(b.Bytes(), []byte("Russian name Посольство Туркменистана")) {
		t.Errorf("the report does not say it keeps the Russian name:\n%s", b.String())
	}
	if _, err := plan.Apply(ctx, s, "list.xlsx"); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Mission(ctx, tm.ID)
	if got.NameRu != "Посольство Туркменистана" || got.Name != "Embassy of Turkmenistan" {
		t.Errorf("Turkmenistan after the import: name %q, Russian %q", got.Name, got.NameRu)
	}
	got, _ = s.Mission(ctx, de.ID)
	if got.NameRu != "Посольство ФРГ" {
		t.Errorf("the import overwrote the Russian name the officer typed with %q", got.NameRu)
	}
}

// TestCardsRememberName imports cards whose organisation is Turkmenistan's
// embassy in Kazakh: the mission is found by country and learns its
// Kazakh name once; undoing the import takes it back.
func TestCardsRememberName(t *testing.T) {
	ctx := context.Background()
	s, tm, _ := namesStore(t)
	card := func(line int, family string) vcf.Contact {
		return vcf.Contact{Line: line, Org: "Түрікменстан Елшілігі", Person: liaison.Person{FamilyName: family, GivenName: "Мурад"}}
	}
	plan, err := NewPlan(ctx, s, Source{Name: "cards.vcf", Contacts: []vcf.Contact{card(1, "Бердыев"), card(9, "Атаев")}})
	if err != nil {
		t.Fatal(err)
	}
	if c := plan.Counts(); c.Missions != 0 || c.Named != 1 {
		t.Fatalf("counts %s; want no new mission and one named", c)
	}
	batch, err := plan.Apply(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Mission(ctx, tm.ID)
	if got.NameKk != "Түрікменстан Елшілігі" || got.DisplayNameIn(liaison.LangKk) != "Түрікменстан Елшілігі" {
		t.Errorf("Kazakh name after the import: %q", got.NameKk)
	}
	if _, err := s.UndoImport(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Mission(ctx, tm.ID); got.NameKk != "" {
		t.Errorf("undoing the import left the Kazakh name %q", got.NameKk)
	}
}
