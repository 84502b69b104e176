package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"liaison/internal/documents"
	"liaison/internal/safefile"
)

// writeDOCXLetters merges the event's letters into the office's Word
// template (--template FILE.docx) and writes one .docx, a letter per
// invitee who has not declined.
func writeDOCXLetters(ctx context.Context, c *cmdContext, a documentsArgs) error {
	if kind, err := documents.ParseKind(a.kind); err != nil {
		return err
	} else if kind != documents.Letters {
		return fmt.Errorf("--template makes letters only; leave it out for --kind %s", kind)
	}
	if a.letterhead != "" || a.text != "" || a.size != "" || a.sender != "" {
		return errors.New("--template: the letterhead and the text are the Word template's; leave out --letterhead, --text, --size and --sender")
	}
	if !strings.EqualFold(filepath.Ext(a.out), ".docx") {
		return fmt.Errorf("-o %s: letters from a Word template are a Word document; name the file .docx", a.out)
	}
	f, err := os.Open(a.template)
	if err != nil {
		return fmt.Errorf("--template: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("--template: %w", err)
	}
	j := documents.Job{Kind: documents.Letters, Lang: a.lang, Settings: documents.Settings{
		Signatory: a.signatory, SignatoryTitle: a.signatoryTitle, Today: c.now(),
	}}
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
		n, err = j.WriteDOCX(f, st.Size(), w)
		return err
	}); err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "Wrote %d letters to %s.\n", n, a.out)
	return err
}
