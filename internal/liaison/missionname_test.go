package liaison

import (
	"strings"
	"testing"
)

func TestMissionNameIn(t *testing.T) {
	m := Mission{Name: "Embassy of Turkmenistan", ShortName: "Turkmenistan"}
	m.SetNamesIn(LangRu, MissionName{Name: " Посольство Туркменистана ", Short: "Туркменистан"})
	m.SetNamesIn(LangKk, MissionName{Name: "Түрікменстан Елшілігі"})
	for _, tc := range []struct {
		lang, name, display string
	}{
		{LangEn, "Embassy of Turkmenistan", "Turkmenistan"}, // falls back to the stored names
		{LangRu, "Посольство Туркменистана", "Туркменистан"},
		{LangKk, "Түрікменстан Елшілігі", "Түрікменстан Елшілігі"}, // no short name in Kazakh: its own script
		{"de", "Embassy of Turkmenistan", "Turkmenistan"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			if got := m.NameIn(tc.lang); got != tc.name {
				t.Errorf("NameIn = %q, want %q", got, tc.name)
			}
			if got := m.DisplayNameIn(tc.lang); got != tc.display {
				t.Errorf("DisplayNameIn = %q, want %q", got, tc.display)
			}
		})
	}
	if m.SetNamesIn("de", MissionName{Name: "Botschaft"}) {
		t.Error("SetNamesIn accepted German")
	}
	key := m.SearchKey()
	for _, want := range []string{"posolstvo turkmenistana", "turikmenstan elshiligi"} {
		if !strings.Contains(key, want) {
			t.Errorf("search key %q lacks %q", key, want)
		}
	}
}

func TestNameLanguage(t *testing.T) {
	for name, want := range map[string]string{
		"Посольство Туркменистана":        LangRu,
		"«Посольство Франции»":            LangRu,
		"Түрікменстан Елшілігі":           LangKk,
		"Embassy of Germany":              LangEn,
		"OSCE Programme Office in Astana": LangEn,
		"Botschaft der Bundesrepublik":    "",
		"中华人民共和国驻哈萨克斯坦共和国大使馆":             "",
		"": "",
	} {
		if got := NameLanguage(name); got != want {
			t.Errorf("NameLanguage(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestMergeMissionFillsNames(t *testing.T) {
	into := Mission{Name: "Embassy of Turkmenistan", NameRu: "Посольство Туркменистана"}
	from := Mission{Name: "Посольство Туркменистана", NameRu: "Посольство Туркменистана в РК", NameKk: "Түрікменстан Елшілігі"}
	m, changes := MergeMission(into, from)
	if m.NameRu != "Посольство Туркменистана" || m.NameKk != "Түрікменстан Елшілігі" {
		t.Errorf("merged names: ru %q, kk %q; want the stored Russian kept and the Kazakh filled", m.NameRu, m.NameKk)
	}
	var kept, filled bool
	for _, c := range changes {
		kept = kept || c.Field == "NameRu" && c.Kept
		filled = filled || c.Field == "NameKk" && !c.Kept
	}
	if !kept || !filled {
		t.Errorf("changes %+v: want NameRu kept and NameKk filled", changes)
	}
}
