package cli

import (
	"strings"
	"testing"

	"liaison/internal/documents"
	"liaison/internal/store"
)

// TestBadgesAreReadAtTheDoor: the code a badge's QR code holds is the
// code the check-in reads.
func TestBadgesAreReadAtTheDoor(t *testing.T) {
	code := documents.CheckInCode(3, 53)
	if ev, p, ok := store.ParseBadgeCode(code); !ok || ev != 3 || p != 53 {
		t.Errorf("ParseBadgeCode(%q) = %d, %d, %v", code, ev, p, ok)
	}
	if code != store.BadgeCode(3, 53) {
		t.Errorf("the badge holds %q, the check-in writes %q", code, store.BadgeCode(3, 53))
	}
}

// The sample's round table (event 3) has Рахимов (person 53, Uzbekistan)
// and Манукян (81, Armenia) accepted, Orazov (65, Turkmenistan) without a
// reply, with Hojayev (66) of his embassy; Mammadov (68) accepted.

func TestCheckinByCodeAndName(t *testing.T) {
	db := demoDB(t)
	out, errOut, code := liaisonCmd(t, db, "checkin", "--event", "3",
		"LIAISON-INV:3:53", "рахим", "LIAISON-INV:2:53", "LIAISON-INV:3:999", "Кова", "Manukian", "ДШФШЫЩТ-ШТМЖ3Ж68")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		"arrived: Рахимов Бахтиёр Шухратович (Uzbekistan) at 09:00",
		"already arrived: Рахимов Бахтиёр Шухратович (Uzbekistan) at 09:00",
		"not on the list: LIAISON-INV:2:53 is a badge of event 2, not of event 3",
		"not on the list: LIAISON-INV:3:999 (person 999 is not invited to event 3)",
		`ambiguous: "Кова": `,
		"arrived: Манукян Анаит Грачевна (Armenia) at 09:00",
		"arrived: Mammadov Rashad (Azerbaijan) at 09:00",
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	if !strings.Contains(lines[4], "Kovalenko Oksana (Ukraine, person 74); Ковалёва Ольга Николаевна (Belarus, person 72)") {
		t.Errorf("the ambiguous line does not name both Kovalenko and Ковалёва as the candidates: %q", lines[4])
	}
	if code != 1 || !strings.Contains(errOut, "3 of 7 not checked in") {
		t.Errorf("exit %d, stderr %q; want 1 and 3 of 7 not checked in", code, errOut)
	}
	list := mustRun(t, db, "list", "invitations", "--event", "3")
	for _, name := range []string{"Рахимов", "Манукян", "Mammadov"} {
		if !lineHas(list, name, "Attended") {
			t.Errorf("%s is not attended on the list:\n%s", name, list)
		}
	}
}

func TestCheckinDeputy(t *testing.T) {
	db := demoDB(t)
	if out := mustRun(t, db, "checkin", "--event", "3", "--deputy", "66", "Orazov"); out != "arrived: Hojayev Myrat instead of Orazov Atajan (Turkmenistan) at 09:00\n" {
		t.Errorf("checkin --deputy printed %q", out)
	}
	if list := mustRun(t, db, "list", "invitations", "--event", "3"); !lineHas(list, "Orazov", "Hojayev Myrat") || !lineHas(list, "Orazov", "Attended") {
		t.Errorf("Orazov is not attended through Hojayev:\n%s", list)
	}
	t.Run("a deputy of another mission is refused", func(t *testing.T) {
		out, _, code := liaisonCmd(t, db, "checkin", "--event", "3", "--deputy", "21", "LIAISON-INV:3:156")
		if code != 1 || !strings.Contains(out, "not checked in: Lindqvist Henrik") || !strings.Contains(out, "not of the invitee's mission") {
			t.Errorf("exit %d, printed %q", code, out)
		}
	})
	t.Run("--deputy takes one guest", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, db, "checkin", "--event", "3", "--deputy", "66", "Orazov", "Mammadov")
		if code != 1 || !strings.Contains(errOut, "one absent guest at a time") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

// lineHas reports whether a line of out holds both a and b.
func lineHas(out, a, b string) bool {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, a) && strings.Contains(l, b) {
			return true
		}
	}
	return false
}
