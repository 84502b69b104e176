package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// TestInvitationListNamesAndGuests writes a list in English and in
// Russian: each names the missions in its language, falling back to the
// stored name, and says for how many each invitation is, on the list and
// in the summary.
func TestInvitationListNamesAndGuests(t *testing.T) {
	tm := liaison.Mission{ID: 3, Kind: liaison.Embassy, Country: "TM", Name: "Embassy of Turkmenistan",
		NameRu: "Посольство Туркменистана", NameKk: "Түрікменстан Елшілігі"}
	de := liaison.Mission{ID: 2, Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	invitees := []Invitee{
		{Precedence: 1, Invitation: liaison.Invitation{Status: liaison.Accepted, ForTwo: true},
			Person: liaison.Person{ID: 21, FamilyName: "Бердыев", GivenName: "Мурад", Rank: liaison.Ambassador}, Mission: tm},
		{Precedence: 2, Invitation: liaison.Invitation{Status: liaison.Accepted},
			Person: liaison.Person{ID: 22, FamilyName: "Brandt", GivenName: "Katharina", Rank: liaison.ChargeAI}, Mission: de},
		{Precedence: 3, Invitation: liaison.Invitation{Status: liaison.Declined, ForTwo: true},
			Person: liaison.Person{ID: 23, FamilyName: "Weber", GivenName: "Jonas", Rank: liaison.Counsellor}, Mission: de},
	}
	for _, tc := range []struct {
		lang                i18n.Lang
		tm                  string
		invitations, summed string // sheet names
	}{
		{i18n.En, "Embassy of Turkmenistan", "Invitations", "Summary"},
		{i18n.Ru, "Посольство Туркменистана", i18n.Ru.T("Invitations"), i18n.Ru.T("Summary")},
		{i18n.Kk, "Түрікменстан Елшілігі", i18n.Kk.T("Invitations"), i18n.Kk.T("Summary")},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			var b bytes.Buffer
			if _, err := WriteInvitations(&b, tc.lang, sampleEvent(), invitees); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			get := func(sheet, cell string) string {
				v, err := f.GetCellValue(sheet, cell)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			for cell, want := range map[string]string{
				"C6": tc.tm, "C7": "Embassy of Germany", "O5": tc.lang.T("Guests"), "O6": "2", "O7": "1", "O8": "2",
			} {
				if got := get(tc.invitations, cell); got != want {
					t.Errorf("%s = %q, want %q", cell, got, want)
				}
			}
			// Summary: status, count, guests; accepted is row 6, declined 7, total 11.
			for cell, want := range map[string]string{
				"C3": tc.lang.T("Guests"), "B6": "2", "C6": "3", "B7": "1", "C7": "2", "B11": "3", "C11": "5",
			} {
				if got := get(tc.summed, cell); got != want {
					t.Errorf("summary %s = %q, want %q", cell, got, want)
				}
			}
		})
	}
}
