package documents

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// A Kind is a kind of document made from an event's list.
type Kind string

// The kinds of PDF document.
const (
	Letters    Kind = "letters"
	Envelopes  Kind = "envelopes"
	PlaceCards Kind = "place-cards"
	Badges     Kind = "badges"
)

// Kinds are the PDF kinds in the order a menu offers them.
var Kinds = []Kind{Letters, Envelopes, PlaceCards, Badges}

// ParseKind reads a kind by its name ("place-cards").
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == strings.ToLower(strings.TrimSpace(s)) {
			return k, nil
		}
	}
	return "", fmt.Errorf("documents: %q is not a kind of document; the kinds are letters, envelopes, place-cards and badges", s)
}

// An Invitee is one line of an event's list as the caller gives it, in
// order of precedence (store.InvitationRow carries the same).
type Invitee struct {
	Invitation    liaison.Invitation
	Placed        liaison.Placed // the invitee, their mission and its head
	RepresentedBy liaison.Person // who comes instead; zero when nobody
}

// LetterRecipients are the invitees a letter (and an envelope) goes to:
// everyone on the list who has not declined, in the list's order.
func LetterRecipients(all []Invitee) []Invitee {
	var out []Invitee
	for _, in := range all {
		if in.Invitation.Status != liaison.Declined {
			out = append(out, in)
		}
	}
	return out
}

// Guests are the invitees who get a place card and a badge: those sent
// an invitation who have not declined (invited, accepted, no reply yet,
// and on or after the day attended or not come), in the list's order.
// Invitees only planned have not been asked yet.
func Guests(all []Invitee) []Invitee {
	var out []Invitee
	for _, in := range all {
		if s := in.Invitation.Status; s != liaison.Declined && s != liaison.Planned {
			out = append(out, in)
		}
	}
	return out
}

// comer is who comes: the deputy when one comes instead, else the
// invitee.
func (in Invitee) comer() liaison.Person {
	if in.RepresentedBy.ID != 0 {
		return in.RepresentedBy
	}
	return in.Placed.Person
}

// ErrNobody is returned when the list has nobody for the kind of
// document: a PDF of no pages helps no one.
var ErrNobody = errors.New("documents: nobody on the event's list gets this kind of document")

// A Job is one document to write: its kind, language, event and list,
// and what the kind needs besides.
type Job struct {
	Kind     Kind
	Lang     i18n.Lang
	Event    liaison.Event
	Invitees []Invitee // the event's whole list, in order of precedence
	Settings Settings
	// Text is the letters' template (see DefaultText); "" for the
	// language's default.
	Text string
	// Envelope is the size of envelopes; "" for DL.
	Envelope EnvelopeSize
	// Sender is the line at the top left of an envelope; "" for the
	// event's host.
	Sender string
}

// Write writes the job's PDF to w and returns how many letters,
// envelopes, cards or badges it holds.
func (j Job) Write(w io.Writer) (int, error) {
	var (
		pdf *fpdf.Fpdf
		n   int
		err error
	)
	switch j.Kind {
	case Letters:
		pdf, n, err = j.letters()
	case Envelopes:
		pdf, n, err = j.envelopes()
	case PlaceCards:
		pdf, n, err = j.placeCards()
	case Badges:
		pdf, n, err = j.badges()
	default:
		_, err = ParseKind(string(j.Kind))
	}
	if err != nil {
		return 0, err
	}
	if err := pdf.Output(w); err != nil {
		return 0, fmt.Errorf("documents: %w", err)
	}
	return n, nil
}

// today is the date of the documents.
func (j Job) today() time.Time {
	if j.Settings.Today.IsZero() {
		return time.Now()
	}
	return j.Settings.Today
}

// newPDF starts a document measured in millimetres, set in the embedded
// fonts, without automatic page breaks (each kind lays out its pages).
func newPDF(j Job, orientation string, size fpdf.SizeType) *fpdf.Fpdf {
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: orientation, UnitStr: "mm", Size: size})
	addFonts(pdf)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCreator("Liaison", true)
	pdf.SetTitle(j.Event.Title, true)
	pdf.SetCreationDate(j.today())
	pdf.SetModificationDate(j.today())
	return pdf
}

// a4 is the size of an A4 sheet, portrait, in millimetres.
var a4 = fpdf.SizeType{Wd: 210, Ht: 297}

// fitSize sets and returns the largest font size in points, from max
// down to min in half points, at which s fits in the width w in
// millimetres; min when none does.
func fitSize(pdf *fpdf.Fpdf, style, s string, w, max, min float64) float64 {
	size := max
	for ; size > min; size -= 0.5 {
		pdf.SetFont(fontFamily, style, size)
		if pdf.GetStringWidth(s) <= w {
			return size
		}
	}
	pdf.SetFont(fontFamily, style, min)
	return min
}

// lineHeight is the height in millimetres of a line of text in the
// font size (points): 1.35 times the size.
func lineHeight(size float64) float64 { return size * 0.3528 * 1.35 }

// countryLine is how a card or a badge names where the guest comes
// from: the country in the language, or the organisation's short name;
// "" for a guest of no mission.
func countryLine(l i18n.Lang, m liaison.Mission) string {
	if m.Country != "" {
		return l.Country(m.Country)
	}
	if n := m.NamesIn(string(l)); n.Short != "" {
		return n.Short
	}
	if m.ShortName != "" {
		return m.ShortName
	}
	return missionName(l, m)
}

// pdfErr adds the package's prefix to an error fpdf recorded.
func pdfErr(pdf *fpdf.Fpdf) error {
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	return nil
}

// imageType is fpdf's name of an image's format, read from its first
// bytes; "" when it is no PNG or JPEG.
func imageType(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "PNG"
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return "JPG"
	}
	return ""
}
