// Command untranslated lists the texts of Liaison's translation files that
// are still in English: every key of ru.json and kk.json whose text is the
// same as in en.json, which is what make translations puts there for a
// new key. Run it from the module's folder (make untranslated); it exits
// 1 when it lists anything.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"liaison/internal/i18n"
)

// same are texts that are rightly the same in every language.
var same = map[string]bool{
	"OK": true, "UID": true, "vCard": true, "Excel": true, "JSON": true, "Liaison": true,
}

func main() {
	dir := filepath.Join("assets", "translations")
	fsys := os.DirFS(dir)
	en, err := i18n.ReadFile(fsys, "en.json")
	if err != nil {
		fmt.Fprintln(os.Stderr, "untranslated:", err)
		os.Exit(2)
	}
	n := 0
	for _, l := range i18n.Langs[1:] {
		texts, err := i18n.ReadFile(fsys, string(l)+".json")
		if err != nil {
			fmt.Fprintln(os.Stderr, "untranslated:", err)
			os.Exit(2)
		}
		keys := make([]string, 0, len(texts))
		for k := range texts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if texts[k] == en[k] && !same[en[k]] {
				fmt.Printf("%s.json: %q\n", l, k)
				n++
			}
		}
	}
	if n > 0 {
		fmt.Printf("%d texts untranslated\n", n)
		os.Exit(1)
	}
	fmt.Println("every text is translated")
}
