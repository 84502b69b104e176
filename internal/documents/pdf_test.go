package documents_test

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"rsc.io/qr"

	"liaison/internal/demo"
	"liaison/internal/documents"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

// briefing is the sample's event 1, the briefing on the annual report,
// with its list in order of precedence.
func briefing(t testing.TB) (liaison.Event, []documents.Invitee) {
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
	e, err := s.Event(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.Invitations(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]documents.Invitee, len(rows))
	for i, r := range rows {
		out[i] = documents.Invitee{Invitation: r.Invitation, Placed: r.Placed, RepresentedBy: r.RepresentedBy}
	}
	return e, out
}

var settings = documents.Settings{
	Signatory:      "А. Сейтқали",
	SignatoryTitle: "Аппарат басшысы",
	Today:          time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC),
}

// write writes the job to a file in a temporary folder and returns its
// path and the count Write returned.
func write(t testing.TB, j documents.Job) (string, int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), string(j.Kind)+".pdf")
	var buf bytes.Buffer
	n, err := j.Write(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, n
}

// pages reads the text of each page back with pdftotext, its white space
// made single spaces: what a reader of the PDF finds in it.
func pages(t *testing.T, path string) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	ps := strings.Split(string(out), "\f")
	if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
		ps = ps[:len(ps)-1]
	}
	for i, p := range ps {
		ps[i] = strings.Join(strings.Fields(p), " ")
	}
	return ps
}

func notDeclined(all []documents.Invitee) []documents.Invitee {
	var out []documents.Invitee
	for _, in := range all {
		if in.Invitation.Status != liaison.Declined {
			out = append(out, in)
		}
	}
	return out
}

// TestKazakhLettersOfTheBriefing is the test as a new user makes
// it: the briefing's letters in Kazakh, one per invitee who has not
// declined, in order of precedence, "Ұлы Мәртебелі," for the
// ambassadors only, every Kazakh letter intact.
func TestKazakhLettersOfTheBriefing(t *testing.T) {
	e, list := briefing(t)
	s := settings
	s.SignatoryTitle = "Қазақ әліпбиі: әғқңөұүһі ӘҒҚҢӨҰҮҺІ"
	path, n := write(t, documents.Job{Kind: documents.Letters, Lang: i18n.Kk, Event: e, Invitees: list, Settings: s})
	to := notDeclined(list)
	if len(to) == len(list) || len(to) == 0 {
		t.Fatalf("the sample's briefing has %d invitees, %d not declined: the test needs some of each", len(list), len(to))
	}
	ps := pages(t, path)
	if n != len(to) || len(ps) != len(to) {
		t.Fatalf("%d letters reported, %d pages; want %d, one per invitee who has not declined", n, len(ps), len(to))
	}
	ambassadors := 0
	for i, in := range to {
		p := in.Placed.Person
		page := ps[i]
		name := i18n.Kk.PrintedName(p, in.Placed.Mission.Country)
		if !strings.Contains(page, name) {
			t.Errorf("page %d does not name %s (precedence %d): %s", i+1, name, i+1, page)
		}
		if p.Rank == liaison.Ambassador {
			ambassadors++
		}
		if got, want := strings.Contains(page, "Ұлы Мәртебелі,"), p.Rank == liaison.Ambassador; got != want {
			t.Errorf("page %d, %s (%s): Ұлы Мәртебелі, %v, want %v", i+1, name, p.Rank, got, want)
		}
		if p.Rank != liaison.Ambassador && !strings.Contains(page, "Құрметті ") {
			t.Errorf("page %d, %s: no Құрметті: %s", i+1, name, page)
		}
		for _, want := range []string{"әғқңөұүһі ӘҒҚҢӨҰҮҺІ", "шақыруды өзіме мәртебе санаймын", "Өтетін күні: " + day(i18n.Kk, e.StartsAt) + ", сағат 10:00",
			"Қатысуыңызды растау мерзімі: " + day(i18n.Kk, e.RSVPBy), "құрметімді", "А. Сейтқали", "2026 жылғы 24 қараша"} {
			if !strings.Contains(page, want) {
				t.Errorf("page %d lacks %q: %s", i+1, want, page)
			}
		}
	}
	if ambassadors == 0 || ambassadors == len(to) {
		t.Errorf("%d ambassadors among %d letters: the test needs both", ambassadors, len(to))
	}
}

