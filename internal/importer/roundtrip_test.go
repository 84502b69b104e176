package importer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

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
				compareStores(t, s, empty, what, l)
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
func compareStores(t *testing.T, want, got *store.Store, what string, l i18n.Lang) {
	t.Helper()
	ctx := context.Background()
	// A list in l names each mission in l: that is the name it arrives by.
	ms := func(s *store.Store, lang string) map[string]liaison.HeadedMission {
		list, err := s.Missions(ctx, store.MissionQuery{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]liaison.HeadedMission{}
		for _, hm := range list {
			out[hm.Mission.NameIn(lang)] = hm
		}
		return out
	}
	wantM, gotM := ms(want, string(l)), ms(got, "")
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

// TestInvitationListsComeBack exports the sample briefing's invitation
// list in every language and imports it back as an officer would: as
// written it changes nothing (names, deputies, gendered statuses, days
// and channels all read back as stored); with a reply, a channel and the
// days filled in on a woman's row, those arrive.
func TestInvitationListsComeBack(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	events, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var briefing liaison.Event
	for _, e := range events {
		if e.Event.Kind == liaison.Briefing {
			briefing = e.Event
		}
	}
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			job, err := exporter.Invitations(ctx, s, l, briefing.ID)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if _, err := job.Write(&out); err != nil {
				t.Fatal(err)
			}
			plan := replyPlanOf(t, s, out.Bytes())
			if plan.Changed() != 0 || len(plan.Problems) != 0 || len(plan.Items) == 0 {
				var b bytes.Buffer
				plan.WriteReport(&b, i18n.En)
				t.Fatalf("as written: %d rows\n%s", len(plan.Items), b.String())
			}
		})
	}

	t.Run("filled in, in Russian", func(t *testing.T) {
		// A woman still waiting for the invitation: a Russian row
		// writes her statuses in the feminine.
		e := liaison.Event{Title: "Round table", Kind: liaison.Meeting, StartsAt: liaison.Day(2026, 12, 10).At(11, 0)}
		if err := s.CreateEvent(ctx, &e); err != nil {
			t.Fatal(err)
		}
		people, _ := s.People(ctx, store.PeopleQuery{})
		var woman liaison.Person
		for _, r := range people {
			if r.Person.Salutation == "Ms." && r.Person.MissionID != 0 {
				woman = r.Person
				break
			}
		}
		if _, err := s.Invite(ctx, e.ID, []int64{woman.ID}, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		job, err := exporter.Invitations(ctx, s, i18n.Ru, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		job.Write(&out)
		f, err := excelize.OpenReader(&out)
		if err != nil {
			t.Fatal(err)
		}
		sheet := f.GetSheetName(0)
		if got, _ := f.GetCellValue(sheet, "F6"); got != "Запланирована" {
			t.Errorf("her status reads %q, want Запланирована", got)
		}
		f.SetCellValue(sheet, "F6", "Приняла")
		f.SetCellValue(sheet, "G6", "16.11.2026")
		f.SetCellValue(sheet, "H6", "Вербальная нота")
		f.SetCellValue(sheet, "I6", "20.11.2026")
		guests := ""
		for col := 1; col <= 20 && guests == ""; col++ {
			cell, _ := excelize.CoordinatesToCellName(col, 5)
			if v, _ := f.GetCellValue(sheet, cell); v == "Гости" {
				guests, _ = excelize.CoordinatesToCellName(col, 6)
			}
		}
		if guests == "" {
			t.Fatal("the list has no column Гости")
		}
		f.SetCellValue(sheet, guests, 2) // she comes with her husband
		var filled bytes.Buffer
		f.WriteTo(&filled)
		plan := replyPlanOf(t, s, filled.Bytes())
		if plan.Changed() != 1 || len(plan.Problems) != 0 {
			var b bytes.Buffer
			plan.WriteReport(&b, i18n.En)
			t.Fatalf("plan:\n%s", b.String())
		}
		if _, err := plan.Apply(ctx, s, "replies.xlsx", liaison.Day(2026, 11, 24)); err != nil {
			t.Fatal(err)
		}
		inv, _ := s.Invitation(ctx, e.ID, woman.ID)
		if inv.Status != liaison.Accepted || inv.Channel != liaison.NoteVerbale || inv.Sent.String() != "2026-11-16" ||
			inv.Answered.String() != "2026-11-20" || !inv.ForTwo {
			t.Errorf("invitation = %+v", inv)
		}
	})
}

// replyPlanOf reads a returned invitation list and plans its import
// into s.
func replyPlanOf(t *testing.T, s *store.Store, data []byte) *ReplyPlan {
	t.Helper()
	book, err := xlsx.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sheet := book.Sheets[0]
	if !sheet.IsInvitationList() {
		t.Fatalf("the sheet is no invitation list: %v", sheet.Mapping)
	}
	replies, problems := sheet.ReadReplies(sheet.Mapping)
	plan, err := NewReplyPlan(context.Background(), s, replies, problems)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}
