package store

import (
	"context"
	"testing"

	"liaison/internal/liaison"
)

func TestMissionNames(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "TM", Name: "Embassy of Turkmenistan",
		ShortName: "Turkmenistan", NameRu: " Посольство Туркменистана ", ShortRu: "Туркменистан"})

	t.Run("stored and read back, trimmed", func(t *testing.T) {
		got, err := s.Mission(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.NameRu != "Посольство Туркменистана" || got.ShortRu != "Туркменистан" || got.NameKk != "" {
			t.Errorf("read back ru %q/%q kk %q", got.NameRu, got.ShortRu, got.NameKk)
		}
	})
	t.Run("update keeps the stored name and records the new one", func(t *testing.T) {
		got, _ := s.Mission(ctx, m.ID)
		got.NameKk, got.ShortKk = "Түрікменстан Елшілігі", "Түрікменстан"
		if err := s.UpdateMission(ctx, got); err != nil {
			t.Fatal(err)
		}
		again, _ := s.Mission(ctx, m.ID)
		if again.Name != "Embassy of Turkmenistan" || again.DisplayNameIn(liaison.LangKk) != "Түрікменстан" {
			t.Errorf("after update: name %q, Kazakh display %q", again.Name, again.DisplayNameIn(liaison.LangKk))
		}
		cs, err := s.Changes(ctx, EntityMission, m.ID)
		if err != nil || len(cs) == 0 {
			t.Fatalf("Changes = %v, %v", cs, err)
		}
		var fields []string
		for _, f := range cs[0].Diff() {
			fields = append(fields, f.Field)
		}
		if len(fields) != 2 || fields[0] != "NameKk" || fields[1] != "ShortKk" {
			t.Errorf("the history of the update names %v, want [NameKk ShortKk]", fields)
		}
	})
	t.Run("search finds it by any of its names", func(t *testing.T) {
		for _, q := range []string{"Посольство Туркменистана", "Түрікменстан Елшілігі", "turkmenistan"} {
			rs, err := s.Search(ctx, q, 10, false)
			if err != nil {
				t.Fatal(err)
			}
			if len(rs) == 0 || rs[0].ID != m.ID || rs[0].Kind != KindMission {
				t.Errorf("Search(%q) = %+v, want the embassy", q, rs)
			}
			hms, err := s.Missions(ctx, MissionQuery{Search: q})
			if err != nil || len(hms) != 1 {
				t.Errorf("Missions(search %q) = %d missions, %v; want 1", q, len(hms), err)
			}
		}
	})
}
