package store

import (
	"math/rand/v2"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// inSomeWord reports whether q occurs inside one word of key, which is
// what MATCH and LIKE of a query word without spaces find.
func inSomeWord(key, q string) bool {
	for _, w := range strings.Fields(key) {
		if strings.Contains(w, q) {
			return true
		}
	}
	return false
}

func TestCompactKeyFindsWhatTheKeyFinds(t *testing.T) {
	keys := map[string]string{
		"a person": liaison.Person{FamilyName: "Ёлкин", GivenName: "Евгений", AltName: "Yolkin",
			Emails: []string{"p5000@example.org", "home@example.org"},
			Phones: []string{"+7 701 000 5000 (mobile)", "+7 (7172) 00-50-00"}}.SearchKey(liaison.Mission{Country: "KZ"}),
		"a mission": liaison.Mission{Name: "Embassy of Germany", ShortName: "Germany", Country: "DE",
			Phones: []string{"+7 7172 79 12 00"}}.SearchKey(),
		"duplicates": "aa aa a aaa b ab ba",
		"empty":      "",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 200 {
		var words []string
		for range rng.IntN(12) {
			w := make([]byte, 1+rng.IntN(5))
			for j := range w {
				w[j] = "abc1"[rng.IntN(4)]
			}
			words = append(words, string(w))
		}
		keys["random "+string(rune('a'+i%26))+strings.Repeat("'", i/26)] = strings.Join(words, " ")
	}
	for name, key := range keys {
		t.Run(name, func(t *testing.T) {
			compact := compactKey(key)
			if len(compact) > len(key) {
				t.Errorf("compactKey(%q) = %q, longer", key, compact)
			}
			// Every piece of every word of either key, and a few more.
			queries := []string{"zz", "1a", "ca1b"}
			for _, w := range strings.Fields(key + " " + compact) {
				for i := range len(w) {
					for j := i + 1; j <= len(w); j++ {
						queries = append(queries, w[i:j])
					}
				}
			}
			for _, q := range queries {
				if got, want := inSomeWord(compact, q), inSomeWord(key, q); got != want {
					t.Errorf("%q in compactKey(%q) = %q: %v, in the key %v", q, key, compact, got, want)
				}
			}
		})
	}
}
