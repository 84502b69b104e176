package xlsx

import (
	"sync"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// Liaison's own exports write ranks, kinds of mission and a person's
// status as their labels in the officer's language; this file reads those
// labels back, in any of the languages, so that an export imports as it
// was written.

// labels holds, folded, every label of the ranks and the kinds of mission
// in every language, built once.
var labels = sync.OnceValue(func() map[string]any {
	out := map[string]any{}
	for _, l := range i18n.Langs {
		for _, r := range liaison.Ranks {
			out[liaison.Fold(l.Label(r))] = r
			out[liaison.Fold(r.Label())] = r
		}
		for _, k := range liaison.MissionKinds {
			out[liaison.Fold(l.Label(k))] = k
			out[liaison.Fold(k.Label())] = k
		}
	}
	return out
})

// labelled returns the rank or kind of mission a cell holds as its label
// in any language; false when it is no such label.
func labelled[T liaison.Rank | liaison.MissionKind](cell string) (T, bool) {
	if cell == "" {
		return "", false
	}
	v, ok := labels()[liaison.Fold(cell)].(T)
	return v, ok
}

// personStatuses are the statuses the people list writes, by their
// folded label in every language.
var personStatuses = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, st := range []string{"head of mission", "at post", "departed", "archived"} {
		for _, l := range i18n.Langs {
			out[liaison.Fold(l.T(st))] = st
		}
	}
	return out
})

// personStatus returns the status a people list's cell gives, in English
// ("head of mission", "at post", "departed", "archived"); "" for none.
func personStatus(cell string) string { return personStatuses()[liaison.Fold(cell)] }

// ownHeaders holds the signatures of the header rows of Liaison's
// missions and people lists in every language.
var ownHeaders = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, l := range i18n.Langs {
		for _, cols := range [][]column{missionColumns, peopleColumns} {
			var hs []string
			for _, c := range translated(l, cols) {
				hs = append(hs, c.header)
			}
			out[Signature(hs)] = true
		}
	}
	return out
})

// isOwnExport reports whether a header row is that of a list Liaison
// wrote: names are then written family name first.
func isOwnExport(headers []string) bool { return ownHeaders()[Signature(headers)] }
