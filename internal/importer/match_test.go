package importer

import (
	"context"
	"strings"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

// planCards plans the import of cards written as vCard text.
func planVCards(t *testing.T, s *store.Store, opts Options, text string) *Plan {
	t.Helper()
	cs, err := vcf.Decode(strings.NewReader(text), i18n.En)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := NewPlanWith(context.Background(), s, opts, Source{Name: "cards.vcf", Contacts: cs})
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

func card(fn, n, org string, extra ...string) string {
	lines := append([]string{"BEGIN:VCARD", "VERSION:3.0", "FN:" + fn, "N:" + n, "ORG:" + org}, extra...)
	return strings.Join(append(lines, "END:VCARD"), "\r\n") + "\r\n"
}

func TestMissionFoundByWhatItIs(t *testing.T) {
	s := demoStore(t)
	for _, tc := range []struct{ org, want string }{
		{"Embassy of Germany", "Germany"},
		{"German Embassy", "Germany"},
		{"Botschaft der Bundesrepublik Deutschland", "Germany"},
		{"Deutsche Botschaft Astana", "Germany"},
		{"Посольство Республики Беларусь", "Беларусь"},
	} {
		t.Run(tc.org, func(t *testing.T) {
			plan := planVCards(t, s, Options{}, card("Max Mustermann", "Mustermann;Max;;;", tc.org))
			it := plan.Items[0]
			if it.NewMission != nil || plan.Counts().Missions != 0 {
				t.Fatalf("a new mission %v is planned; want the stored one", it.NewMission)
			}
			if got := it.Mission; got != tc.want {
				t.Errorf("mission = %q, want %q", got, tc.want)
			}
			if !strings.Contains(it.Summary(i18n.En), "this country's mission") {
				t.Errorf("the report does not say how the mission was found: %s", it.Summary(i18n.En))
			}
		})
	}
	t.Run("two names of one new embassy make one mission", func(t *testing.T) {
		plan := planVCards(t, s, Options{}, card("Ana Flores", "Flores;Ana;;;", "Embassy of Peru")+
			card("Luis Vega", "Vega;Luis;;;", "Посольство Перу"))
		if got := plan.Counts().Missions; got != 1 {
			t.Errorf("%d new missions, want 1", got)
		}
	})
	t.Run("a consulate is not the embassy", func(t *testing.T) {
		plan := planVCards(t, s, Options{}, card("Max Mustermann", "Mustermann;Max;;;", "Generalkonsulat der Bundesrepublik Deutschland in Almaty"))
		if plan.Items[0].NewMission == nil {
			t.Errorf("the consulate was taken as %q", plan.Items[0].Mission)
		}
	})
}

func TestPersonFoundAcrossScripts(t *testing.T) {
	s := demoStore(t)
	t.Run("the German ambassador's own card", func(t *testing.T) {
		plan := planVCards(t, s, Options{}, card("Katharina Brandt", "Brandt;Katharina;;Dr.;", "Deutsche Botschaft Astana",
			"TEL;TYPE=CELL:+7 701 999 12 34"))
		it := plan.Items[0]
		if it.Action != Update || it.Match != "name" {
			t.Errorf("%s by %q, want an update found by name: %s", it.Action, it.Match, it.Summary(i18n.En))
		}
	})
	t.Run("Andrei Elkin is Ёлкин Андрей Викторович", func(t *testing.T) {
		plan := planVCards(t, s, Options{}, card("Andrei Elkin", "Elkin;Andrei;;;", "Embassy of Belarus",
			"EMAIL:a.elkin@example.org"))
		it := plan.Items[0]
		if it.Action != Update || it.Match != "name words" {
			t.Fatalf("%s by %q, want an update found by name words: %s", it.Action, it.Match, it.Summary(i18n.En))
		}
		if !strings.Contains(it.Summary(i18n.En), "another script or order") {
			t.Errorf("the report does not say how: %s", it.Summary(i18n.En))
		}
	})
	t.Run("a partial name is only possibly the same", func(t *testing.T) {
		text := card("A. Elkin", "Elkin;A.;;;", "Embassy of Belarus", "EMAIL:elkin@example.org")
		plan := planVCards(t, s, Options{}, text)
		it := plan.Items[0]
		if it.Action != New || !strings.Contains(it.Likely, "Ёлкин") {
			t.Fatalf("%s, likely %q; want new and possibly Ёлкин", it.Action, it.Likely)
		}
		if plan.Counts().Likely != 1 {
			t.Errorf("counts %s do not say it", plan.Counts())
		}
		merged := planVCards(t, s, Options{MergeLikely: true}, text)
		if it := merged.Items[0]; it.Action != Update || it.Match != "likely" {
			t.Errorf("with MergeLikely: %s by %q", it.Action, it.Match)
		}
		chosen := planVCards(t, s, Options{Merge: map[Card]bool{{"cards.vcf", 1}: true}}, text)
		if it := chosen.Items[0]; it.Action != Update {
			t.Errorf("merged by choice: %s", it.Action)
		}
	})
	t.Run("same N, other FN and UID: two people", func(t *testing.T) {
		plan := planVCards(t, openStore(t), Options{},
			card("John Doe", "Doe;John;;;", "Acme", "UID:1111")+card("Johnny Doe", "Doe;John;;;", "Acme", "UID:2222"))
		if a, b := plan.Items[0].Action, plan.Items[1].Action; a != New || b != New {
			t.Errorf("actions %s, %s; want two new people", a, b)
		}
	})
	t.Run("a second card that adds a phone says so", func(t *testing.T) {
		plan := planVCards(t, openStore(t), Options{},
			card("John Doe", "Doe;John;;;", "Acme", "TEL:+1 418 656 9254")+card("John Doe", "Doe;John;;;", "Acme", "TEL:+1 418 656 9000"))
		it := plan.Items[1]
		if it.Action != Merged || !strings.Contains(it.Summary(i18n.En), "adds phone") {
			t.Errorf("second card: %s: %s", it.Action, it.Summary(i18n.En))
		}
		if got := len(plan.Items[0].person.Phones); got != 2 {
			t.Errorf("the new person has %d phones, want 2", got)
		}
	})
}
