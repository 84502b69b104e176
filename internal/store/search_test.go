package store

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"liaison/internal/liaison"
)

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	by := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "BY", Name: "Посольство Республики Беларусь", ShortName: "Беларусь"})
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	elkin := mustPerson(t, s, liaison.Person{MissionID: by.ID, FamilyName: "Ёлкин", GivenName: "Пётр", Rank: liaison.Counsellor})
	ivanov := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Ivanov", GivenName: "Sergei",
		Emails: []string{"s.ivanov@example.org"}, Phones: []string{"+7 (7172) 55-12-34"}})
	headIvanova := mustPerson(t, s, liaison.Person{MissionID: by.ID, FamilyName: "Иванова", GivenName: "Анна",
		Rank: liaison.Ambassador, HeadOfMission: true})
	gone := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Archivedperson"})
	if err := s.ArchivePerson(ctx, gone.ID, true); err != nil {
		t.Fatal(err)
	}

	ids := func(rs []Result) []int64 {
		var out []int64
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}
	tests := []struct {
		name  string
		query string
		kind  string
		want  []int64 // in this order
	}{
		{"latin finds cyrillic", "elkin", KindPerson, []int64{elkin.ID}},
		{"yo and ye", "Елкин", KindPerson, []int64{elkin.ID}},
		{"cyrillic finds latin", "Иванов", KindPerson, []int64{headIvanova.ID, ivanov.ID}},
		{"head of mission first", "ivanov", KindPerson, []int64{headIvanova.ID, ivanov.ID}},
		{"exact name first", "ivanov sergei", KindPerson, []int64{ivanov.ID}},
		{"email", "s.ivanov@example", KindPerson, []int64{ivanov.ID}},
		{"phone without separators", "551234", KindPerson, []int64{ivanov.ID}},
		{"phone as written", "55-12-34", KindPerson, []int64{ivanov.ID}},
		{"country in russian finds the mission", "Германия", KindMission, []int64{de.ID}},
		{"country in english finds a cyrillic mission", "belarus", KindMission, []int64{by.ID}},
		{"part of a word", "ёлк", KindPerson, []int64{elkin.ID}},
		{"two-letter word", "de", KindMission, nil}, // "de" is in no mission key but Germany's code is not indexed
		{"archived left out", "archivedperson", KindPerson, nil},
		{"nothing", "zzzzqqq", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := s.Search(ctx, tt.query, 20, false)
			if err != nil {
				t.Fatal(err)
			}
			var got []Result
			for _, r := range rs {
				if tt.kind == "" || r.Kind == tt.kind {
					got = append(got, r)
				}
			}
			if !slices.Equal(ids(got), tt.want) {
				t.Errorf("Search(%q) %s = %v (%+v), want %v", tt.query, tt.kind, ids(got), got, tt.want)
			}
		})
	}
	t.Run("results carry names", func(t *testing.T) {
		rs, _ := s.Search(ctx, "elkin", 5, false)
		if len(rs) == 0 || rs[0].Name != "Ёлкин Пётр" || rs[0].Mission != "Беларусь" || rs[0].MissionID != by.ID {
			t.Errorf("result = %+v", rs)
		}
	})
	t.Run("index follows edits", func(t *testing.T) {
		p, _ := s.Person(ctx, elkin.ID)
		p.FamilyName = "Ёлкина"
		p.GivenName = "Мария"
		if err := s.UpdatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
		if rs, _ := s.Search(ctx, "maria", 5, false); len(rs) != 1 || rs[0].ID != elkin.ID {
			t.Errorf("after rename, Search(maria) = %+v", rs)
		}
		if rs, _ := s.Search(ctx, "petr", 5, false); len(rs) != 0 {
			t.Errorf("after rename, Search(petr) = %+v, want nothing", rs)
		}
		// Moving the mission to another country re-indexes its people.
		m, _ := s.Mission(ctx, by.ID)
		m.Country = "KZ"
		if err := s.UpdateMission(ctx, m); err != nil {
			t.Fatal(err)
		}
		if rs, _ := s.Search(ctx, "Қазақстан Ёлкина", 5, false); len(rs) != 1 {
			t.Errorf("after the mission's country changed, Search = %+v", rs)
		}
	})
	t.Run("people and missions lists filter through search", func(t *testing.T) {
		rows, err := s.People(ctx, PeopleQuery{Search: "иванов"})
		if err != nil || len(rows) != 2 {
			t.Errorf("People(иванов) = %d rows, %v; want 2", len(rows), err)
		}
		ms, err := s.Missions(ctx, MissionQuery{Search: "germ"})
		if err != nil || len(ms) != 1 || ms[0].Mission.ID != de.ID {
			t.Errorf("Missions(germ) = %+v, %v", ms, err)
		}
		// The head's name finds the mission too; a staff member's does not.
		ms, err = s.Missions(ctx, MissionQuery{Search: "ivanova anna"})
		if err != nil || len(ms) != 1 || ms[0].Mission.ID != by.ID {
			t.Errorf("Missions(ivanova anna) = %+v, %v", ms, err)
		}
		if ms, _ := s.Missions(ctx, MissionQuery{Search: "sergei"}); len(ms) != 0 {
			t.Errorf("Missions(sergei) = %+v, want none (he is not a head)", ms)
		}
	})
}

