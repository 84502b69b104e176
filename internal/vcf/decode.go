// Package vcf reads and writes vCard files (.vcf), the business cards that
// Outlook, phones and colleagues exchange.
//
// Decode reads the shapes real clients write: it unfolds the lines, undoes
// quoted-printable, reads each value in the charset its line names (any
// the WHATWG or IANA lists know) or, for 8-bit text that names none, in
// the code page that spells it best, takes the bare parameters of vCard
// 2.1, splits structured values at the separators that are not escaped,
// and maps each card to a liaison.Person. A value Liaison's checks refuse
// (a phone that is a sentence, an address like contact1@invalid) is kept
// in the person's notes: only a card without a name is skipped. Encode
// writes vCard 3.0 or 4.0 with the escaping and folding the standards
// ask for. The package does no database work: the caller decides what a
// contact becomes.
package vcf

import (
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	vcard "github.com/emersion/go-vcard"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// A Contact is one card of a file, as Liaison reads it.
type Contact struct {
	Line   int            // the line of the file the card begins on
	Person liaison.Person // MissionID is 0: Org names the mission
	// Org is the organisation the card names (ORG's first part): the
	// mission, to be matched to a stored one or created.
	Org string
	// OrgKind and OrgCountry are known when the card comes from
	// Liaison's own export; otherwise the importer guesses them.
	OrgKind    liaison.MissionKind
	OrgCountry string
	Photo      liaison.Photo // zero when the card has none (or it was left out)
	// Skip says why the card cannot be imported ("no name"); zero when
	// it can.
	Skip i18n.Message
	// Notes say what of the card was left out or kept elsewhere and why,
	// and which charset its 8-bit text was guessed to be in.
	Notes []i18n.Message
}

// Decode reads every card of a vCard file. A file that is not a vCard, is
// cut off, or breaks a limit is an error, and no contact is returned; a
// card without a name comes back with Skip set, and a value of a card
// that Liaison's checks refuse is kept in the person's notes, labelled
// in the language l ("Телефон: +1-800-MYFAX"): that is stored text. Skip
// and Notes are Messages, said where they are shown.
func Decode(r io.Reader, l i18n.Lang) ([]Contact, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fileError(msg("cannot read the file: %w"), err)
	}
	if len(data) > MaxFileSize {
		return nil, fileError(msg("the file is larger than %d MB; split it into smaller files"), MaxFileSize>>20)
	}
	if data, err = toUTF8(data); err != nil {
		return nil, err
	}
	raws, err := splitCards(data)
	if err != nil {
		return nil, err
	}
	return decodeCards(raws, l), nil
}

// decodeCards decodes the cards on every core: each card stands alone, and
// a file of 100,000 cards takes half the time on two.
func decodeCards(raws []rawCard, l i18n.Lang) []Contact {
	contacts := make([]Contact, len(raws))
	workers := min(runtime.GOMAXPROCS(0), 1+len(raws)/256)
	if workers == 1 {
		for i, raw := range raws {
			contacts[i] = decodeCard(raw, l)
		}
		return contacts
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(raws); i += workers {
				contacts[i] = decodeCard(raws[i], l)
			}
		}()
	}
	wg.Wait()
	return contacts
}

// decodeCard reads one card's content lines, decodes their text and maps
// the card. A value Liaison cannot use is kept in the notes
// (keepInvalid): only a card without a name is skipped.
func decodeCard(raw rawCard, l i18n.Lang) Contact {
	c := Contact{Line: raw.line}
	props := make([]property, 0, len(raw.lines))
	for _, line := range raw.lines {
		if p, ok := parseProperty(line); ok {
			props = append(props, p)
		}
	}
	card := cardText(props, &c)
	mapCard(card, &c)
	if c.Person.HeadOfMission && c.Org == "" {
		c.Person.HeadOfMission = false
		c.Notes = append(c.Notes, i18n.M("head of mission: the card names no mission; left out"))
	}
	if c.Skip.IsZero() {
		keepInvalid(&c, l)
	}
	return c
}

