package documents

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// TestWriteDOCXLettersInKazakh merges a Word template for an event's
// list: a letter per invitee who has not declined, in the list's order,
// "Ұлы Мәртебелі," for the ambassador only.
func TestWriteDOCXLettersInKazakh(t *testing.T) {
	body := `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{{Add</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>ressee}}</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>{{Salutation}}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">{{EventTitle}}, {{EventDate}}</w:t></w:r></w:p>`
	template := docxZip(t, docxFiles(body, docxLetterSect, docxLetterFooter))
	tm := liaison.Mission{ID: 1, Name: "Embassy of Turkmenistan", Country: "TM", Address: "Astana, 11 Kabanbay Batyr"}
	de := liaison.Mission{ID: 2, Name: "Embassy of Germany", Country: "DE"}
	invitee := func(status liaison.Status, p liaison.Person, m liaison.Mission) Invitee {
		return Invitee{Invitation: liaison.Invitation{Status: status}, Placed: liaison.Placed{Person: p, Mission: m}}
	}
	j := Job{Kind: Letters, Lang: i18n.Kk,
		Event: liaison.Event{Title: "Брифинг", StartsAt: liaison.Day(2026, time.December, 10).At(11, 0)},
		Invitees: []Invitee{
			invitee(liaison.Invited, liaison.Person{FamilyName: "Orazov", GivenName: "Atajan", Salutation: "Mr.", Rank: liaison.Ambassador}, tm),
			invitee(liaison.Declined, liaison.Person{FamilyName: "Schmidt", GivenName: "Hans", Salutation: "Mr.", Rank: liaison.Ambassador}, de),
			invitee(liaison.Planned, liaison.Person{FamilyName: "Weber", GivenName: "Anna", Salutation: "Ms.", Rank: liaison.Counsellor}, de),
		},
		Settings: Settings{Today: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}}
	var out bytes.Buffer
	n, err := j.WriteDOCX(bytes.NewReader(template), int64(len(template)), &out)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("%d letters, want 2 (the declined ambassador gets none)", n)
	}
	got := docxParagraphs(t, docxUnzip(t, out.Bytes())["word/document.xml"])
	var want []string
	for _, in := range LetterRecipients(j.Invitees) {
		f := LetterFields(i18n.Kk, j.Event, in.Placed, j.Settings)
		want = append(want, f[FieldAddressee], f[FieldSalutation], "Брифинг, 2026 жылғы 10 желтоқсан")
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("letters:\n got %q\nwant %q", got, want)
	}
	if len(got) == 6 && (got[1] != "Ұлы Мәртебелі," || strings.Contains(got[4], "Мәртебелі")) {
		t.Errorf("salutations %q and %q: the Excellency is for the ambassador only", got[1], got[4])
	}

	j.Invitees = j.Invitees[1:2]
	if _, err := j.WriteDOCX(bytes.NewReader(template), int64(len(template)), &out); !errors.Is(err, ErrNobody) {
		t.Errorf("a list of one who declined: got %v, want ErrNobody", err)
	}
	j.Kind = Badges
	if _, err := j.WriteDOCX(bytes.NewReader(template), int64(len(template)), &out); err == nil {
		t.Errorf("badges from a Word template were not refused")
	}
}
