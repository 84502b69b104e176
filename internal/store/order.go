package store

import (
	"slices"

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