// day is a date as the letters write it.
func day(l i18n.Lang, d liaison.Date) string { return documents.LongDate(l, d.Time(time.UTC)) }

// TestRussianAndEnglishLetters checks the forms of address of the other
// two languages on the same list.
func TestRussianAndEnglishLetters(t *testing.T) {
	e, list := briefing(t)
	to := notDeclined(list)
	tests := []struct {
		lang                 i18n.Lang
		excellency, opening  string
		woman                string
		body, today, replyBy string
	}{
		{i18n.Ru, "Ваше Превосходительство,", "Уважаемый", "Уважаемая госпожа", "Имею честь пригласить Вас", "24 ноября 2026 г.", "Просим подтвердить Ваше участие до " + day(i18n.Ru, e.RSVPBy)},
		{i18n.En, "Your Excellency,", "Dear Mr.", "Dear Ms.", "I have the honour to invite you", "24 November 2026", "by " + day(i18n.En, e.RSVPBy) + "."},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			path, _ := write(t, documents.Job{Kind: documents.Letters, Lang: tt.lang, Event: e, Invitees: list, Settings: settings})
			ps := pages(t, path)
			if len(ps) != len(to) {
				t.Fatalf("%d pages, want %d", len(ps), len(to))
			}
			var sawOpening, sawWoman bool
			for i, in := range to {
				p := in.Placed.Person
				want := documents.Salutation(tt.lang, p, in.Placed.Mission.Country)
				if p.Rank == liaison.Ambassador && want != tt.excellency {
					t.Errorf("%s: salutation %q, want %q", p.FullName(), want, tt.excellency)
				}
				if !strings.Contains(ps[i], want) {
					t.Errorf("page %d lacks %q: %s", i+1, want, ps[i])
				}
				sawOpening = sawOpening || strings.Contains(ps[i], tt.opening)
				sawWoman = sawWoman || strings.Contains(ps[i], tt.woman)
				for _, s := range []string{tt.body, tt.today, tt.replyBy, i18n.Lang(tt.lang).ListedName(p, in.Placed.Mission.Country)} {
					if !strings.Contains(ps[i], s) {
						t.Errorf("page %d lacks %q: %s", i+1, s, ps[i])
					}
				}
			}
			if !sawOpening || !sawWoman {
				t.Errorf("no letter opens %q (%v) or %q (%v)", tt.opening, sawOpening, tt.woman, sawWoman)
			}
		})
	}
}

// TestEnvelopes prints the addressee and the mission's address on an
// envelope of the size asked for.
func TestEnvelopes(t *testing.T) {
	e, list := briefing(t)
	to := notDeclined(list)
	for size, points := range map[documents.EnvelopeSize]string{documents.DL: "623.62 x 311.81", documents.C4: "918.43 x 649.13"} {
		t.Run(string(size), func(t *testing.T) {
			path, n := write(t, documents.Job{Kind: documents.Envelopes, Lang: i18n.Ru, Event: e, Invitees: list, Envelope: size})
			ps := pages(t, path)
			if n != len(to) || len(ps) != len(to) {
				t.Fatalf("%d envelopes, %d pages; want %d", n, len(ps), len(to))
			}
			for i, in := range to {
				m := in.Placed.Mission
				for _, want := range []string{i18n.Ru.ListedName(in.Placed.Person, m.Country), m.Address, e.Host} {
					if !strings.Contains(ps[i], strings.Join(strings.Fields(want), " ")) {
						t.Errorf("envelope %d lacks %q: %s", i+1, want, ps[i])
					}
				}
			}
			info, err := exec.Command("pdfinfo", path).Output()
			if err != nil {
				t.Skip("pdfinfo is not installed")
			}
			if !strings.Contains(strings.Join(strings.Fields(string(info)), " "), "Page size: "+points+" pts") {
				t.Errorf("pdfinfo says:\n%s\nwant pages of %s pts", info, points)
			}
		})
	}
	if _, err := documents.ParseEnvelopeSize("B4"); err == nil {
		t.Error("B4 was taken for an envelope size")
	}
}