// TestSearchIndexWrittenInChunks creates more people in one transaction
// than the index keeps pending, then renames the first, whose index row
// was already written: search finds the new name once and the old not.
func TestSearchIndexWrittenInChunks(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	var first liaison.Person
	err := s.Update(ctx, func(tx *Tx) error {
		for i := range pendingChunk + 5 {
			p := liaison.Person{FamilyName: fmt.Sprintf("Chunkov%d", i), GivenName: "Ivan"}
			if err := tx.CreatePerson(&p); err != nil {
				return err
			}
			if i == 0 {
				first = p
			}
		}
		first.FamilyName = "Renamedova"
		return tx.UpdatePerson(first)
	})
	if err != nil {
		t.Fatal(err)
	}
	if rs, _ := s.Search(ctx, "Renamedova", 5, true); len(rs) != 1 || rs[0].ID != first.ID {
		t.Errorf("Search(Renamedova) = %+v, want the renamed person once", rs)
	}
	if rs, _ := s.Search(ctx, "Chunkov0", 5, true); len(rs) != 0 {
		t.Errorf("Search(Chunkov0) = %+v, want nothing: the old name", rs)
	}
	if rs, _ := s.Search(ctx, fmt.Sprintf("Chunkov%d", pendingChunk+4), 5, true); len(rs) != 1 {
		t.Errorf("the last person of the transaction is not found: %+v", rs)
	}
}

// TestSearchByCountryAlias: the names officers use for a country that no
// key holds ("ЮАР", "США", "UAE") find its missions and their people.
func TestSearchByCountryAlias(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	za := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "ZA", Name: "High Commission of the Republic of South Africa"})
	us := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "US", Name: "Embassy of the United States of America"})
	ae := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "AE", Name: "Embassy of the United Arab Emirates"})
	consul := mustPerson(t, s, liaison.Person{MissionID: za.ID, FamilyName: "Dlamini", GivenName: "Thandi"})
	mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "AU", Name: "Embassy of Australia"})
	for _, c := range []struct {
		query string
		want  int64 // the mission
	}{{"ЮАР", za.ID}, {"юар", za.ID}, {"США", us.ID}, {"АҚШ", us.ID}, {"UAE", ae.ID}, {"ОАЭ", ae.ID}} {
		rs, err := s.Search(ctx, c.query, 10, false)
		if err != nil {
			t.Fatal(err)
		}
		var missions []int64
		for _, r := range rs {
			if r.Kind == KindMission {
				missions = append(missions, r.ID)
			}
		}
		if len(missions) != 1 || missions[0] != c.want {
			t.Errorf("%s finds missions %v, want %d", c.query, missions, c.want)
		}
	}
	rs, err := s.Search(ctx, "Dlamini ЮАР", 10, false)
	if err != nil || len(rs) != 1 || rs[0].Kind != KindPerson || rs[0].ID != consul.ID {
		t.Errorf("Dlamini ЮАР = %+v, %v", rs, err)
	}
}
