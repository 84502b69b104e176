package liaison

import "testing"

func TestSplitFullName(t *testing.T) {
	tests := []struct{ fn, family, given, middle string }{
		{"Иванов Иван Иванович", "Иванов", "Иван", "Иванович"},
		{"Иван Иванович Иванов", "Иванов", "Иван", "Иванович"},
		{"Нұрланов Ерлан", "Нұрланов", "Ерлан", ""},
		{"Jean-Pierre Dubois", "Dubois", "Jean-Pierre", ""},
		{"Mary Ann O'Brien", "O'Brien", "Mary", "Ann"},
		{"Madonna", "Madonna", "", ""},
	}
	for _, tt := range tests {
		f, g, m := SplitFullName(tt.fn)
		if f != tt.family || g != tt.given || m != tt.middle {
			t.Errorf("SplitFullName(%q) = %q, %q, %q; want %q, %q, %q", tt.fn, f, g, m, tt.family, tt.given, tt.middle)
		}
	}
}

// TestAltNameParts splits the name in the other script as the stored
// name is split: word for word when they match, else family name first.
func TestAltNameParts(t *testing.T) {
	for _, c := range []struct {
		p                     Person
		family, given, middle string
	}{
		{Person{FamilyName: "Orazov", GivenName: "Atajan", AltName: "Оразов Атаджан"}, "Оразов", "Атаджан", ""},
		{Person{FamilyName: "Назаров", GivenName: "Фаридун", MiddleName: "Саидович", AltName: "Nazarov Faridun"}, "Nazarov", "Faridun", ""},
		{Person{FamilyName: "de Vries", GivenName: "Femke", AltName: "де Врис Фемке"}, "де Врис", "Фемке", ""},
		{Person{FamilyName: "Ёлкин", GivenName: "Андрей", MiddleName: "Викторович", AltName: "Yolkin Andrei Viktorovich"}, "Yolkin", "Andrei", "Viktorovich"},
		{Person{FamilyName: "de Vries", GivenName: "Femke", AltName: "Врис Фемке"}, "Врис", "Фемке", ""},
		{Person{FamilyName: "Cher", AltName: "Шер Саркисян"}, "Шер", "Саркисян", ""},
		{Person{FamilyName: "Kim", GivenName: "Jong Un", AltName: "Ким"}, "Ким", "", ""},
		{Person{FamilyName: "Kim"}, "", "", ""},
	} {
		f, g, m := c.p.AltNameParts()
		if f != c.family || g != c.given || m != c.middle {
			t.Errorf("%q beside %q: %q %q %q, want %q %q %q", c.p.AltName, c.p.FullName(), f, g, m, c.family, c.given, c.middle)
		}
	}
}
