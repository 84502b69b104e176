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

// importExcel imports diplomatic lists, people lists and invitation lists
// that came back with replies, from Excel workbooks.
func importExcel(ctx context.Context, c *cmdContext, files []string, sheet string, dryRun bool) error {
	var books []importer.NamedBook
	for _, path := range files {
		book, err := readBook(path)
		if err != nil {
			return err
		}
		books = append(books, importer.NamedBook{Name: path, Book: book})
	}
	choices, notes, err := importer.Choose(books, sheet)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintln(c.stdout, n.In(i18n.En))
	}
	plan, err := importer.NewBookPlan(ctx, c.s, i18n.En, importer.SourceName(files), choices)
	switch {
	case err != nil:
		return err
	case plan.Empty():
		return errors.New("nothing to import: no sheet has a header Liaison recognises (Country, Mission, Head of mission...)")
	}
	if err := plan.WriteReport(c.stdout, i18n.En); err != nil {
		return err
	}
	if dryRun {
		_, err := fmt.Fprintln(c.stdout, "Dry run: nothing was written.")
		return err
	}
	batch, err := plan.Apply(ctx, c.s, c.today())
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
