package demo

import (
	"context"
	"testing"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

func TestLoadMissionNames(t *testing.T) {
	ctx := context.Background()
	s, _ := loaded(t)
	ms, err := s.Missions(ctx, store.MissionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	byCountry := map[string]liaison.Mission{}
	for _, hm := range ms {
		m := hm.Mission
		if m.Kind == liaison.Embassy {
			byCountry[m.Country] = m
		}
		// No mix of scripts: every mission has a name in each language,
		// or a stored one in it.
		for lang, cyrillic := range map[string]bool{liaison.LangEn: false, liaison.LangRu: true, liaison.LangKk: true} {
			if name := m.DisplayNameIn(lang); startsCyrillic(name) != cyrillic {
				t.Errorf("%s in %s is shown as %q", m.Name, lang, name)
			}
		}
	}
	for code, want := range map[string][3]string{
		"TM": {"Embassy of Turkmenistan", "Посольство Туркменистана", "Түрікменстан Елшілігі"},
		"DE": {"Embassy of the Federal Republic of Germany", "Посольство Федеративной Республики Германия", "Германия Елшілігі"},
		"RU": {"Embassy of the Russian Federation", "Посольство Российской Федерации в Республике Казахстан", "Ресей Федерациясының Елшілігі"},
		"US": {"Embassy of the United States of America", "Посольство Соединённых Штатов Америки", "Америка Құрама Штаттарының Елшілігі"},
	} {
		m := byCountry[code]
		for i, lang := range liaison.NameLanguages {
			if got := m.NameIn(lang); got != want[i] {
				t.Errorf("%s in %s: %q, want %q", code, lang, got, want[i])
			}
		}
	}
	if got := byCountry["US"].DisplayNameIn(liaison.LangRu); got != "США" {
		t.Errorf("the USA's short name in Russian is %q, want США", got)
	}
}

func TestLoadReceptionForTwo(t *testing.T) {
	ctx := context.Background()
	s, _ := loaded(t)
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, es := range evs {
		reception := es.Event.Kind == liaison.Reception
		if more := es.Guests.Listed() > es.Counts.Listed(); more != reception {
			t.Errorf("%s: %d invitations for %d guests", es.Event.Title, es.Counts.Listed(), es.Guests.Listed())
		}
	}
}

func startsCyrillic(s string) bool {
	for _, r := range s {
		return r >= 0x400 && r <= 0x4FF
	}
	return false
}
