package liaison

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"yo is ye", "Ёлкин", "elkin"},
		{"ye", "Елкин", "elkin"},
		{"latin", "ELKIN", "elkin"},
		{"russian", "Иванов Иван Иванович", "ivanov ivan ivanovich"},
		{"soft sign", "Игорь", "igor"},
		{"short i and y", "Юрий", "iuri"},
		{"english y", "Yuriy", "iuri"},
		{"maria", "Мария", "maria"},
		{"dmitry", "Dmitriy", "dmitri"},
		{"dmitrii", "Дмитрий", "dmitri"},
		{"kh", "Khabibullin", "habibullin"},
		{"kha", "Хабибуллин", "habibullin"},
		{"x", "Alexey", "aleksei"},
		{"aleksei", "Алексей", "aleksei"},
		{"kazakh", "Қасым-Жомарт Тоқаев", "kasim zhomart tokaev"},
		{"kazakh schwa", "Әлия Нұрғалиқызы", "alia nurgalikizi"},
		{"accents", "José Müller-Lüdenscheidt", "iose muller ludenscheidt"},
		{"german ss", "Strauß", "strauss"},
		{"punctuation", "  H.E. Mr.  O'Brien ", "h e mr o brien"},
		{"email", "A.Ivanov@Example.ORG", "a ivanov eksample org"},
		{"digits", "+7 (7172) 55-12-34", "7 7172 55 12 34"},
		{"empty", "", ""},
		{"decomposed", "Ё", "e"},
		{"th", "Katharina", "katarina"},
		{"th cyrillic", "Катарина", "katarina"},
		{"ph", "Philippe", "filippe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSearchKeyFindsEnglishSpellings(t *testing.T) {
	tests := []struct{ name, query string }{
		{"Ковалёва Ольга", "Kovalyova"},
		{"Ковалёва Ольга", "Kovaleva"},
		{"Евгений Ерёменко", "Yevgeny Yeryomenko"},
		{"Евгений Ерёменко", "Evgeni Eremenko"},
		{"Алексей Петров", "Alexei Petrov"},
	}
	for _, tt := range tests {
		key := Person{FamilyName: tt.name}.SearchKey(Mission{})
		for _, w := range SearchWords(tt.query) {
			if !strings.Contains(key, w) {
				t.Errorf("%q: word %q of %q not in key %q", tt.name, w, tt.query, key)
			}
		}
	}
}

func TestSearchKeyFindsAcrossScripts(t *testing.T) {
	germany := Mission{ID: 1, Kind: Embassy, Country: "DE", Name: "Embassy of Germany"}
	p := Person{FamilyName: "Ёлкин", GivenName: "Пётр", AltName: "Yolkin Pyotr",
		Emails: []string{"p.elkin@example.org"}, Phones: []string{"+7 (7172) 55-12-34"}}
	key := p.SearchKey(germany)
	for _, q := range []string{"elkin", "Елкин", "ЁЛКИН", "пётр", "petr", "yolkin", "pyotr", "551234", "55-12", "p.elkin@", "Германия", "germany", "Германия Ёлкин"} {
		for _, w := range SearchWords(q) {
			if !strings.Contains(key, w) {
				t.Errorf("query %q: word %q not in key %q", q, w, key)
			}
		}
	}
	mkey := germany.SearchKey()
	for _, q := range []string{"германия", "Germany", "Германия", "embassy"} {
		for _, w := range SearchWords(q) {
			if !strings.Contains(mkey, w) {
				t.Errorf("query %q: word %q not in mission key %q", q, w, mkey)
			}
		}
	}
}
