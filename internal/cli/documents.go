package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"liaison/internal/documents"
	"liaison/internal/i18n"
	"liaison/internal/safefile"
	"liaison/internal/store"
)

// documentsArgs are the options of the documents verb: what every kind
// reads, and what some kinds add.
type documentsArgs struct {
	eventID        int64
	kind           string
	lang           i18n.Lang
	out            string
	template       string // a .docx template (the docx part adds it)
	size           string // envelopes: DL, C5 or C4
	letterhead     string // letters: a PNG or JPEG
	text           string // letters: a file with the template text
	signatory      string
	signatoryTitle string
	sender         string // envelopes: the sender's line
}

// runDocuments writes an event's paperwork from its list: invitation
// letters, envelopes, place cards or badges, as a PDF.
func runDocuments(ctx context.Context, c *cmdContext, args []string) error {
	a := documentsArgs{lang: c.lang}
	fs := newFlags("documents")
	fs.Func("event", "", func(s string) (err error) { a.eventID, err = parseID(s); return err })
	fs.StringVar(&a.kind, "kind", "", "")
	fs.Func("lang", "", func(s string) error {
		l, ok := i18n.Parse(s)
		if !ok {
			return fmt.Errorf("%q: Liaison writes documents in en, ru or kk", s)
		}
		a.lang = l
		return nil
	})
	fs.StringVar(&a.out, "o", "", "")
	fs.StringVar(&a.template, "template", "", "")
	fs.StringVar(&a.size, "size", "", "")
	fs.StringVar(&a.letterhead, "letterhead", "", "")
	fs.StringVar(&a.text, "text", "", "")
	fs.StringVar(&a.signatory, "signatory", "", "")
	fs.StringVar(&a.signatoryTitle, "signatory-title", "", "")
	fs.StringVar(&a.sender, "sender", "", "")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if err := noArgs("documents", rest); err != nil {
		return err
	}
	if err := requireID("documents", "event", a.eventID); err != nil {
		return err
	}
	if a.out == "" {
		return errors.New("documents needs -o FILE")
	}
	// Each kind of document is written by its part: the PDF kinds here,
	// the others by theirs, one case each: letters merged into a Word
	// template (--template FILE.docx) and the seating kinds (seating,
	// seat-list) go before the default.
	switch {
	case a.kind == "":
		return errors.New("documents needs --kind letters, envelopes, place-cards or badges")
	case isSeatingKind(a.kind):
		return writeSeatingDocument(ctx, c, a)
	case a.template != "":
		return writeDOCXLetters(ctx, c, a)
	default:
		return writePDFDocument(ctx, c, a)
	}
}

// writePDFDocument writes letters, envelopes, place cards or badges.
func writePDFDocument(ctx context.Context, c *cmdContext, a documentsArgs) error {
	kind, err := documents.ParseKind(a.kind)
	if err != nil {
		return err
	}
	j := documents.Job{Kind: kind, Lang: a.lang, Sender: a.sender, Settings: documents.Settings{
		Signatory: a.signatory, SignatoryTitle: a.signatoryTitle, Letterhead: a.letterhead, Today: c.now(),
	}}
	if kind == documents.Envelopes {
		if j.Envelope, err = documents.ParseEnvelopeSize(a.size); err != nil {
			return err
		}
	} else if a.size != "" {
		return errors.New("--size goes with --kind envelopes")
	}
	if kind != documents.Letters && (a.letterhead != "" || a.text != "" || a.signatory != "" || a.signatoryTitle != "") {
		return errors.New("--letterhead, --text, --signatory and --signatory-title go with --kind letters")
	}
	if a.text != "" {
		b, err := os.ReadFile(a.text)
		if err != nil {
			return fmt.Errorf("--text: %w", err)
		}
		j.Text = string(b)
		if err := documents.CheckText(j.Text); err != nil {
			return err
		}
	}
	if j.Event, err = c.s.Event(ctx, a.eventID); err != nil {
		return err
	}
	rows, err := c.s.Invitations(ctx, a.eventID)
	if err != nil {
		return err
	}
	j.Invitees = documentInvitees(rows)
	var n int
	if err := safefile.Write(a.out, func(w io.Writer) error {
		n, err = j.Write(w)
		return err
	}); err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "Wrote %d %s to %s.\n", n, kind, a.out)
	return err
}

// documentInvitees gives the documents the event's list.
func documentInvitees(rows []store.InvitationRow) []documents.Invitee {
	out := make([]documents.Invitee, len(rows))
	for i, r := range rows {
		out[i] = documents.Invitee{Invitation: r.Invitation, Placed: r.Placed, RepresentedBy: r.RepresentedBy}
	}
	return out
}
