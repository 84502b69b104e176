package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"liaison/internal/exporter"
	"liaison/internal/i18n"
	"liaison/internal/importer"
	"liaison/internal/safefile"
	"liaison/internal/store"
	"liaison/internal/xlsx"
)

// importExcel imports diplomatic lists, and invitation lists that came back
// with replies, from Excel workbooks.
func importExcel(ctx context.Context, c *cmdContext, files []string, sheet string, dryRun bool) error {
	var entries []xlsx.Entry
	var replies []xlsx.Reply
	var problems, replyProblems []xlsx.Problem
	var notes []string
	for _, path := range files {
		book, err := readBook(path)
		if err != nil {
			return err
		}
		found := false
		for _, s := range book.Sheets {
			if sheet != "" && !strings.EqualFold(s.Name, sheet) {
				continue
			}
			found = true
			switch {
			case s.HeaderRow == 0:
				notes = append(notes, fmt.Sprintf("%s, sheet %s: no header row found in the first rows; left out", path, s.Name))
			case s.IsInvitationList():
				r, ps := s.ReadReplies(s.Mapping, i18n.En)
				replies, replyProblems = append(replies, r...), append(replyProblems, ps...)
			default:
				e, ps := s.Entries(s.Mapping, i18n.En)
				entries, problems = append(entries, e...), append(problems, ps...)
			}
		}
		if !found {
			return fmt.Errorf("%s has no sheet %q", path, sheet)
		}
	}
	for _, n := range notes {
		fmt.Fprintln(c.stdout, n)
	}
	var list *importer.ListPlan
	var reply *importer.ReplyPlan
	var err error
	if len(entries) > 0 || len(problems) > 0 {
		if list, err = importer.NewListPlan(ctx, c.s, i18n.En, entries, problems); err != nil {
			return err
		}
		if err := list.WriteReport(c.stdout, i18n.En); err != nil {
			return err
		}
	}
	if len(replies) > 0 || len(replyProblems) > 0 {
		if reply, err = importer.NewReplyPlan(ctx, c.s, i18n.En, replies, replyProblems); err != nil {
			return err
		}
		if err := reply.WriteReport(c.stdout, i18n.En); err != nil {
			return err
		}
	}
	if list == nil && reply == nil {
		return errors.New("nothing to import: no sheet has a header Liaison recognises (Country, Mission, Head of mission...)")
	}
	if dryRun {
		_, err := fmt.Fprintln(c.stdout, "Dry run: nothing was written.")
		return err
	}
	batch, err := importer.ApplyBook(ctx, c.s, importer.SourceName(files), list, reply, c.today())
	if err != nil {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	if batch == 0 {
		_, err = fmt.Fprintln(c.stdout, "Imported: nothing changed.")
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "Imported (import %d; `liaison undo-import` takes it back).\n", batch)
	return err
}

// readBook reads a workbook, naming the file in any error.
func readBook(path string) (*xlsx.Book, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, errors.Unwrap(err))
	}
	defer f.Close()
	book, err := xlsx.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", path, strings.TrimPrefix(err.Error(), "xlsx: "))
	}
	return book, nil
}

// exportExcel writes an event's invitation list, the missions directory
// or the people list.
func exportExcel(ctx context.Context, c *cmdContext, q store.ExportQuery, missions, people bool, out string, l i18n.Lang) error {
	ways := 0
	for _, given := range []bool{q.EventID != 0, missions, people} {
		if given {
			ways++
		}
	}
	switch {
	case ways != 1:
		return errors.New("export --format xlsx needs one of --event ID, --missions or --people")
	case out == "":
		return errors.New("export needs -o FILE")
	}
	var job exporter.Job
	var err error
	switch {
	case q.EventID != 0:
		job, err = exporter.Invitations(ctx, c.s, l, q.EventID)
	case missions:
		job, err = exporter.Missions(ctx, c.s, l, c.today())
	default:
		job, err = exporter.People(ctx, c.s, l, c.today())
	}
	if err != nil {
		return err
	}
	return writeJob(c, job, out)
}

// writeJob writes an export through a temporary file and says what it
// wrote.
func writeJob(c *cmdContext, job exporter.Job, out string) error {
	var rep xlsx.Report
	if err := safefile.Write(out, func(w io.Writer) error {
		var err error
		rep, err = job.Write(w)
		return err
	}); err != nil {
		return err
	}
	for _, t := range rep.Truncated {
		fmt.Fprintf(c.stdout, "Cut to Excel's limit of 32,767 characters: %s\n", t)
	}
	_, err := fmt.Fprintf(c.stdout, "Wrote %s to %s.\n", job.What(i18n.En), out)
	return err
}
