package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// TestPeopleDescending reverses the people list by name and by mission,
// a page at a time as the window reads it; people without a mission stay
// last and a head stays first in their mission either way.
func TestPeopleDescending(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	austria := mustMission(t, s, liaison.Mission{Name: "Austria", Kind: liaison.Embassy, Country: "AT"})
	brazil := mustMission(t, s, liaison.Mission{Name: "Brazil", Kind: liaison.Embassy, Country: "BR"})
	mustPerson(t, s, liaison.Person{FamilyName: "Zeller", MissionID: austria.ID})
	mustPerson(t, s, liaison.Person{FamilyName: "Adler", MissionID: austria.ID, HeadOfMission: true, Rank: liaison.Ambassador})
	mustPerson(t, s, liaison.Person{FamilyName: "Moura", MissionID: brazil.ID})
	mustPerson(t, s, liaison.Person{FamilyName: "Nobody"})

	names := func(q PeopleQuery) string {
		t.Helper()
		var out []string
		for page := 0; ; page++ {
			q.Offset, q.Limit = page*2, 2
			rows, err := s.People(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 {
				return strings.Join(out, " ")
			}
			for _, r := range rows {
				out = append(out, r.Person.FamilyName)
			}
		}
	}
	for _, c := range []struct {
		name string
		q    PeopleQuery
		want string
	}{
		{"by name", PeopleQuery{}, "Adler Moura Nobody Zeller"},
		{"by name, Z to A", PeopleQuery{Descending: true}, "Zeller Nobody Moura Adler"},
		{"by mission", PeopleQuery{Sort: PeopleByMission}, "Adler Zeller Moura Nobody"},
		{"by mission, Z to A", PeopleQuery{Sort: PeopleByMission, Descending: true}, "Moura Adler Zeller Nobody"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := names(c.q); got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}

// TestPeopleInKazakhOrder lists people by name in the Kazakh alphabet,
// with Russian and Latin names in their own alphabets' order, the same on
// a file and on a server: Ә after А, Ғ after Г, Ұ before Ү, І after Ы,
// where code points would put every Kazakh letter after Я.
func TestPeopleInKazakhOrder(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	want := []string{"Adams", "smith", "Zimmer", "Абаев", "Әлиев", "Горбунов", "Ғалым", "Елков", "Ёлкин",
		"Кузнецов", "Құрманов", "Нұрланов", "Ңаев", "Оразов", "Өтебаев", "Усенов", "Ұлықбек", "Үсенов",
		"Хасенов", "Һади", "Ыбыраев", "Ілиясов", "Яковлев"}
	for i := len(want) - 1; i >= 0; i-- {
		mustPerson(t, s, liaison.Person{FamilyName: want[i]})
	}
	rows, err := s.People(ctx, PeopleQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Person.FamilyName)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("people by name:\n got %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
	}
}

// TestPeopleDeepPages reads pages of a list of 2,500 people at every
// depth, by name both ways and filtered, and checks each against the
// whole list: on a server, pages past the first thousand seek from an
// anchor (anchors.go), and one written meanwhile must not shift them.
func TestPeopleDeepPages(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	err := s.Update(ctx, func(tx *Tx) error {
		for i := range 2500 {
			p := liaison.Person{FamilyName: []string{"Ivanov", "Ахметов", "Smith", "Әлиев"}[i%4],
				GivenName: fmt.Sprintf("N%04d", (i*7919)%2500), Archived: i%10 == 0}
			if err := tx.CreatePerson(&p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(rows []PersonRow) []int64 {
		var out []int64
		for _, r := range rows {
			out = append(out, r.Person.ID)
		}
		return out
	}
	for _, q := range []PeopleQuery{{}, {Descending: true}, {IncludeArchived: true}, {Search: "ivanov"}} {
		all, err := s.People(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want := ids(all)
		check := func(when string) {
			t.Helper()
			for _, off := range []int{0, 999, 1000, 1001, 1234, 1999, 2000, 2100, len(want) - 50} {
				if off < 0 || off >= len(want) {
					continue
				}
				pq := q
				pq.Offset, pq.Limit = off, 100
				rows, err := s.People(ctx, pq)
				if err != nil {
					t.Fatal(err)
				}
				end := min(off+100, len(want))
				if got := ids(rows); !slices.Equal(got, want[off:end]) {
					t.Fatalf("%+v %s: page at %d differs from the whole list", q, when, off)
				}
			}
		}
		check("")
		// A person written through this Store makes its anchors stale.
		mustPerson(t, s, liaison.Person{FamilyName: "Aaron"})
		all, err = s.People(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want = ids(all)
		check("after a new person")
	}
}
