package liaison

import (
	"slices"
	"testing"
)

// world builds missions and people for precedence tests.
type world struct {
	missions map[string]Mission
	heads    map[string]Person
	nextID   int64
}

func newWorld() *world {
	return &world{missions: map[string]Mission{}, heads: map[string]Person{}}
}

func (w *world) id() int64 { w.nextID++; return w.nextID }

func (w *world) mission(key string, kind MissionKind, country, name string) {
	w.missions[key] = Mission{ID: w.id(), Kind: kind, Country: country, Name: name}
}

// head makes the head of mission key, named name.
func (w *world) head(key, name string, r Rank, set func(*Person)) Placed {
	p := Person{ID: w.id(), MissionID: w.missions[key].ID, FamilyName: name, Rank: r, HeadOfMission: true}
	if set != nil {
		set(&p)
	}
	w.heads[key] = p
	return Placed{Person: p, Mission: w.missions[key], Head: p}
}

// staff makes a person of mission key who is not its head.
func (w *world) staff(key, name string, r Rank) Placed {
	m := w.missions[key]
	p := Person{ID: w.id(), MissionID: m.ID, FamilyName: name, Rank: r}
	return Placed{Person: p, Mission: m, Head: w.heads[key]}
}

func names(ps []Placed) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Person.FamilyName
	}
	return out
}

func credentials(d Date) func(*Person) { return func(p *Person) { p.Credentials = d } }