// mapCard fills the contact from the card's properties.
func mapCard(card vcard.Card, c *Contact) {
	p := &c.Person
	readName(card, p)
	fn := text(card.PreferredValue(vcard.FieldFormattedName))
	switch {
	case p.FamilyName == "" && p.GivenName == "" && fn != "":
		p.FamilyName, p.GivenName, p.MiddleName = liaison.SplitFullName(fn)
	case fn != "" && script(fn) != script(p.FullName()):
		p.AltName = fn // the name in the other script
	}
	if p.FamilyName == "" && p.GivenName == "" {
		p.GivenName = nickname(card)
	}
	if p.FamilyName == "" && p.GivenName == "" {
		c.Skip = i18n.M("no name")
	}
	if f := card.Get(vcard.FieldOrganization); f != nil {
		c.Org = part(structuredParts(f.Value), 0)
	}
	p.Position = text(card.PreferredValue(vcard.FieldTitle))
	if p.Position == "" && card.Get(xRank) == nil {
		// ROLE stands for the position when there is no TITLE, except in
		// Liaison's own export, where ROLE is the rank.
		p.Position = text(card.PreferredValue(vcard.FieldRole))
	}
	if r, ok := rankOf(p.Position); ok {
		p.Rank = r
	}
	p.Emails = emails(card)
	p.Phones = phones(card)
	p.Address = address(card)
	var notes []string
	for _, v := range card.Values(vcard.FieldNote) {
		notes = append(notes, unescape(v))
	}
	p.Notes = strings.TrimSpace(strings.Join(notes, "\n"))
	p.UID = uid(text(card.Value(vcard.FieldUID)))
	for _, f := range card[vcard.FieldLanguage] {
		if v := text(f.Value); v != "" {
			p.Languages = append(p.Languages, v)
		}
	}
	if f := card.Get(vcard.FieldRelated); f != nil && f.Params.HasType("spouse") {
		p.Spouse = text(f.Value)
	}
	c.Photo = photo(card, c)
	readOwnFields(card, c)
}

// readName reads N: family, given and additional names, prefix, suffix.
// In vCard 3.0 and 4.0 each part may list several names, separated by the
// commas that are not escaped; they are joined with a space (a comma for
// suffixes: "Jr., M.D.").
func readName(card vcard.Card, p *liaison.Person) {
	f := card.Get(vcard.FieldName)
	if f == nil {
		return
	}
	version := strings.TrimSpace(card.Value(vcard.FieldVersion))
	lists := strings.HasPrefix(version, "3") || strings.HasPrefix(version, "4")
	n := components(f.Value, ';')
	name := func(i int, sep string) string {
		if i < len(n) {
			return listValue(n[i], lists, sep)
		}
		return ""
	}
	p.FamilyName, p.GivenName, p.MiddleName = name(0, " "), name(1, " "), name(2, " ")
	p.Salutation, p.Suffix = name(3, " "), name(4, ", ")
}

// nickname returns the card's nickname, "" for none: NICKNAME, or the
// nickname Android writes as X-ANDROID-CUSTOM. A card with only a
// nickname is still someone's.
func nickname(card vcard.Card) string {
	if f := card.Get(vcard.FieldNickname); f != nil {
		if nick := text(components(f.Value, ',')[0]); nick != "" {
			return nick
		}
	}
	for _, f := range card["X-ANDROID-CUSTOM"] {
		parts := structuredParts(f.Value)
		if len(parts) > 1 && parts[0] == "vnd.android.cursor.item/nickname" {
			return parts[1]
		}
	}
	return ""
}

// ranks remembers the rank of each title seen: a file of a hundred
// thousand cards has a few dozen titles.
var ranks sync.Map // title → rankResult

type rankResult struct {
	rank liaison.Rank
	ok   bool
}

func rankOf(title string) (liaison.Rank, bool) {
	if title == "" {
		return "", false
	}
	if r, ok := ranks.Load(title); ok {
		return r.(rankResult).rank, r.(rankResult).ok
	}
	r, ok := liaison.RankFromTitle(title)
	ranks.Store(title, rankResult{r, ok})
	return r, ok
}

// text reads a text value: unescaped, trimmed.
func text(v string) string {
	return strings.TrimSpace(unescape(v))
}

// part returns the i-th component, or "".
func part(parts []string, i int) string {
	if i < len(parts) {
		return strings.TrimSpace(parts[i])
	}
	return ""
}

// script returns 'C' for text with Cyrillic letters, 'L' for Latin only,
// 0 for neither.
func script(s string) rune {
	latin := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			return 'C'
		case unicode.Is(unicode.Latin, r):
			latin = true
		}
	}
	if latin {
		return 'L'
	}
	return 0
}

// uid strips the urn:uuid: prefix UIDs often carry.
func uid(v string) string {
	v = strings.TrimSpace(v)
	if len(v) > 9 && strings.EqualFold(v[:9], "urn:uuid:") {
		v = v[9:]
	}
	return v
}

// preference orders fields: preferred first (TYPE=pref in 3.0, PREF=1 in
// 4.0, lower first), then as they came.
func preference(f *vcard.Field) int {
	if v := f.Params.Get(vcard.ParamPreferred); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	if f.Params.HasType("pref") {
		return 1
	}
	return 101
}

func byPreference(fields []*vcard.Field) []*vcard.Field {
	out := slices.Clone(fields)
	slices.SortStableFunc(out, func(a, b *vcard.Field) int { return preference(a) - preference(b) })
	return out
}

func emails(card vcard.Card) []string {
	var out distinct
	for _, f := range byPreference(card[vcard.FieldEmail]) {
		if v := emailAddress(text(f.Value)); v != "" {
			out.add(v)
		}
	}
	return out.list
}

// distinct lists values once each, in the order first seen. A card may
// have thousands of phones: past a few, a set answers what was seen.
type distinct struct {
	list []string
	seen map[string]bool
}

