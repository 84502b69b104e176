package importer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

// TestImportOverAChangeMeanwhile: a person changed between the preview
// of an import and its writing is not overwritten with what the preview
// read; nothing of the import is written.
func TestImportOverAChangeMeanwhile(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	p := liaison.Person{FamilyName: "Petrov", GivenName: "Petr", Emails: []string{"petrov@example.org"}}
	if err := s.CreatePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	cards := "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Petrov;Petr;;;\r\nFN:Petr Petrov\r\nEMAIL:petrov@example.org\r\nTEL:+7 717 200 00 00\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Sidorov;Sidor;;;\r\nFN:Sidor Sidorov\r\nEND:VCARD\r\n"
	cs, err := vcf.Decode(strings.NewReader(cards), i18n.En)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := NewPlan(ctx, s, Source{Name: "cards.vcf", Contacts: cs})
	if err != nil {
		t.Fatal(err)
	}
	if c := plan.Counts(); c.Update != 1 || c.New != 1 {
		t.Fatalf("plan: %s, want one update and one new", c)
	}

	meanwhile, _ := s.Person(ctx, p.ID)
	meanwhile.Position = "Counsellor"
	if err := s.UpdatePerson(ctx, meanwhile); err != nil {
		t.Fatal(err)
	}

	if _, err := plan.Apply(ctx, s); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("Apply = %v, want a conflict", err)
	}
	got, _ := s.Person(ctx, p.ID)
	if got.Position != "Counsellor" || len(got.Phones) != 0 {
		t.Errorf("Petrov = %q %v; want the change made meanwhile and nothing of the import", got.Position, got.Phones)
	}
	if n, _ := s.CountPeople(ctx, store.PeopleQuery{}); n != 1 {
		t.Errorf("%d people, want 1: the import is all or nothing", n)
	}

	// A preview made again sees the change and keeps it.
	plan, err = NewPlan(ctx, s, Source{Name: "cards.vcf", Contacts: cs})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plan.Apply(ctx, s); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Person(ctx, p.ID); got.Position != "Counsellor" || len(got.Phones) != 1 {
		t.Errorf("after a new preview: %q %v", got.Position, got.Phones)
	}
}
