package liaison

import (
	"fmt"
	"testing"
)

func TestMergePerson(t *testing.T) {
	into := Person{ID: 7, MissionID: 1, FamilyName: "Brandt", GivenName: "Katharina", Position: "Ambassador",
		PostingStart: Day(2024, 5, 1), Emails: []string{"k.brandt@example.de"}}
	from := Person{ID: 12, MissionID: 2, FamilyName: "BRANDT", Position: "Head of Mission", Spouse: "Stefan",
		PostingEnd: Day(2023, 1, 1), Emails: []string{"K.Brandt@example.de", "kb@example.de"},
		Phones: []string{"+7 7172 79 12 00"}}
	got, fields := MergePerson(into, from)
	if got.ID != 7 || got.MissionID != 1 || got.Position != "Ambassador" || got.Spouse != "Stefan" ||
		!got.PostingEnd.IsZero() || len(got.Emails) != 2 || len(got.Phones) != 1 {
		t.Errorf("merged = %+v", got)
	}
	want := "[{Position Head of Mission true} {Spouse Stefan false} {MissionID  true} " +
		"{PostingEnd 2023-01-01 true} {Emails kb@example.de false} {Phones +7 7172 79 12 00 false}]"
	if got := fmt.Sprint(fields); got != want {
		t.Errorf("fields = %s\nwant     %s", got, want)
	}
}

func TestKeepInvitation(t *testing.T) {
	for _, c := range []struct {
		survivor, duplicate Status
		want                bool
	}{
		{Invited, Attended, true},
		{Accepted, NoShow, true},
		{Accepted, Declined, false},
		{Declined, NoReply, false},
		{NoReply, Invited, false},
		{Planned, Invited, true},
		{Accepted, Accepted, false}, // a tie keeps the survivor's
	} {
		if got := KeepInvitation(Invitation{Status: c.survivor}, Invitation{Status: c.duplicate}); got != c.want {
			t.Errorf("KeepInvitation(%s, %s) = %v, want %v", c.survivor, c.duplicate, got, c.want)
		}
	}
}

func TestPhoneKeyTellsVanityNumbersApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"+1-800-MYFAX", "1 800 ELEPHANT", false},
		{"+1-800-MYFAX", "+1 800 69329", true},
		{"+7 701 555 01 02 (mobile)", "+77015550102", true},
		{"+1 418 656 9254;ext=102", "+1 418 656 9254", false},
	} {
		if got := PhoneKey(tc.a) == PhoneKey(tc.b); got != tc.same {
			t.Errorf("PhoneKey(%q) == PhoneKey(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