func TestSortByPrecedence(t *testing.T) {
	tests := []struct {
		name  string
		build func(w *world) []Placed
		want  []string
	}{
		{
			name: "ambassadors by date of credentials",
			build: func(w *world) []Placed {
				w.mission("de", Embassy, "DE", "Embassy of Germany")
				w.mission("fr", Embassy, "FR", "Embassy of France")
				w.mission("at", Embassy, "AT", "Embassy of Austria")
				return []Placed{
					w.head("de", "Germany2019", Ambassador, credentials(Day(2019, 3, 1))),
					w.head("fr", "France2017", Ambassador, credentials(Day(2017, 5, 2))),
					w.head("at", "Austria2021", Ambassador, credentials(Day(2021, 1, 9))),
				}
			},
			want: []string{"France2017", "Germany2019", "Austria2021"},
		},
		{
			name: "same day ordered by the hour when known",
			build: func(w *world) []Placed {
				w.mission("it", Embassy, "IT", "Embassy of Italy")
				w.mission("es", Embassy, "ES", "Embassy of Spain")
				return []Placed{
					w.head("it", "Italy10h", Ambassador, credentials(Day(2020, 6, 1).At(10, 0))),
					w.head("es", "Spain9h", Ambassador, credentials(Day(2020, 6, 1).At(9, 30))),
				}
			},
			want: []string{"Spain9h", "Italy10h"},
		},
		{
			name: "same day without the hour ordered by country name",
			build: func(w *world) []Placed {
				w.mission("nl", Embassy, "NL", "Embassy of the Netherlands")
				w.mission("be", Embassy, "BE", "Embassy of Belgium")
				return []Placed{
					w.head("nl", "Netherlands", Ambassador, credentials(Day(2020, 6, 1))),
					w.head("be", "Belgium", Ambassador, credentials(Day(2020, 6, 1))),
				}
			},
			want: []string{"Belgium", "Netherlands"},
		},
		{
			name: "classes of heads: accredited, designate, en pied, a.i., organisations, consuls",
			build: func(w *world) []Placed {
				w.mission("un", InternationalOrgOffice, "", "UNICEF Office")
				w.mission("ai", Embassy, "AR", "Embassy of Argentina")
				w.mission("ep", Embassy, "BR", "Embassy of Brazil")
				w.mission("des", Embassy, "CL", "Embassy of Chile")
				w.mission("acc", Embassy, "UY", "Embassy of Uruguay")
				w.mission("cg", Consulate, "TR", "Consulate General of Türkiye")
				return []Placed{
					w.head("un", "OrgHead", HeadOfOffice, nil),
					w.head("cg", "ConsulGeneral", ConsulGeneral, nil),
					w.head("ai", "ChargeAI", ChargeAI, func(p *Person) { p.Notification = Day(2010, 1, 1) }),
					w.head("ep", "ChargeEnPied", ChargeEnPied, nil),
					w.head("des", "Designate", Ambassador, func(p *Person) { p.Agrement = Day(2000, 1, 1) }),
					w.head("acc", "Accredited", Ambassador, credentials(Day(2024, 1, 1))),
				}
			},
			want: []string{"Accredited", "Designate", "ChargeEnPied", "ChargeAI", "OrgHead", "ConsulGeneral"},
		},
		{
			name: "designates by arrival, else agrément; chargés a.i. by notification",
			build: func(w *world) []Placed {
				for _, k := range []string{"a", "b", "c", "d"} {
					w.mission(k, Embassy, map[string]string{"a": "AM", "b": "BY", "c": "CU", "d": "DK"}[k], "Embassy "+k)
				}
				return []Placed{
					w.head("a", "ArrivedLate", Ambassador, func(p *Person) { p.PostingStart = Day(2025, 9, 1) }),
					w.head("b", "AgrementEarly", Ambassador, func(p *Person) { p.Agrement = Day(2025, 2, 1) }),
					w.head("c", "AINotifiedLate", ChargeAI, func(p *Person) { p.Notification = Day(2025, 7, 1) }),
					w.head("d", "AINotifiedEarly", ChargeAI, func(p *Person) { p.Notification = Day(2024, 7, 1) }),
				}
			},
			want: []string{"AgrementEarly", "ArrivedLate", "AINotifiedEarly", "AINotifiedLate"},
		},
		{
			name: "staff follow every head, by rank, then by their mission's standing",
			build: func(w *world) []Placed {
				w.mission("de", Embassy, "DE", "Embassy of Germany")
				w.mission("fr", Embassy, "FR", "Embassy of France")
				fr := w.head("fr", "AmbFrance", Ambassador, credentials(Day(2015, 1, 1)))
				de := w.head("de", "AmbGermany", Ambassador, credentials(Day(2018, 1, 1)))
				return []Placed{
					w.staff("de", "FirstSecGermany", FirstSecretary),
					w.staff("fr", "FirstSecFrance", FirstSecretary),
					w.staff("de", "CounsellorGermany", Counsellor),
					de,
					w.staff("fr", "AttacheFrance", Attache),
					fr,
				}
			},
			want: []string{"AmbFrance", "AmbGermany", "CounsellorGermany", "FirstSecFrance", "FirstSecGermany", "AttacheFrance"},
		},
		{
			name: "a vacant mission's staff after others of their rank",
			build: func(w *world) []Placed {
				w.mission("vac", Embassy, "AF", "Embassy of Afghanistan")
				w.mission("ok", Embassy, "ZW", "Embassy of Zimbabwe")
				w.head("ok", "AmbZimbabwe", Ambassador, credentials(Day(2020, 1, 1)))
				return []Placed{
					w.staff("vac", "CounsellorVacant", Counsellor),
					w.staff("ok", "CounsellorZimbabwe", Counsellor),
				}
			},
			want: []string{"CounsellorZimbabwe", "CounsellorVacant"},
		},
		{
			name: "government bodies last, head first; then people of no mission",
			build: func(w *world) []Placed {
				w.mission("mfa", GovernmentBody, "", "Ministry of Foreign Affairs")
				w.mission("par", GovernmentBody, "", "Administration of the President")
				w.mission("de", Embassy, "DE", "Embassy of Germany")
				loner := Placed{Person: Person{ID: w.id(), FamilyName: "NoMission"}}
				return []Placed{
					loner,
					w.staff("mfa", "MfaDirector", OtherRank),
					w.head("mfa", "MfaMinister", OtherRank, nil),
					w.staff("de", "Attache", Attache),
					w.head("par", "Administration", OtherRank, nil),
				}
			},
			want: []string{"Attache", "Administration", "MfaMinister", "MfaDirector", "NoMission"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := tt.build(newWorld())
			SortByPrecedence(ps)
			if got := names(ps); !slices.Equal(got, tt.want) {
				t.Errorf("order = %v\nwant    %v", got, tt.want)
			}
			// The order must not depend on the input's order.
			slices.Reverse(ps)
			SortByPrecedence(ps)
			if got := names(ps); !slices.Equal(got, tt.want) {
				t.Errorf("reversed input: order = %v\nwant    %v", got, tt.want)
			}
		})
	}
}

func TestSortMissionsByPrecedence(t *testing.T) {
	w := newWorld()
	w.mission("gov", GovernmentBody, "", "Ministry of Justice")
	w.mission("vac", Embassy, "AF", "Embassy of Afghanistan")
	w.mission("de", Embassy, "DE", "Embassy of Germany")
	w.mission("fr", Embassy, "FR", "Embassy of France")
	de := w.head("de", "", Ambassador, credentials(Day(2018, 1, 1)))
	fr := w.head("fr", "", Ambassador, credentials(Day(2015, 1, 1)))
	ms := []HeadedMission{
		{Mission: w.missions["gov"]},
		{Mission: w.missions["vac"]},
		{Mission: w.missions["de"], Head: de.Person},
		{Mission: w.missions["fr"], Head: fr.Person},
	}
	SortMissionsByPrecedence(ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Mission.Name)
	}
	want := []string{"Embassy of France", "Embassy of Germany", "Embassy of Afghanistan", "Ministry of Justice"}
	if !slices.Equal(got, want) {
		t.Errorf("order = %v\nwant    %v", got, want)
	}
}
