package i18n

import (
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// TestListedName writes names as each language's printed lists do: given
// name first, in the list's script when the other-script name is known,
// Kazakh мырза and ханым after the name, known titles in the language.
func TestListedName(t *testing.T) {
	orazov := liaison.Person{FamilyName: "Orazov", GivenName: "Atajan", AltName: "Оразов Атаджан", Salutation: "Mr.", Rank: liaison.Ambassador}
	nazarov := liaison.Person{FamilyName: "Назаров", GivenName: "Фаридун", MiddleName: "Саидович", AltName: "Nazarov Faridun",
		Salutation: "Mr.", Rank: liaison.Counsellor}
	orlova := liaison.Person{FamilyName: "Орлова", GivenName: "Екатерина", MiddleName: "Сергеевна", Rank: liaison.Ambassador}
	nuncio := liaison.Person{FamilyName: "Ferretti", GivenName: "Giancarlo", Salutation: "Archbishop", Rank: liaison.Ambassador}
	colonel := liaison.Person{FamilyName: "Kühne", GivenName: "Lars", Salutation: "Lt. Col.", Rank: liaison.DefenceAttache}
	mgr := liaison.Person{FamilyName: "Conti", GivenName: "Paolo", Salutation: "Mgr.", Rank: liaison.Counsellor}
	odd := liaison.Person{FamilyName: "Rossi", GivenName: "Marco", Salutation: "Dott."}
	zhou := liaison.Person{FamilyName: "Zhou", GivenName: "Jianping", AltName: "Чжоу Цзяньпин", Salutation: "Mr.", Rank: liaison.Ambassador}
	kang := liaison.Person{FamilyName: "Kang", GivenName: "Dong-hyun", Salutation: "Ms.", Rank: liaison.Counsellor}
	for _, c := range []struct {
		l       Lang
		p       liaison.Person
		country string
		want    string
	}{
		{En, zhou, "CN", "H.E. Mr. Zhou Jianping"},
		{Ru, zhou, "CN", "Его Превосходительство господин Чжоу Цзяньпин"},
		{En, kang, "KR", "Ms. Kang Dong-hyun"},
		{En, kang, "JP", "Ms. Dong-hyun Kang"},
		{En, orazov, "", "H.E. Mr. Atajan Orazov"},
		{Ru, orazov, "", "Его Превосходительство господин Атаджан Оразов"},
		{Kk, orazov, "", "Ұлы Мәртебелі Атаджан Оразов мырза"},
		{En, nazarov, "", "Mr. Faridun Nazarov"},
		{Ru, nazarov, "", "господин Фаридун Саидович Назаров"},
		{Kk, nazarov, "", "Фаридун Саидович Назаров мырза"},
		{Ru, orlova, "", "Её Превосходительство Екатерина Сергеевна Орлова"},
		{En, orlova, "", "H.E. Екатерина Сергеевна Орлова"},
		{En, nuncio, "", "H.E. Archbishop Giancarlo Ferretti"},
		{Ru, nuncio, "", "Его Превосходительство архиепископ Giancarlo Ferretti"},
		{Kk, nuncio, "", "Ұлы Мәртебелі архиепископ Giancarlo Ferretti"},
		{En, colonel, "", "Lt. Col. Lars Kühne"},
		{Ru, colonel, "", "подполковник Lars Kühne"},
		{En, mgr, "", "Mgr. Paolo Conti"},
		{Ru, mgr, "", "монсеньор Paolo Conti"},
		{Ru, odd, "", "Dott. Marco Rossi"},
	} {
		if got := c.l.ListedName(c.p, c.country); got != c.want {
			t.Errorf("%s.ListedName(%s) = %q, want %q", c.l, c.p.FullName(), got, c.want)
		}
	}
	t.Run("screens keep the stored order", func(t *testing.T) {
		if got, want := Ru.AddressedName(orazov), "Его Превосходительство господин Orazov Atajan"; got != want {
			t.Errorf("AddressedName = %q, want %q", got, want)
		}
	})
}

// TestGenderOf reads whom a record speaks of from the salutation, else a
// patronymic; anything else is unknown.
func TestGenderOf(t *testing.T) {
	for _, c := range []struct {
		p    liaison.Person
		want Gender
	}{
		{liaison.Person{Salutation: "Mr."}, Male},
		{liaison.Person{Salutation: "Mrs"}, Female},
		{liaison.Person{Salutation: "Ms."}, Female},
		{liaison.Person{Salutation: "г-жа"}, Female},
		{liaison.Person{Salutation: "Г-н"}, Male},
		{liaison.Person{Salutation: "господин"}, Male},
		{liaison.Person{Salutation: "госпожа"}, Female},
		{liaison.Person{Salutation: "мырза"}, Male},
		{liaison.Person{Salutation: "ханым"}, Female},
		{liaison.Person{Salutation: "H.E. Mrs."}, Female},
		{liaison.Person{Salutation: "Her Excellency"}, Female},
		{liaison.Person{Salutation: "Archbishop"}, Male},
		{liaison.Person{Salutation: "Dame"}, Female},
		{liaison.Person{Salutation: "Col."}, GenderUnknown},
		{liaison.Person{Salutation: "Dr."}, GenderUnknown},
		{liaison.Person{Salutation: "Dr.", MiddleName: "Сергеевна"}, Female},
		{liaison.Person{MiddleName: "Викторович"}, Male},
		{liaison.Person{MiddleName: "Асқарқызы"}, Female},
		{liaison.Person{FamilyName: "Nazarova", GivenName: "Madina", AltName: "Назарова Мадина Рустамовна"}, Female},
		{liaison.Person{FamilyName: "Kim", GivenName: "Min-ji"}, GenderUnknown},
	} {
		if got := GenderOf(c.p); got != c.want {
			t.Errorf("GenderOf(%q, %q, %q) = %d, want %d", c.p.Salutation, c.p.MiddleName, c.p.AltName, got, c.want)
		}
	}
}

// TestStatusOf says statuses of a man, a woman and someone unknown:
// Russian agrees with the person and falls back to the "(а)" form,
// English and Kazakh say each status one way; each form reads back.
func TestStatusOf(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		s    liaison.Status
		g    Gender
		want string
	}{
		{Ru, liaison.Invited, Female, "Приглашена"},
		{Ru, liaison.Invited, Male, "Приглашён"},
		{Ru, liaison.Invited, GenderUnknown, "Приглашён(а)"},
		{Ru, liaison.Attended, Female, "Присутствовала"},
		{Ru, liaison.Attended, GenderUnknown, "Присутствовал(а)"},
		{Ru, liaison.NoShow, Female, "Не пришла"},
		{Kk, liaison.Invited, Female, "Шақырылды"},
		{Kk, liaison.Invited, Male, "Шақырылды"},
		{En, liaison.Attended, Female, "Attended"},
	} {
		if got := c.l.StatusOf(c.s, c.g); got != c.want {
			t.Errorf("%s.StatusOf(%s, %d) = %q, want %q", c.l, c.s, c.g, got, c.want)
		}
	}
	for _, l := range Langs {
		for _, s := range liaison.Statuses {
			for _, g := range []Gender{GenderUnknown, Male, Female} {
				said := l.StatusOf(s, g)
				if got, ok := ParseStatus(said); !ok || got != s {
					t.Errorf("ParseStatus(%q) = %q, %v; want %q", said, got, ok, s)
				}
				if l != En && strings.Contains(said, "(of ") {
					t.Errorf("%s.StatusOf(%s, %d) is untranslated: %q", l, s, g, said)
				}
			}
		}
	}
}

// TestTitleOf finds a title by any of its spellings, in any language.
func TestTitleOf(t *testing.T) {
	for in, want := range map[string]string{"архиепископ": "Archbishop", "Msgr.": "Monsignor", "подполковник": "Lt. Col.",
		"Colonel": "Col.", "генерал-майор": "Maj. Gen."} {
		if got, ok := TitleOf(in); !ok || got != want {
			t.Errorf("TitleOf(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := TitleOf("Dott."); ok {
		t.Errorf("TitleOf(Dott.) = %q", got)
	}
}

func TestParseChannel(t *testing.T) {
	for _, c := range liaison.Channels {
		for _, l := range Langs {
			if got, ok := ParseChannel(l.Label(c)); !ok || got != c {
				t.Errorf("ParseChannel(%q) = %q, %v", l.Label(c), got, ok)
			}
		}
	}
	if _, ok := ParseChannel("pigeon"); ok {
		t.Error("ParseChannel(pigeon) succeeded")
	}
}
