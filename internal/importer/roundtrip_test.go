package importer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"liaison/internal/exporter"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/vcf"
	"liaison/internal/xlsx"
)

// TestOwnExportsComeBackUnchanged exports the sample's missions, people
// and cards, in every language and vCard version, and imports each file
// back: into the same database every row is unchanged, and into an empty
// one every field the file carries arrives.
func TestOwnExportsComeBackUnchanged(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	today := liaison.Day(2026, 11, 24)
	for _, l := range i18n.Langs {
		for _, what := range []string{"missions", "people"} {
			t.Run(what+" in "+string(l), func(t *testing.T) {
				job, err := exporter.Missions(ctx, s, l, today)
				if what == "people" {
					job, err = exporter.People(ctx, s, l, today)
				}
				if err != nil {
					t.Fatal(err)
				}
				var out bytes.Buffer
				if _, err := job.Write(&out); err != nil {
					t.Fatal(err)
				}
				data := out.Bytes()
				plan := listPlanOf(t, s, l, data)
				if c := plan.Counts(); c.NewMissions+c.UpdatedMissions+c.NewHeads+c.NewPeople+c.Problems != 0 {
					var b bytes.Buffer
					plan.WriteReport(&b, i18n.En)
					t.Fatalf("into the same database: %s\n%s", c, b.String())
				}
				empty := openStore(t)
				plan = listPlanOf(t, empty, l, data)
				if _, err := plan.Apply(ctx, empty, what+".xlsx"); err != nil {
					t.Fatal(err)
				}
				compareStores(t, s, empty, what)
			})
		}
	}
	for _, v := range []vcf.Version{vcf.V3, vcf.V4} {
		t.Run("cards "+string(v), func(t *testing.T) {
			job, err := exporter.VCards(ctx, s, store.ExportQuery{IncludeDeparted: true}, v)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if _, err := job.Write(&out); err != nil {
				t.Fatal(err)
			}
			for _, l := range i18n.Langs {
				cs, err := vcf.Decode(bytes.NewReader(out.Bytes()), l)
				if err != nil {
					t.Fatal(err)
				}
				plan, err := NewPlan(ctx, s, Source{Name: "all.vcf", Contacts: cs})
				if err != nil {
					t.Fatal(err)
				}
				if c := plan.Counts(); c.New+c.Update+c.Skip+c.Merged != 0 || c.Missions != 0 {
					t.Errorf("%s: into the same database: %s", l, c.In(l))
				}
			}
		})
	}
}

// listPlanOf reads an exported workbook and plans its import into s.
func listPlanOf(t *testing.T, s *store.Store, l i18n.Lang, data []byte) *ListPlan {
	t.Helper()
	book, err := xlsx.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var entries []xlsx.Entry
	var problems []xlsx.Problem
	for _, sh := range book.Sheets {
		if sh.HeaderRow == 0 {
			continue
		}
		e, p := sh.Entries(sh.Mapping)
		entries, problems = append(entries, e...), append(problems, p...)
	}
	plan, err := NewListPlan(context.Background(), s, l, entries, problems)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// compareStores checks that what a missions or people list carries came
// into the empty database: missions by name with their kind, country,
// phones, email, address and national day and their heads; people with
// their mission, rank, position, emails, phones, languages, other-script
// name and whether they head it or left.
func compareStores(t *testing.T, want, got *store.Store, what string) {
	t.Helper()
	ctx := context.Background()
	ms := func(s *store.Store) map[string]liaison.HeadedMission {
		list, err := s.Missions(ctx, store.MissionQuery{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]liaison.HeadedMission{}
		for _, hm := range list {
			out[hm.Mission.Name] = hm
		}
		return out
	}
	wantM, gotM := ms(want), ms(got)
	for name, w := range wantM {
		g, ok := gotM[name]
		if !ok {
			t.Errorf("mission %q did not arrive", name)
			continue
		}
		if what == "missions" {
			wm, gm := w.Mission, g.Mission
			if wm.Kind != gm.Kind || wm.Country != gm.Country || wm.Email != gm.Email || wm.Address != gm.Address ||
				wm.NationalDay != gm.NationalDay || !slices.Equal(wm.Phones, gm.Phones) {
				t.Errorf("mission %q: got %+v\nwant %+v", name, gm, wm)
			}
			wh, gh := w.Head, g.Head
			if wh.FullName() != gh.FullName() || wh.Rank != gh.Rank || wh.Credentials.DayOnly() != gh.Credentials.DayOnly() {
				t.Errorf("head of %q: got %q %s %s, want %q %s %s", name, gh.FullName(), gh.Rank, gh.Credentials,
					wh.FullName(), wh.Rank, wh.Credentials)
			}
		}
	}
	if what != "people" {
		return
	}
	people := func(s *store.Store) map[string]liaison.Person {
		rows, err := s.People(ctx, store.PeopleQuery{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]liaison.Person{}
		for _, r := range rows {
			out[r.Person.FullName()] = r.Person
		}
		return out
	}
	wantP, gotP := people(want), people(got)
	for name, w := range wantP {
		g, ok := gotP[name]
		if !ok {
			t.Errorf("%s did not arrive", name)
			continue
		}
		if w.Rank != g.Rank || w.Position != g.Position || w.AltName != g.AltName || w.HeadOfMission != g.HeadOfMission ||
			!slices.Equal(w.Emails, g.Emails) || !slices.Equal(w.Phones, g.Phones) ||
			strings.Join(w.Languages, ",") != strings.Join(g.Languages, ",") {
			t.Errorf("%s: got %+v\nwant %+v", name, g, w)
		}
	}
}
