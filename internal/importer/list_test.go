package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"liaison/internal/demo"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/xlsx"
)

// readList reads a fixture of internal/xlsx/testdata into entries.
func readList(t *testing.T, name string) ([]xlsx.Entry, []xlsx.Problem) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "xlsx", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	book, err := xlsx.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	var entries []xlsx.Entry
	var problems []xlsx.Problem
	for _, s := range book.Sheets {
		e, p := s.Entries(s.Mapping)
		entries, problems = append(entries, e...), append(problems, p...)
	}
	return entries, problems
}

func demoStore(t *testing.T) *store.Store {
	t.Helper()
	s := openStore(t)
	// The sample's day: invitations sent "today" go out on it.
	s.SetClock(func() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local) })
	if _, err := demo.Load(context.Background(), s, liaison.Day(2026, 11, 24)); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestImportRussianList imports the ministry's list into the sample: the
// embassies match by country, their heads by name across scripts, and
// precedence follows the list's dates of credentials.
func TestImportRussianList(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	before, _ := s.Missions(ctx, store.MissionQuery{IncludeArchived: true})
	entries, problems := readList(t, "diplist_ru.xlsx")
	plan, err := NewListPlan(ctx, s, i18n.En, entries, problems)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plan.Apply(ctx, s, "diplist_ru.xlsx"); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Missions(ctx, store.MissionQuery{IncludeArchived: true})
	c := plan.Counts()
	if len(after) != len(before)+c.NewMissions {
		t.Errorf("%d missions after, %d before, plan said %d new", len(after), len(before), c.NewMissions)
	}
	var germany liaison.HeadedMission
	for _, hm := range after {
		if hm.Mission.Country == "DE" && hm.Mission.Kind == liaison.Embassy {
			germany = hm
		}
	}
	if germany.Head.FamilyName != "Brandt" || germany.Head.Credentials.String() != "2023-09-14" {
		t.Errorf("Germany's head = %s, credentials %s; want the sample's Brandt with the list's date",
			germany.Head.FullName(), germany.Head.Credentials)
	}
	t.Run("heads in precedence order by the list's dates", func(t *testing.T) {
		e := liaison.Event{Title: "After the list", Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 1)}
		if err := s.CreateEvent(ctx, &e); err != nil {
			t.Fatal(err)
		}
		if _, err := s.InviteHeads(ctx, e.ID, nil, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		rows, _ := s.Invitations(ctx, e.ID)
		var last liaison.Date
		for _, r := range rows {
			p := r.Placed.Person
			if p.Rank != liaison.Ambassador || p.Credentials.IsZero() {
				break
			}
			if !last.IsZero() && p.Credentials.Compare(last) < 0 {
				t.Errorf("%s (%s) after an ambassador accredited %s", p.FullName(), p.Credentials, last)
			}
			last = p.Credentials
		}
	})
	t.Run("importing the list again changes nothing", func(t *testing.T) {
		again, err := NewListPlan(ctx, s, i18n.En, entries, problems)
		if err != nil {
			t.Fatal(err)
		}
		if c := again.Counts(); c.NewMissions+c.UpdatedMissions+c.NewHeads != 0 {
			var b bytes.Buffer
			again.WriteReport(&b, i18n.En)
			t.Errorf("second import: %s\n%s", c, b.String())
		}
	})
}

func TestListProblemsNameSheetRowAndColumn(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Посольства")
	rows := [][]any{
		{"СПИСОК ДИПЛОМАТИЧЕСКОГО КОРПУСА"},
		{},
		{"Страна", "Глава представительства", "Должность", "Дата вручения верительных грамот"},
		{"Германия", "Брандт Катарина", "Посол", "31.02.2024"},
		{"Атлантида", "Немо", "Посол", "01.02.2024"},
		{"Франция", "Дюбуа Пьер", "Посол", "12.03.2021"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Посольства", cell, &r)
	}
	var b bytes.Buffer
	f.WriteTo(&b)
	book, err := xlsx.Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	entries, problems := book.Sheets[0].Entries(book.Sheets[0].Mapping)
	if len(entries) != 1 || entries[0].Country != "FR" {
		t.Errorf("entries = %+v, want only France", entries)
	}
	got := make([]string, len(problems))
	for i, p := range problems {
		got[i] = p.String()
	}
	want := []string{
		`Посольства, row 4, column D (Дата вручения верительных грамот): not a date (got "31.02.2024")`,
		`Посольства, row 5, column A (Страна): "Атлантида" is not a country Liaison knows`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// returnedList exports, in the language l, the invitation list of a new
// reception with every head invited, lets fill write in its sheet as a
// colleague would, and reads it back: the event, its invitations and the
// sheet.
func returnedList(t *testing.T, s *store.Store, l i18n.Lang, fill func(f *excelize.File, sheet string)) (liaison.Event, []store.InvitationRow, *xlsx.Sheet) {
	t.Helper()
	ctx := context.Background()
	e := liaison.Event{Title: "Reception", Kind: liaison.Reception, StartsAt: liaison.Day(2026, 12, 10).At(18, 0)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	s.InviteHeads(ctx, e.ID, nil, liaison.Invited)
	rows, _ := s.Invitations(ctx, e.ID)
	invitees := make([]xlsx.Invitee, len(rows))
	for i, r := range rows {
		invitees[i] = xlsx.Invitee{Precedence: r.Precedence, Invitation: r.Invitation, Person: r.Placed.Person, Mission: r.Placed.Mission}
	}
	var out bytes.Buffer
	if _, err := xlsx.WriteInvitations(&out, l, e, invitees); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	fill(f, f.GetSheetName(0))
	var filled bytes.Buffer
	f.WriteTo(&filled)
	book, err := xlsx.Read(&filled)
	if err != nil {
		t.Fatal(err)
	}
	return e, rows, book.Sheets[0]
}

// TestRepliesUpdateTheEvent exports an event's list, fills it in as a
// colleague would, and imports it back.
func TestRepliesUpdateTheEvent(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	e, rows, sheet := returnedList(t, s, i18n.En, func(f *excelize.File, name string) {
		f.SetCellValue(name, "F6", "Accepted")
		f.SetCellValue(name, "F7", "Declined")
		f.SetCellValue(name, "M7", "Away that week")
	})
	replies, problems := sheet.ReadReplies(sheet.Mapping)
	plan, err := NewReplyPlan(ctx, s, replies, problems)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Changed() != 2 || len(plan.Problems) != 0 {
		var b bytes.Buffer
		plan.WriteReport(&b, i18n.En)
		t.Fatalf("plan:\n%s", b.String())
	}
	if _, err := plan.Apply(ctx, s, "replies.xlsx", liaison.Day(2026, 11, 25)); err != nil {
		t.Fatal(err)
	}
	first, _ := s.Invitation(ctx, e.ID, rows[0].Placed.Person.ID)
	second, _ := s.Invitation(ctx, e.ID, rows[1].Placed.Person.ID)
	if first.Status != liaison.Accepted || first.Answered.String() != "2026-11-25" {
		t.Errorf("first = %+v", first)
	}
	if second.Status != liaison.Declined || second.Note != "Away that week" {
		t.Errorf("second = %+v", second)
	}
}
