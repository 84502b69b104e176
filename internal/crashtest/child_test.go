//go:build !race && (linux || darwin)

package crashtest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"liaison/internal/exporter"
	"liaison/internal/i18n"
	"liaison/internal/importer"
	"liaison/internal/liaison"
	"liaison/internal/safefile"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

// child does what the parent test asks of it: it prepares, says "ready",
// does the operation the parent will kill, and says "done".
func child(mode string) error {
	ctx := context.Background()
	db := os.Getenv(dbEnv)
	switch mode {
	case "import":
		batch, err := strconv.Atoi(os.Getenv(batchEnv))
		if err != nil {
			return fmt.Errorf("%s: %w", batchEnv, err)
		}
		return childImport(ctx, db, batch)
	case "export":
		return childExport(ctx, db, os.Getenv(targetEnv))
	case "backup":
		return childBackup(ctx, db, os.Getenv(targetEnv))
	}
	return fmt.Errorf("no such mode %q", mode)
}

func ready() { fmt.Println("ready") }
func done()  { fmt.Println("done") }

// childImport imports the cards of batch as liaison import does: decode,
// plan, apply in one transaction.
func childImport(ctx context.Context, db string, batch int) error {
	data := cards(batch, importCards)
	s, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	ready()
	contacts, err := vcf.Decode(bytes.NewReader(data), i18n.En)
	if err != nil {
		return err
	}
	plan, err := importer.NewPlan(ctx, s, importer.Source{Name: batchSource(batch), Contacts: contacts})
	if err != nil {
		return err
	}
	if c := plan.Counts(); c.New != importCards {
		return fmt.Errorf("the plan has %s; want %d new", c, importCards)
	}
	if _, err := plan.Apply(ctx, s); err != nil {
		return err
	}
	done()
	return nil
}

// childExport writes everyone at post to target as liaison export does
// (--format xlsx --people, or --format vcf): the format follows the
// target's extension.
func childExport(ctx context.Context, db, target string) error {
	s, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	ready()
	var job exporter.Job
	if filepath.Ext(target) == ".xlsx" {
		job, err = exporter.People(ctx, s, i18n.En, liaison.Day(2026, 11, 24))
	} else {
		job, err = exporter.VCards(ctx, s, store.ExportQuery{}, vcf.V3)
	}
	if err != nil {
		return err
	}
	if err := safefile.Write(target, func(w io.Writer) error {
		_, err := job.Write(w)
		return err
	}); err != nil {
		return err
	}
	done()
	return nil
}

// childBackup backs the database up to target as liaison backup does.
func childBackup(ctx context.Context, db, target string) error {
	s, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	ready()
	if err := s.Backup(ctx, target); err != nil {
		return err
	}
	done()
	return nil
}

// cards writes n vCards of batch in the shape phones and Outlook export.
// Every name carries the batch's tag and every email its number, so that a
// batch's people are new people, found by the tag; the organisations are
// the same 20 in every batch.
func cards(batch, n int) []byte {
	families := []string{"Ivanov", "Ёлкин", "Schmidt", "Нұрланов", "Dupont", "Tanaka", "Kowalski", "Ахметова"}
	tag := batchTag(batch)
	var b bytes.Buffer
	for i := range n {
		family := families[i%len(families)]
		fmt.Fprintf(&b, "BEGIN:VCARD\r\nVERSION:3.0\r\n")
		fmt.Fprintf(&b, "N:%s;Person %d %s;;;\r\nFN:Person %[2]d %[3]s %[1]s\r\n", family, i, tag)
		fmt.Fprintf(&b, "ORG:Embassy number %d of the Republic;Political section\r\nTITLE:Counsellor\r\n", i%20)
		fmt.Fprintf(&b, "EMAIL;TYPE=INTERNET;TYPE=pref:p%d.b%d@example.org\r\n", i, batch)
		fmt.Fprintf(&b, "TEL;TYPE=CELL:+7 701 %07d\r\nTEL;TYPE=WORK:+7 7172 %06d\r\n", i, batch)
		fmt.Fprintf(&b, "ADR;TYPE=WORK:;;Kabanbay Batyr Ave %d;Astana;;010000;Kazakhstan\r\n", i%300)
		fmt.Fprintf(&b, "NOTE:Met at the reception\\, spoke about the annual report.\r\nEND:VCARD\r\n")
	}
	return b.Bytes()
}

// batchTag is the word in the names of a batch's people: Batch0007.
func batchTag(batch int) string { return fmt.Sprintf("Batch%04d", batch) }

// batchSource is the file name an import of batch records.
func batchSource(batch int) string { return fmt.Sprintf("batch-%04d.vcf", batch) }
