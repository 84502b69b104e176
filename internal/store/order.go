package store

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// sortByKey sorts xs by the text key returns, as a person would order the
// words (case and accents second), not by code point.
func sortByKey[T any](xs []T, key func(T) string) {
	coll := collate.New(language.Und, collate.IgnoreCase)
	keys := make([]string, len(xs))
	idx := make([]int, len(xs))
	for i := range xs {
		keys[i], idx[i] = key(xs[i]), i
	}
	// Sort a permutation so each key is computed once.
	slices.SortStableFunc(idx, func(a, b int) int { return coll.CompareString(keys[a], keys[b]) })
	sorted := make([]T, len(xs))
	for i, j := range idx {
		sorted[i] = xs[j]
	}
	copy(xs, sorted)
}

// sortKeyCollators are Kazakh collators, one per goroutine at a time: a
// collate.Collator is not safe for concurrent use.
var sortKeyCollators = sync.Pool{New: func() any { return collate.New(language.Kazakh, collate.IgnoreCase) }}

// sortKey returns the text the people list orders a name by: its collation
// key in the Kazakh alphabet (А Ә Б … Ғ … Қ … Ң … Ө … Ұ Ү … Һ … Ы І …),
// which keeps the Russian and English alphabets in their own orders, so
// that one stored key, and the index on it, serves lists in all three
// languages, the same on a file and on a server. The key's bytes are
// written one character each (byte b as the character b+1), which keeps
// their order in any byte-wise comparison of the text and never writes
// the NUL PostgreSQL refuses in text; the column compares bytes (COLLATE
// "C" on PostgreSQL, SQLite's BINARY).
func sortKey(name string) string {
	c := sortKeyCollators.Get().(*collate.Collator)
	defer sortKeyCollators.Put(c)
	var buf collate.Buffer
	key := c.KeyFromString(&buf, strings.ToLower(name))
	var b strings.Builder
	b.Grow(len(key) * 3 / 2)
	for _, k := range key {
		b.WriteRune(rune(k) + 1)
	}
	return b.String()
}
