package i18n

import (
	"testing"

	"liaison/internal/liaison"
)

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{"LANG": "ru_RU.UTF-8"}, Ru},
		{map[string]string{"LANG": "kk_KZ.UTF-8"}, Kk},
		{map[string]string{"LANG": "en_GB.UTF-8"}, En},
		{map[string]string{"LANG": "de_DE.UTF-8"}, En},
		{map[string]string{"LANG": "C.UTF-8"}, En},
		{map[string]string{}, En},
		{map[string]string{"LANGUAGE": "kk", "LANG": "ru_RU.UTF-8"}, Kk},
		{map[string]string{"LANGUAGE": "de:ru", "LANG": "en_US.UTF-8"}, Ru},
		{map[string]string{"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, Ru},
		{map[string]string{"LC_MESSAGES": "kk_KZ", "LANG": "en_US.UTF-8"}, Kk},
	} {
		if got := FromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("FromEnv(%v) = %s, want %s", c.env, got, c.want)
		}
	}
}

func TestCountry(t *testing.T) {
	for _, c := range []struct {
		l          Lang
		code, want string
	}{
		{En, "DE", "Germany"}, {Ru, "DE", "Германия"}, {Kk, "DE", "Германия"},
		{Ru, "GB", "Великобритания"}, {Kk, "KZ", "Қазақстан"}, {Ru, "US", "Соединенные Штаты"},
		{Ru, "", ""},
	} {
		if got := c.l.Country(c.code); got != c.want {
			t.Errorf("%s.Country(%q) = %q, want %q", c.l, c.code, got, c.want)
		}
	}
}

func TestDate(t *testing.T) {
	d := liaison.Day(2026, 12, 3)
	for _, c := range []struct {
		l    Lang
		d    liaison.Date
		want string
	}{
		{Ru, d, "03.12.2026"}, {Kk, d.At(10, 0), "03.12.2026 10:00"},
		{En, d, "3 Dec 2026"}, {En, d.At(10, 0), "3 Dec 2026 10:00"}, {En, liaison.Date{}, ""},
	} {
		if got := c.l.Date(c.d); got != c.want {
			t.Errorf("%s.Date = %q, want %q", c.l, got, c.want)
		}
	}
}

func TestFormOfAddress(t *testing.T) {
	amb := liaison.Person{FamilyName: "Brennan", Rank: liaison.Ambassador, Salutation: "Mr."}
	ambMadam := liaison.Person{FamilyName: "Huber", Rank: liaison.Ambassador, Salutation: "госпожа"}
	charge := liaison.Person{FamilyName: "Al-Kuwari", Rank: liaison.ChargeAI, Salutation: "Mr."}
	staff := liaison.Person{FamilyName: "Conti", Rank: liaison.Counsellor, Salutation: "Ms."}
	none := liaison.Person{FamilyName: "Kim", Rank: liaison.FirstSecretary}
	doctor := liaison.Person{FamilyName: "Ito", Rank: liaison.Ambassador, Salutation: "Dr."}
	odd := liaison.Person{FamilyName: "Rossi", Rank: liaison.Counsellor, Salutation: "Dott."}
	for _, c := range []struct {
		l    Lang
		p    liaison.Person
		want string
	}{
		{En, amb, "H.E. Mr."}, {Ru, amb, "Его Превосходительство господин"}, {Kk, amb, "Ұлы Мәртебелі мырза"},
		{En, ambMadam, "H.E. Ms."}, {Ru, ambMadam, "Её Превосходительство госпожа"}, {Kk, ambMadam, "Ұлы Мәртебелі ханым"},
		{En, charge, "Mr."}, {Ru, charge, "господин"}, {Kk, charge, "мырза"},
		{En, staff, "Ms."}, {Ru, staff, "госпожа"}, {Kk, staff, "ханым"},
		{En, none, ""}, {Ru, none, ""},
		{En, doctor, "H.E. Dr."}, {Ru, doctor, "Его Превосходительство доктор"},
		{Ru, odd, "Dott."},
	} {
		if got := c.l.FormOfAddress(c.p); got != c.want {
			t.Errorf("%s.FormOfAddress(%s, %s, %q) = %q, want %q", c.l, c.p.FamilyName, c.p.Rank, c.p.Salutation, got, c.want)
		}
	}
	if got := Ru.AddressedName(amb); got != "Его Превосходительство господин Brennan" {
		t.Errorf("AddressedName = %q", got)
	}
}

func TestTranslationsLoad(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	if got := En.T("Status"); got != "Status" {
		t.Errorf("En.T(Status) = %q", got)
	}
	if got := Ru.T("no such text"); got != "no such text" {
		t.Errorf("an unknown key = %q, want itself", got)
	}
}

func TestParseStatus(t *testing.T) {
	for _, st := range liaison.Statuses {
		for _, l := range Langs {
			if got, ok := ParseStatus(l.Label(st)); !ok || got != st {
				t.Errorf("ParseStatus(%q) = %q, %v; want %q", l.Label(st), got, ok, st)
			}
		}
		if got, ok := ParseStatus(string(st)); !ok || got != st {
			t.Errorf("ParseStatus(%q) = %q, %v", st, got, ok)
		}
	}
	if _, ok := ParseStatus("Maybe"); ok {
		t.Error(`ParseStatus("Maybe") succeeded`)
	}
}
