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

// labelsOf holds, folded, the labels of values in every language, built
// once per type: a rank and a kind of mission may share a label ("Other").
func labelsOf[T interface {
	~string
	Label() string
}](values []T) func() map[string]T {
	return sync.OnceValue(func() map[string]T {
		out := map[string]T{}
		for _, v := range values {
			out[liaison.Fold(v.Label())] = v
			for _, l := range i18n.Langs {
				out[liaison.Fold(l.Label(v))] = v
			}
		}
		return out
	})
}

var (
	rankLabels = labelsOf(liaison.Ranks)
	kindLabels = labelsOf(liaison.MissionKinds)
)

// rankLabelled returns the rank a cell holds as its label in any
// language; false when it is none.
func rankLabelled(cell string) (liaison.Rank, bool) {
	r, ok := rankLabels()[liaison.Fold(cell)]
	return r, ok && cell != ""
}

// kindLabelled returns the kind of mission a cell holds as its label in
// any language; false when it is none.
func kindLabelled(cell string) (liaison.MissionKind, bool) {
	k, ok := kindLabels()[liaison.Fold(cell)]
	return k, ok && cell != ""
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