// TestPlaceCards prints a tent card per guest with the name of whoever
// comes and the country, once upright and once upside down.
func TestPlaceCards(t *testing.T) {
	e, list := briefing(t)
	guests := documents.Guests(list)
	path, n := write(t, documents.Job{Kind: documents.PlaceCards, Lang: i18n.En, Event: e, Invitees: list})
	ps := pages(t, path)
	if n != len(guests) || len(ps) != len(guests) {
		t.Fatalf("%d cards, %d pages; want %d", n, len(ps), len(guests))
	}
	for i, in := range guests {
		who := in.Placed.Person
		if in.RepresentedBy.ID != 0 {
			who = in.RepresentedBy
		}
		name := i18n.En.ListedName(who, in.Placed.Mission.Country)
		if !strings.Contains(ps[i], name) {
			t.Errorf("card %d lacks %q: %s", i+1, name, ps[i])
		}
	}
}

// TestBadgesCarryTheInvitationsQRCode reads the QR codes back out of the
// badges' PDF (pdfimages) and compares each with the code rsc.io/qr
// makes of LIAISON-INV:<event>:<person>, module by module.
func TestBadgesCarryTheInvitationsQRCode(t *testing.T) {
	if _, err := exec.LookPath("pdfimages"); err != nil {
		t.Skip("pdfimages (poppler-utils) is not installed; make test installs it")
	}
	e, list := briefing(t)
	guests := documents.Guests(list)
	path, n := write(t, documents.Job{Kind: documents.Badges, Lang: i18n.Ru, Event: e, Invitees: list})
	if n != len(guests) {
		t.Fatalf("%d badges, want %d", n, len(guests))
	}
	ps := pages(t, path)
	if want := (len(guests) + 7) / 8; len(ps) != want {
		t.Errorf("%d sheets, want %d (eight badges a sheet)", len(ps), want)
	}
	for i, in := range guests[:8] {
		who := in.Placed.Person
		if in.RepresentedBy.ID != 0 {
			who = in.RepresentedBy
		}
		// A long name takes two lines beside the next badge's: word by word.
		for _, w := range strings.Fields(i18n.Ru.PrintedName(who, in.Placed.Mission.Country)) {
			if !strings.Contains(ps[0], w) {
				t.Errorf("badge %d: %q is not on the first sheet", i+1, w)
			}
		}
	}
	dir := t.TempDir()
	if out, err := exec.Command("pdfimages", "-png", path, filepath.Join(dir, "qr")).CombinedOutput(); err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "qr-*.png"))
	if len(files) != len(guests) {
		t.Fatalf("%d images in the PDF, want a QR code for each of %d badges", len(files), len(guests))
	}
	for i, in := range guests {
		text := "LIAISON-INV:" + itoa(e.ID) + ":" + itoa(in.Placed.Person.ID)
		if !sameCode(t, files[i], text) {
			t.Errorf("badge %d (%s): its image is not the QR code of %q", i+1, in.Placed.Person.FullName(), text)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// sameCode reports whether the image in file is the QR code of text: the
// modules of qr.Encode(text) with a quiet zone of four around them.
func sameCode(t *testing.T, file, text string) bool {
	t.Helper()
	code, err := qr.Encode(text, qr.M)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	const quiet = 4
	if b := img.Bounds(); b.Dx() != code.Size+2*quiet || b.Dy() != code.Size+2*quiet {
		return false
	}
	for y := 0; y < code.Size+2*quiet; y++ {
		for x := 0; x < code.Size+2*quiet; x++ {
			r, _, _, _ := img.At(x, y).RGBA()
			if (r < 0x8000) != code.Black(x-quiet, y-quiet) {
				return false
			}
		}
	}
	return true
}

// TestFillText leaves out the optional parts whose placeholders are
// empty, and the lines they leave empty.
func TestFillText(t *testing.T) {
	text := "Invited to {{EventTitle}}.\n[[Dress code: {{DressCode}}]]\nOn {{EventDate}}[[ at {{EventTime}}]].\n\nEnd."
	got := documents.FillText(text, map[string]string{"EventTitle": "Briefing", "EventDate": "10 December 2026"})
	if want := "Invited to Briefing.\nOn 10 December 2026.\n\nEnd."; got != want {
		t.Errorf("FillText = %q, want %q", got, want)
	}
	if err := documents.CheckText("Dear {{Adressee}} {{Salutation}}"); err == nil || !strings.Contains(err.Error(), "{{Adressee}}") {
		t.Errorf("CheckText of a misspelt placeholder: %v", err)
	}
	for _, l := range i18n.Langs {
		if err := documents.CheckText(documents.DefaultText(l)); err != nil {
			t.Errorf("%s default text: %v", l, err)
		}
	}
}

// TestBadInput refuses what cannot be printed with an error and no PDF.
func TestBadInput(t *testing.T) {
	e, list := briefing(t)
	png := filepath.Join(t.TempDir(), "head.png")
	if err := os.WriteFile(png, []byte("not an image"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := map[string]documents.Job{
		"unknown kind":           {Kind: "posters", Event: e, Invitees: list},
		"unknown placeholder":    {Kind: documents.Letters, Event: e, Invitees: list, Text: "{{Nobody}}"},
		"letterhead not a image": {Kind: documents.Letters, Event: e, Invitees: list, Settings: documents.Settings{Letterhead: png}},
		"missing letterhead":     {Kind: documents.Letters, Event: e, Invitees: list, Settings: documents.Settings{Letterhead: png + ".gone"}},
		"nobody":                 {Kind: documents.Badges, Event: e},
		"envelope size":          {Kind: documents.Envelopes, Event: e, Invitees: list, Envelope: "A3"},
	}
	for name, j := range tests {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := j.Write(&buf); err == nil || buf.Len() != 0 {
				t.Errorf("err %v, %d bytes written", err, buf.Len())
			}
		})
	}
}

// BenchmarkLetters500 writes 500 letters: the issue asks for under 2 s.
func BenchmarkLetters500(b *testing.B) {
	e, list := briefing(b)
	to := notDeclined(list)
	var many []documents.Invitee
	for len(many) < 500 {
		many = append(many, to...)
	}
	many = many[:500]
	j := documents.Job{Kind: documents.Letters, Lang: i18n.Kk, Event: e, Invitees: many, Settings: settings}
	b.ResetTimer()
	for range b.N {
		var buf bytes.Buffer
		if n, err := j.Write(&buf); err != nil || n != 500 {
			b.Fatal(n, err)
		}
	}
}

// TestLongLetterGoesOnToAnotherPage keeps a long text whole: it runs on
// to a second page instead of off the first.
func TestLongLetterGoesOnToAnotherPage(t *testing.T) {
	e, list := briefing(t)
	long := strings.Repeat("Paragraph of a long letter that the officer wrote by hand.\n", 60) + "The last line."
	path, _ := write(t, documents.Job{Kind: documents.Letters, Lang: i18n.En, Event: e, Invitees: list[:1], Text: long, Settings: settings})
	ps := pages(t, path)
	if len(ps) < 2 || !strings.Contains(ps[len(ps)-1], "The last line.") || !strings.Contains(ps[len(ps)-1], "А. Сейтқали") {
		t.Errorf("%d pages; the last: %s", len(ps), ps[len(ps)-1])
	}
}
