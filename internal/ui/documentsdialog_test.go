package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// TestDocumentsFromTheEventPage writes an event's letters from
// Documents…: the dialog offers what each kind needs, the PDF is
// written, and the invitees still planned are then marked invited by
// letter, dated today.
func TestDocumentsFromTheEventPage(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	amb := liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Hans", Salutation: "Mr.", Rank: liaison.Ambassador, HeadOfMission: true}
	cou := liaison.Person{MissionID: m.ID, FamilyName: "Weber", GivenName: "Anna", Salutation: "Ms.", Rank: liaison.Counsellor}
	for _, p := range []*liaison.Person{&amb, &cou} {
		if err := s.CreatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	ev := liaison.Event{Title: "Briefing", Kind: liaison.Meeting, StartsAt: liaison.Day(2026, 12, 10).At(10, 0)}
	if err := s.CreateEvent(ctx, &ev); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, ev.ID, []int64{amb.ID, cou.ID}, liaison.Planned); err != nil {
		t.Fatal(err)
	}
	u.events.open(ev.ID)
	u.tasks.wait()
	tapButton(t, u, "Documents…")
	if text := shownText(u); !strings.Contains(text, "Documents\n") || !strings.Contains(text, "None\n") {
		t.Fatalf("the dialog shows:\n%s", text)
	}

	d := newDocumentsDialog(u.events.page)
	d.show()
	if !d.size.Disabled() || !d.sender.Disabled() || d.signatory.Disabled() {
		t.Error("for letters the envelope size should be off and the signatory on")
	}
	d.kind.SetSelected("Envelopes")
	if d.size.Disabled() || d.sender.Disabled() || !d.signatory.Disabled() {
		t.Error("for envelopes the envelope size should be on and the signatory off")
	}
	d.kind.SetSelected("Invitation letters")
	d.language.SetSelected("Қазақша")
	typeInto(d.signatory, "А. Сейтқали")
	j := d.job()
	if j.Lang != "kk" || j.Settings.Signatory != "А. Сейтқали" || !strings.Contains(j.Text, "{{EventTitle}}") {
		t.Fatalf("job = %+v", j)
	}

	path := filepath.Join(t.TempDir(), "letters.pdf")
	u.events.page.writeDocument(path, j, "Invitation letters")
	u.tasks.wait()
	if b, err := os.ReadFile(path); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("the letters: %v", err)
	}
	if text := shownText(u); !strings.Contains(text, "Letters to invitees still planned: 2.") {
		t.Fatalf("no offer to mark them invited:\n%s", text)
	}
	tapButton(t, u, "Yes")
	for _, id := range []int64{amb.ID, cou.ID} {
		inv, err := s.Invitation(ctx, ev.ID, id)
		if err != nil || inv.Status != liaison.Invited || inv.Channel != liaison.Letter || inv.Sent.String() != "2026-11-24" {
			t.Errorf("invitation of %d after the letters: %+v, %v", id, inv, err)
		}
	}
}

// TestDocumentsWordTemplateAndSeating writes, from Documents…, the
// letters into the office's Word template as one .docx, and the seating
// kinds from the plan made on the fly.
func TestDocumentsWordTemplateAndSeating(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	amb := liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Hans", Salutation: "Mr.", Rank: liaison.Ambassador, HeadOfMission: true}
	if err := s.CreatePerson(ctx, &amb); err != nil {
		t.Fatal(err)
	}
	ev := liaison.Event{Title: "Reception", Kind: liaison.Reception, StartsAt: liaison.Day(2026, 12, 10).At(18, 0)}
	if err := s.CreateEvent(ctx, &ev); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, ev.ID, []int64{amb.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetStatuses(ctx, ev.ID, map[int64]liaison.Status{amb.ID: liaison.Accepted}); err != nil {
		t.Fatal(err)
	}
	u.events.open(ev.ID)
	u.tasks.wait()
	d := newDocumentsDialog(u.events.page)
	d.show()
	d.kind.SetSelected("Invitation letters")
	d.setTemplate(filepath.Join("..", "documents", "testdata", "libreoffice-letter.docx"))
	if !d.usesTemplate() {
		t.Fatal("letters with a template chosen should go into it")
	}
	path := filepath.Join(t.TempDir(), "letters.docx")
	u.events.page.writeDocumentFrom(path, d.job(), "Invitation letters", d.templatePath)
	u.tasks.wait()
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Fatalf("the letters in the Word template: %v", err)
	}
	if !bytes.Contains(b, []byte("word/document.xml")) {
		t.Error("the .docx has no document part")
	}
	for _, kind := range []string{"Table plan", "Who sits where"} {
		d.kind.SetSelected(kind)
		if d.usesTemplate() {
			t.Errorf("%s should not use the Word template", kind)
		}
		path := filepath.Join(t.TempDir(), "seating.pdf")
		u.events.page.writeDocumentFrom(path, d.job(), kind, "")
		u.tasks.wait()
		if b, err := os.ReadFile(path); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Fatalf("%s: %v", kind, err)
		}
	}
}
