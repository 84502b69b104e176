package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

var (
	fuzzOnce  sync.Once
	fuzzStore *store.Store
	fuzzDir   string
)

// FuzzImport runs the whole importer on arbitrary bytes: decode, plan,
// apply. Whatever the input, it must not panic; a file it accepts must
// plan only valid records, and the plan must apply. The seed corpus is in
// testdata/fuzz/FuzzImport, made from the client fixtures of
// internal/vcf/testdata.
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "vcf", "testdata", "*.vcf"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Cleanup(func() {
		if fuzzStore != nil {
			fuzzStore.Close()
			os.RemoveAll(fuzzDir)
		}
	})
	f.Fuzz(func(t *testing.T, data []byte) {
		contacts, err := vcf.Decode(bytes.NewReader(data), i18n.En)
		if err != nil {
			return // refused with a message: fine
		}
		fuzzOnce.Do(func() {
			// On tmpfs, where there is one, a commit's fsync costs nothing
			// and the fuzzer runs a hundred times faster.
			base := ""
			if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
				base = "/dev/shm"
			}
			var err error
			if fuzzDir, err = os.MkdirTemp(base, "liaison-fuzz-"); err != nil {
				t.Fatal(err)
			}
			fuzzStore, err = store.Open(context.Background(), filepath.Join(fuzzDir, "fuzz.db"))
			if err != nil {
				t.Fatal(err)
			}
		})
		ctx := context.Background()
		plan, err := NewPlan(ctx, fuzzStore, Source{Name: "fuzz.vcf", Contacts: contacts})
		if err != nil {
			t.Fatalf("NewPlan: %v", err)
		}
		c := plan.Counts()
		if c.New+c.Update+c.Same+c.Skip != len(contacts) {
			t.Fatalf("counts %s do not add up to %d cards", c, len(contacts))
		}
		for _, it := range plan.Items {
			if it.Action == New || it.Action == Update {
				if err := it.person.Validate(); err != nil && it.person.MissionID >= 0 {
					t.Fatalf("line %d: planned an invalid person: %v", it.Contact.Line, err)
				}
			}
		}
		if _, err := plan.Apply(ctx, fuzzStore); err != nil {
			t.Fatalf("Apply of a valid plan failed: %v", err)
		}
	})
}
