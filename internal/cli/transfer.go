package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"liaison/internal/exporter"
	"liaison/internal/i18n"
	"liaison/internal/importer"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

func runImport(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("import")
	dryRun := fs.Bool("dry-run", false, "")
	sheet := fs.String("sheet", "", "")
	mergeLikely := fs.Bool("merge-likely", false, "")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("import needs a file: liaison import [--dry-run] [--sheet NAME] FILE.vcf|FILE.xlsx")
	}
	excel := 0
	for _, f := range files {
		if ext := strings.ToLower(filepath.Ext(f)); ext == ".xlsx" || ext == ".xlsm" {
			excel++
		}
	}
	switch {
	case excel == len(files) && *mergeLikely:
		return errors.New("--merge-likely goes with vCard files")
	case excel == len(files):
		return importExcel(ctx, c, files, *sheet, *dryRun)
	case excel > 0:
		return errors.New("import vCard and Excel files in separate commands")
	case *sheet != "":
		return errors.New("--sheet goes with Excel files")
	}
	var sources []importer.Source
	for _, f := range files {
		src, err := readSource(f)
		if err != nil {
			return err
		}
		sources = append(sources, src)
	}
	plan, err := importer.NewPlanWith(ctx, c.s, importer.Options{MergeLikely: *mergeLikely}, sources...)
	if err != nil {
		return err
	}
	if err := plan.WriteReport(c.stdout, i18n.En); err != nil {
		return err
	}
	counts := plan.Counts()
	switch {
	case counts.Likely == 1:
		fmt.Fprintln(c.stdout, "1 card is possibly someone already stored and stays a new person; --merge-likely merges it.")
	case counts.Likely > 1:
		fmt.Fprintf(c.stdout, "%d cards are possibly someone already stored and stay new people; --merge-likely merges them.\n", counts.Likely)
	}
	switch {
	case *dryRun:
		_, err = fmt.Fprintln(c.stdout, "Dry run: nothing was written.")
		return err
	case counts.New+counts.Update == 0:
		_, err = fmt.Fprintln(c.stdout, "Nothing to import: every card is already in Liaison or was skipped.")
		return err
	}
	batch, err := plan.Apply(ctx, c.s)
	if err != nil {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	_, err = fmt.Fprintf(c.stdout, "Imported: %d new, %d updated (import %d; `liaison undo-import` takes it back).\n",
		counts.New, counts.Update, batch)
	return err
}

// readSource reads the contacts of one file, by its extension.
func readSource(path string) (importer.Source, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".vcf", ".vcard":
	default:
		return importer.Source{}, fmt.Errorf("%s: Liaison imports vCard (.vcf) and Excel (.xlsx, .xlsm) files", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return importer.Source{}, fmt.Errorf("cannot open %s: %w", path, errors.Unwrap(err))
	}
	defer f.Close()
	contacts, err := vcf.Decode(f, i18n.En)
	if err != nil {
		return importer.Source{}, fmt.Errorf("%s: %s", path, strings.TrimPrefix(err.Error(), "vcf: "))
	}
	return importer.Source{Name: path, Contacts: contacts}, nil
}

func runExport(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("export")
	format := fs.String("format", "", "")
	out := fs.String("o", "", "")
	version := fs.String("vcard-version", string(vcf.V3), "")
	langName := fs.String("lang", "", "")
	all := fs.Bool("all", false, "")
	var q store.ExportQuery
	fs.Func("event", "", func(s string) (err error) { q.EventID, err = parseID(s); return err })
	fs.Func("mission", "", func(s string) (err error) { q.MissionID, err = parseID(s); return err })
	var people idList
	fs.Var(&people, "person", "")
	missions := fs.Bool("missions", false, "")
	peopleList := fs.Bool("people", false, "")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if err := noArgs("export", rest); err != nil {
		return err
	}
	q.PersonIDs, q.IncludeDeparted = people, *all
	if *format == "xlsx" {
		l := c.lang
		if *langName != "" {
			var ok bool
			if l, ok = i18n.Parse(*langName); !ok {
				return fmt.Errorf("--lang %q: Liaison writes lists in en, ru or kk", *langName)
			}
		}
		return exportExcel(ctx, c, q, *missions, *peopleList, *out, l)
	}
	switch {
	case *format != "vcf":
		return fmt.Errorf("export needs --format vcf or xlsx (got %q)", *format)
	case *missions || *peopleList:
		return errors.New("--missions and --people go with --format xlsx")
	case *out == "":
		return errors.New("export needs -o FILE")
	case q.EventID != 0 && q.MissionID != 0:
		return errors.New("export takes --event or --mission, not both")
	}
	v := vcf.Version(*version)
	if v != vcf.V3 && v != vcf.V4 {
		return fmt.Errorf("--vcard-version %q: use 3.0 or 4.0", *version)
	}
	job, err := exporter.VCards(ctx, c.s, q, v)
	if err != nil {
		return err
	}
	return writeJob(c, job, *out)
}
