package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liaison/internal/demo"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

func openStore(tb testing.TB) *store.Store {
	tb.Helper()
	s, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "liaison.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// fixture decodes a file of internal/vcf/testdata.
func fixture(t *testing.T, name string) Source {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "vcf", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cs, err := vcf.Decode(f, i18n.En)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return Source{Name: name, Contacts: cs}
}

// importFiles plans and applies an import of fixtures.
func importFiles(t *testing.T, s *store.Store, names ...string) *Plan {
	t.Helper()
	var srcs []Source
	for _, n := range names {
		srcs = append(srcs, fixture(t, n))
	}
	plan, err := NewPlan(context.Background(), s, srcs...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plan.Apply(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	return plan
}

var clientFiles = []string{"outlook21_cp1251_qp.vcf", "outlook21_koi8r_qp.vcf", "outlook21_utf8_qp.vcf",
	"android21.vcf", "iphone30.vcf", "google30.vcf", "thunderbird40.vcf", "mixed_lf_bom.vcf", "no_name.vcf"}

func TestImportClientFiles(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	plan := importFiles(t, s, clientFiles...)
	c := plan.Counts()
	if c.Skip != 1 || c.Update != 0 || c.New < 15 {
		t.Errorf("counts = %s; want one skipped (no name) and the rest new", c)
	}
	n, _ := s.CountPeople(ctx, store.PeopleQuery{IncludeDeparted: true})
	if n != c.New {
		t.Errorf("%d people stored, plan said %d new", n, c.New)
	}

	t.Run("Cyrillic names, emails and phones intact", func(t *testing.T) {
		rs, err := s.Search(ctx, "Ёлкин", 5, false)
		if err != nil || len(rs) != 1 {
			t.Fatalf("Search(Ёлкин) = %+v, %v", rs, err)
		}
		p, _ := s.Person(ctx, rs[0].ID)
		if p.FullName() != "Ёлкин Андрей Викторович" || !strings.Contains(strings.Join(p.Emails, ","), "a.yolkin@example.org") || len(p.Phones) != 2 {
			t.Errorf("Ёлкин = %q %v %v", p.FullName(), p.Emails, p.Phones)
		}
		if p.Rank != liaison.Consul {
			t.Errorf("rank from TITLE Консул = %q", p.Rank)
		}
		m, _ := s.Mission(ctx, p.MissionID)
		if m.Kind != liaison.Consulate || m.Country != "RU" {
			t.Errorf("mission made from ORG = %+v; want a Russian consulate", m)
		}
	})
	t.Run("the iPhone photo is kept", func(t *testing.T) {
		rs, _ := s.Search(ctx, "dubois", 5, false)
		if len(rs) == 0 {
			t.Fatal("Dubois not found")
		}
		ph, err := s.Photo(ctx, rs[0].ID)
		if err != nil || ph.MIME != "image/jpeg" || len(ph.Data) < 500 {
			t.Errorf("photo = %s, %d bytes, %v", ph.MIME, len(ph.Data), err)
		}
	})
	t.Run("importing the same files again changes nothing", func(t *testing.T) {
		var srcs []Source
		for _, n := range clientFiles {
			srcs = append(srcs, fixture(t, n))
		}
		again, err := NewPlan(ctx, s, srcs...)
		if err != nil {
			t.Fatal(err)
		}
		if c := again.Counts(); c.New != 0 || c.Update != 0 || c.Missions != 0 {
			var b bytes.Buffer
			again.WriteReport(&b, i18n.En)
			t.Errorf("second import: %s\n%s", c, b.String())
		}
	})
	t.Run("duplicates: same email, same UID, same name elsewhere", func(t *testing.T) {
		before, _ := s.CountPeople(ctx, store.PeopleQuery{IncludeDeparted: true})
		plan := importFiles(t, s, "duplicates.vcf")
		actions := []Action{plan.Items[0].Action, plan.Items[1].Action, plan.Items[2].Action}
		if actions[0] == New || plan.Items[0].Match != "email" {
			t.Errorf("Mueller: %s by %q, want Müller found by email", actions[0], plan.Items[0].Match)
		}
		if actions[1] != Update || plan.Items[1].Match != "UID" {
			t.Errorf("Wisniewska: %s by %q, want an update found by UID", actions[1], plan.Items[1].Match)
		}
		if actions[2] != New || !strings.Contains(plan.Items[2].Likely, "Ахметова") {
			t.Errorf("Ахметова of another mission: %s, likely %q; want new and possibly the same", actions[2], plan.Items[2].Likely)
		}
		after, _ := s.CountPeople(ctx, store.PeopleQuery{IncludeDeparted: true})
		if after != before+1 {
			t.Errorf("%d people after, want %d", after, before+1)
		}
		// Liaison's values win: Müller keeps his name, gains nothing he had.
		rs, _ := s.Search(ctx, "h.mueller@example.org", 5, false)
		p, _ := s.Person(ctx, rs[0].ID)
		if p.FamilyName != "Müller" || len(plan.Items[0].Kept) == 0 {
			t.Errorf("Müller became %q; kept %v", p.FamilyName, plan.Items[0].Kept)
		}
	})
}

func TestRejectedFilesWriteNothing(t *testing.T) {
	for _, name := range []string{"not_a_vcard.png.vcf", "truncated.vcf"} {
		f, _ := os.Open(filepath.Join("..", "vcf", "testdata", name))
		_, err := vcf.Decode(f, i18n.En)
		f.Close()
		if err == nil {
			t.Errorf("%s decoded", name)
		}
	}
}

// TestRoundTrip exports the sample and imports it into an empty database:
// every person comes back with every field, and each to a mission of the
// same name, kind and country.
func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := openStore(t)
	if _, err := demo.Load(ctx, src, liaison.Day(2026, 11, 24)); err != nil {
		t.Fatal(err)
	}
	rows, err := src.ExportRows(ctx, store.ExportQuery{IncludeDeparted: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []vcf.Version{vcf.V3, vcf.V4} {
		t.Run(string(v), func(t *testing.T) {
			entries := make([]vcf.Entry, len(rows))
			for i, r := range rows {
				entries[i] = vcf.Entry{Person: r.Person, Mission: r.Mission, Photo: r.Photo}
			}
			var buf bytes.Buffer
			if err := vcf.Encode(&buf, entries, v); err != nil {
				t.Fatal(err)
			}
			cs, err := vcf.Decode(&buf, i18n.En)
			if err != nil {
				t.Fatal(err)
			}
			dst := openStore(t)
			plan, err := NewPlan(ctx, dst, Source{Name: "export.vcf", Contacts: cs})
			if err != nil {
				t.Fatal(err)
			}
			if c := plan.Counts(); c.New != len(rows) {
				t.Fatalf("plan: %s; want %d new", c, len(rows))
			}
			if _, err := plan.Apply(ctx, dst); err != nil {
				t.Fatal(err)
			}
			back, _ := dst.ExportRows(ctx, store.ExportQuery{IncludeDeparted: true})
			byUID := map[string]store.ExportRow{}
			for _, r := range back {
				byUID[r.Person.UID] = r
			}
			for _, r := range rows {
				g, ok := byUID[r.Person.UID]
				if !ok {
					t.Errorf("%s did not come back", r.Person.FullName())
					continue
				}
				if gf, wf := fields(g.Person), fields(r.Person); gf != wf {
					t.Errorf("%s came back as\n%s\nwant\n%s", r.Person.FullName(), gf, wf)
				}
				if g.Mission.Name != r.Mission.Name || g.Mission.Kind != r.Mission.Kind || g.Mission.Country != r.Mission.Country {
					t.Errorf("%s's mission came back as %q %s %s", r.Person.FullName(), g.Mission.Name, g.Mission.Kind, g.Mission.Country)
				}
			}
		})
	}
}

// fields lists every field of a person that an export carries.
func fields(p liaison.Person) string {
	return strings.Join([]string{
		p.UID, p.FamilyName, p.GivenName, p.MiddleName, p.AltName, p.Salutation, p.Suffix, string(p.Rank),
		p.Position, yes(p.HeadOfMission), p.Agrement.String(), p.Credentials.String(), p.Notification.String(),
		strings.Join(p.Emails, ","), strings.Join(p.Phones, ","), strings.Join(p.Languages, ","), p.Spouse,
		p.Notes, p.PostingStart.String(), p.PostingEnd.String(), yes(p.Departed), p.Address,
	}, "|")
}

func yes(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
