package store_test

import (
	"context"
	"slices"
	"testing"

	"liaison/internal/store"
)

// Pickers find people by their mission and position as well as by name:
// on the sample, "prosecutor", "justice" and "ministry" find the heads of
// the government bodies, which the people list's search does not.
func TestPeopleSearchMission(t *testing.T) {
	ctx := context.Background()
	s := sampleStore(t)
	positions := func(q store.PeopleQuery) []string {
		t.Helper()
		rows, err := s.People(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rows {
			out = append(out, r.Person.Position)
		}
		return out
	}
	for _, tc := range []struct {
		search string
		want   []string // positions that must be found
		not    []string // positions that must not
	}{
		{"prosecutor", []string{"Prosecutor General"}, []string{"Minister of Justice"}},
		{"justice", []string{"Minister of Justice"}, []string{"Prosecutor General"}},
		{"ministry", []string{"Minister of Justice", "Minister of Internal Affairs"}, []string{"Prosecutor General"}},
		// Typed in Cyrillic, it folds to Latin letters: "ministr".
		{"министр", []string{"Minister of Justice", "Minister of Internal Affairs"}, []string{"Prosecutor General"}},
		// The position alone: no mission is called "minister".
		{"minister", []string{"Minister of Justice", "Minister of Internal Affairs"}, []string{"Prosecutor General"}},
		// Each word may match elsewhere: the mission's and the position's.
		{"ministry internal minister", []string{"Minister of Internal Affairs"}, []string{"Minister of Justice"}},
	} {
		t.Run(tc.search, func(t *testing.T) {
			got := positions(store.PeopleQuery{Search: tc.search, SearchMission: true})
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q found %q, not the %s", tc.search, got, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("%q found the %s: %q", tc.search, n, got)
				}
			}
		})
	}
	t.Run("lists", func(t *testing.T) {
		if got := positions(store.PeopleQuery{Search: "prosecutor"}); len(got) != 0 {
			t.Errorf("the list's search found %q by the mission's name", got)
		}
	})
	t.Run("names still", func(t *testing.T) {
		if got := positions(store.PeopleQuery{Search: "brandt", SearchMission: true}); len(got) != 1 {
			t.Errorf("brandt found %d people, want 1", len(got))
		}
	})
}