func (d *distinct) add(s string) {
	switch {
	case d.seen != nil:
		if d.seen[s] {
			return
		}
		d.seen[s] = true
	case slices.Contains(d.list, s):
		return
	case len(d.list) == 8:
		d.seen = make(map[string]bool)
		for _, v := range d.list {
			d.seen[v] = true
		}
		d.seen[s] = true
	}
	d.list = append(d.list, s)
}

// phoneLabels name the vCard phone types Liaison shows.
var phoneLabels = []struct{ typ, label string }{
	{"cell", liaison.PhoneMobile}, {"mobile", liaison.PhoneMobile}, {"fax", liaison.PhoneFax},
	{"pager", "pager"}, {"work", liaison.PhoneWork}, {"home", liaison.PhoneHome},
}

func phones(card vcard.Card) []string {
	labels := groupLabels(card)
	var out distinct
	for _, f := range byPreference(card[vcard.FieldTelephone]) {
		number := text(f.Value)
		if len(number) > 4 && strings.EqualFold(number[:4], "tel:") {
			number = strings.ReplaceAll(number[4:], "-", " ")
		}
		if number == "" {
			continue
		}
		label := labels[f.Group]
		if label == "" {
			for _, pl := range phoneLabels {
				if f.Params.HasType(pl.typ) {
					label = pl.label
					break
				}
			}
		}
		out.add(liaison.JoinPhone(number, label))
	}
	return out.list
}

// groupLabels reads Apple's labels of grouped properties: "item1.TEL" with
// "item1.X-ABLabel:Reception", or a standard one such as
// "_$!<Mobile>!$_".
func groupLabels(card vcard.Card) map[string]string {
	out := map[string]string{}
	for _, f := range card["X-ABLABEL"] {
		l := text(f.Value)
		if strings.HasPrefix(l, "_$!<") && strings.HasSuffix(l, ">!$_") {
			l = strings.ToLower(l[4 : len(l)-4])
		}
		if f.Group != "" && l != "" && l != "other" {
			out[f.Group] = l
		}
	}
	return out
}

// address joins the parts of the preferred address, one per line: street,
// postal code and city, region, country.
func address(card vcard.Card) string {
	fields := byPreference(card[vcard.FieldAddress])
	if len(fields) == 0 {
		return ""
	}
	a := structuredParts(fields[0].Value)
	var lines []string
	for _, l := range []string{
		part(a, 0), part(a, 1), part(a, 2),
		strings.TrimSpace(part(a, 5) + " " + part(a, 3)),
		part(a, 4), part(a, 6),
	} {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// photo reads an embedded photo: ENCODING=b (3.0), ENCODING=BASE64 (2.1)
// or a data: URI (4.0). A linked photo, one that does not decode or one
// over liaison.MaxPhotoSize is left out with a note.
func photo(card vcard.Card, c *Contact) liaison.Photo {
	f := card.Get(vcard.FieldPhoto)
	if f == nil {
		return liaison.Photo{}
	}
	v := strings.TrimSpace(f.Value)
	var b64 string
	switch {
	case strings.HasPrefix(strings.ToLower(v), "data:"):
		_, data, ok := strings.Cut(v, ",")
		if !ok || !strings.Contains(strings.ToLower(v[:len(v)-len(data)]), "base64") {
			c.Notes = append(c.Notes, i18n.M("photo: not an embedded image, left out"))
			return liaison.Photo{}
		}
		b64 = data
	case strings.EqualFold(f.Params.Get("ENCODING"), "b"):
		b64 = v
	default:
		c.Notes = append(c.Notes, i18n.M("photo: a link, not an image; left out"))
		return liaison.Photo{}
	}
	b64 = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, b64)
	if base64.StdEncoding.DecodedLen(len(b64)) > liaison.MaxPhotoSize+3 {
		c.Notes = append(c.Notes, i18n.M("photo: %.1f MB, over the 2 MB kept; left out", float64(len(b64))*3/4/(1<<20)))
		return liaison.Photo{}
	}
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		if data, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(b64, "=")); err != nil {
			c.Notes = append(c.Notes, i18n.M("photo: damaged; left out"))
			return liaison.Photo{}
		}
	}
	ph := liaison.Photo{MIME: http.DetectContentType(data), Data: data}
	if err := ph.Validate(); err != nil {
		c.Notes = append(c.Notes, i18n.M("photo: %s; left out", photoProblem(err)))
		return liaison.Photo{}
	}
	return ph
}

// photoProblem is what is wrong with a photo, without naming the field:
// the note names it.
func photoProblem(err error) i18n.Sayer {
	var ps liaison.Problems
	if !errors.As(err, &ps) {
		return i18n.Text(err.Error())
	}
	return photoProblems(ps)
}

type photoProblems liaison.Problems

// In says each problem in l, without its field.
func (ps photoProblems) In(l i18n.Lang) string {
	whats := make([]string, len(ps))
	for i, p := range ps {
		whats[i] = l.Problem(p)
	}
	return strings.Join(whats, "; ")
}
