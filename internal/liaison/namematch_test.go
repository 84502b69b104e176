package liaison

import "testing"

func TestCompareNames(t *testing.T) {
	elkin := Person{FamilyName: "Ёлкин", GivenName: "Андрей", MiddleName: "Викторович", AltName: "Yolkin Andrei"}
	brandt := Person{FamilyName: "Brandt", GivenName: "Katharina"}
	for _, tc := range []struct {
		name string
		a, b Person
		want NameMatch
	}{
		{"same name", brandt, Person{FamilyName: "BRANDT", GivenName: "Katharina"}, NamesSame},
		{"other script and order", elkin, Person{FamilyName: "Elkin", GivenName: "Andrei"}, NamesSameWords},
		{"English yo spelling", Person{FamilyName: "Ёлкин", GivenName: "Андрей"}, Person{FamilyName: "Yolkin", GivenName: "Andrei"}, NamesSameWords},
		{"given name first as family", elkin, Person{FamilyName: "Andrei", GivenName: "Elkin"}, NamesSameWords},
		{"Cyrillic against Latin", brandt, Person{FamilyName: "Брандт", GivenName: "Катарина"}, NamesSame},
		{"family name alone", brandt, Person{FamilyName: "Brandt"}, NamesPartly},
		{"initial", elkin, Person{FamilyName: "Elkin", GivenName: "A."}, NamesPartly},
		{"a short form of the given name is another name", Person{FamilyName: "Smith", GivenName: "Alexander"}, Person{FamilyName: "Smith", GivenName: "Alex"}, NamesDiffer},
		{"the same first given name is not enough", Person{FamilyName: "Karimi", GivenName: "Mohammad Reza"}, Person{FamilyName: "Karimi", GivenName: "Mohammad Ali"}, NamesDiffer},
		{"a compound given name in another order", Person{FamilyName: "Karimi", GivenName: "Mohammad Reza"}, Person{FamilyName: "Mohammad Reza", GivenName: "Karimi"}, NamesSameWords},
		{"numbered names", Person{FamilyName: "Ivanov", GivenName: "Person 5"}, Person{FamilyName: "Ivanov", GivenName: "Person 13"}, NamesDiffer},
		{"Fyodor and Фёдор", Person{FamilyName: "Королёв", GivenName: "Фёдор"}, Person{FamilyName: "Korolyov", GivenName: "Fyodor"}, NamesSameWords},
		{"Mario keeps his io", Person{FamilyName: "Rossi", GivenName: "Mario"}, Person{FamilyName: "Rossi", GivenName: "Mare"}, NamesDiffer},
		{"another given name", brandt, Person{FamilyName: "Brandt", GivenName: "Stefan"}, NamesDiffer},
		{"another family name", brandt, Person{FamilyName: "Braun", GivenName: "Katharina"}, NamesDiffer},
		{"given name alone is not enough", brandt, Person{GivenName: "Katharina"}, NamesDiffer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := CompareNames(tc.a, tc.b); got != tc.want {
				t.Errorf("CompareNames(%q, %q) = %d, want %d", tc.a.FullName(), tc.b.FullName(), got, tc.want)
			}
			if got := CompareNames(tc.b, tc.a); got != tc.want {
				t.Errorf("CompareNames(%q, %q) = %d, want %d (reversed)", tc.b.FullName(), tc.a.FullName(), got, tc.want)
			}
		})
	}
}
