package documents_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"liaison/internal/demo"
	"liaison/internal/documents"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/seating"
	"liaison/internal/store"
)

// receptionPlan is the seating plan of the sample's reception for the
// diplomatic corps, made on the fly, with its list.
func receptionPlan(t *testing.T) (liaison.Event, seating.Plan, []store.InvitationRow) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "liaison.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := demo.Load(ctx, s, liaison.Day(2026, 11, 24)); err != nil {
		t.Fatal(err)
	}
	e, err := s.Event(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := s.Seating(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.Invitations(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	return e, p, rows
}

// pdfLines writes a seating document and reads its lines back with
// pdftotext, white space made single spaces.
func pdfLines(t *testing.T, write func(*bytes.Buffer) error) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "seating.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

var seatingDay = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

func TestSeatingPDFOfTheReception(t *testing.T) {
	e, p, rows := receptionPlan(t)
	kk := i18n.Lang("kk")
	lines := pdfLines(t, func(b *bytes.Buffer) error {
		n, err := documents.SeatingPDF(b, kk, e, p, seatingDay)
		if n != len(p.Tables) {
			t.Errorf("SeatingPDF = %d tables, want %d", n, len(p.Tables))
		}
		return err
	})
	text := strings.Join(lines, "\n")
	doyen := kk.ListedName(rows[0].Placed.Person, rows[0].Placed.Mission.Country)
	if !strings.HasPrefix(doyen, "Ұлы Мәртебелі") {
		t.Fatalf("the doyen is printed %q, want Ұлы Мәртебелі first", doyen)
	}
	heading := func(n int) string { return fmt.Sprintf(kk.T("Table %d"), n) }
	for n := range len(p.Tables) {
		if !strings.Contains(text, heading(n+1)) {
			t.Errorf("no table %d in the plan", n+1)
		}
	}
	// Table 1: the host on seat 1, the doyen on seat 2 at the host's
	// right, with the form of address and the country in Kazakh letters
	// (Ұлы Мәртебелі, Түрікменстан) as they went in.
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, heading(1)+" ") })
	if i < 0 || i+2 >= len(lines) {
		t.Fatalf("no table 1 in:\n%s", text)
	}
	country := kk.Country(rows[0].Placed.Mission.Country)
	if !strings.HasPrefix(lines[i+1], "1 ") || !strings.HasPrefix(lines[i+2], "2 ") ||
		!strings.Contains(lines[i+2], doyen) || !strings.Contains(lines[i+2], country) {
		t.Errorf("table 1 begins\n%s\n%s\nwant the host, then the doyen %s of %s", lines[i+1], lines[i+2], doyen, country)
	}
}

func TestSeatListPDFIsAlphabetical(t *testing.T) {
	e, p, _ := receptionPlan(t)
	ru := i18n.Lang("ru")
	lines := pdfLines(t, func(b *bytes.Buffer) error {
		_, err := documents.SeatListPDF(b, ru, e, p, seatingDay)
		return err
	})
	want := seating.SeatList(p)
	var got []string
	for _, l := range lines {
		if regexp.MustCompile(` \d+ \d+(, \d+)?$`).MatchString(l) {
			got = append(got, l)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d guests listed, want %d:\n%s", len(got), len(want), strings.Join(lines, "\n"))
	}
	for i, en := range want {
		if !strings.HasPrefix(got[i], en.Guest.Person.FullName()) {
			t.Errorf("line %d = %q, want %s first", i+1, got[i], en.Guest.Person.FullName())
		}
	}
}
