package cli

import (
	"context"
	"fmt"
	"io"

	"liaison/internal/documents"
	"liaison/internal/safefile"
)

// isSeatingKind reports whether the documents verb's --kind is one the
// seating part writes.
func isSeatingKind(kind string) bool {
	return kind == string(documents.SeatingPlan) || kind == string(documents.SeatList)
}

// writeSeatingDocument writes the event's seating plan (the stored one,
// else one made on the fly at round tables of ten) as a table plan
// (--kind seating) or the alphabetical who-sits-where list (seat-list).
func writeSeatingDocument(ctx context.Context, c *cmdContext, a documentsArgs) error {
	if a.template != "" || a.size != "" || a.letterhead != "" || a.text != "" || a.signatory != "" || a.signatoryTitle != "" || a.sender != "" {
		return fmt.Errorf("--kind %s takes only --event, --lang and -o", a.kind)
	}
	e, err := c.s.Event(ctx, a.eventID)
	if err != nil {
		return err
	}
	plan, stored, err := c.s.Seating(ctx, a.eventID)
	if err != nil {
		return err
	}
	var n int
	if err := safefile.Write(a.out, func(w io.Writer) error {
		n, err = documents.WriteSeating(w, documents.Kind(a.kind), a.lang, e, plan, c.now())
		return err
	}); err != nil {
		return err
	}
	what := fmt.Sprintf("the seating plan (%d tables", n)
	if !stored {
		what += ", not stored: made now at round tables of ten"
	}
	what += ")"
	if a.kind == string(documents.SeatList) {
		what = fmt.Sprintf("the seat list (%d guests)", n)
	}
	_, err = fmt.Fprintf(c.stdout, "Wrote %s to %s.\n", what, a.out)
	return err
}
