package store

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"liaison/internal/liaison"
)

// The stored form of each kind of record, byte for byte. It is a contract
// with every database written since format 1: when this test fails, the
// history on disk would change. Renaming a Go field must not make it
// fail; a new field means a new key here, and a new format with a
// migration if old entries must learn it.
func TestHistoryFormatGolden(t *testing.T) {
	for _, tt := range []struct {
		name   string
		record any
		want   string
	}{
		{"mission", liaison.Mission{ID: 7, Kind: liaison.Embassy, Country: "DE",
			Name: "Embassy of the Federal Republic of Germany", ShortName: "Germany",
			NameEn: "Embassy of Germany", ShortEn: "Germany", NameRu: "Посольство Германии", ShortRu: "Германия",
			NameKk: "Германия елшілігі", ShortKk: "Германия", NonResident: true, ResidentIn: "Moscow",
			Address: "Kabanbay Batyr 1\nAstana", Phones: []string{"+7 7172 791200", "+7 7172 791201"},
			Email: "info@astana.diplo.de", Website: "https://astana.diplo.de",
			NationalDay: liaison.MonthDay{Month: time.October, Day: 3}, Notes: "Note \"quoted\"", Archived: true},
			`{"id":7,"kind":"embassy","country":"DE","name":"Embassy of the Federal Republic of Germany",` +
				`"short_name":"Germany","name_en":"Embassy of Germany","short_en":"Germany",` +
				`"name_ru":"Посольство Германии","short_ru":"Германия","name_kk":"Германия елшілігі",` +
				`"short_kk":"Германия","non_resident":true,"resident_in":"Moscow","address":"Kabanbay Batyr 1\nAstana",` +
				`"phones":["+7 7172 791200","+7 7172 791201"],"email":"info@astana.diplo.de",` +
				`"website":"https://astana.diplo.de","national_day":"10-03","notes":"Note \"quoted\"","archived":true}`},
		{"person", liaison.Person{ID: 12, MissionID: 7, FamilyName: "Шмидт", GivenName: "Анна",
			MiddleName: "Мария", AltName: "Schmidt Anna", Salutation: "Frau", Rank: liaison.Ambassador,
			Position: "Ambassador", HeadOfMission: true, Agrement: liaison.Day(2024, 2, 1),
			Credentials: liaison.Day(2024, 3, 15).At(11, 30), Notification: liaison.Day(2024, 1, 20),
			Emails: []string{"a@example.de"}, Phones: []string{"+7 701 1234567"}, Languages: []string{"de", "ru"},
			Spouse: "Hans", Notes: "Prefers German", PostingStart: liaison.Day(2024, 1, 10),
			PostingEnd: liaison.Day(2027, 7, 31), Departed: true, Archived: true,
			UID: "0f8e2c1a-1234-4abc-8def-000000000001", Suffix: "PhD", Address: "Residence"},
			`{"id":12,"mission_id":7,"family_name":"Шмидт","given_name":"Анна","middle_name":"Мария",` +
				`"alt_name":"Schmidt Anna","salutation":"Frau","rank":"ambassador","position":"Ambassador",` +
				`"head_of_mission":true,"agrement":"2024-02-01","credentials":"2024-03-15 11:30",` +
				`"notification":"2024-01-20","emails":["a@example.de"],"phones":["+7 701 1234567"],` +
				`"languages":["de","ru"],"spouse":"Hans","notes":"Prefers German","posting_start":"2024-01-10",` +
				`"posting_end":"2027-07-31","departed":true,"archived":true,` +
				`"uid":"0f8e2c1a-1234-4abc-8def-000000000001","suffix":"PhD","address":"Residence"}`},
		{"person with nothing but a name", liaison.Person{ID: 3, FamilyName: "Ivanov"},
			`{"id":3,"mission_id":0,"family_name":"Ivanov","given_name":"","middle_name":"","alt_name":"",` +
				`"salutation":"","rank":"","position":"","head_of_mission":false,"agrement":"","credentials":"",` +
				`"notification":"","emails":[],"phones":[],"languages":[],"spouse":"","notes":"",` +
				`"posting_start":"","posting_end":"","departed":false,"archived":false,"uid":"","suffix":"",` +
				`"address":""}`},
		{"event", liaison.Event{ID: 4, Title: "National Day reception", Kind: liaison.Reception,
			StartsAt: liaison.Day(2026, 12, 16).At(18, 0), Venue: "Hotel", Host: "The Ombudsman",
			Partners: "UNDP; OSCE", RSVPBy: liaison.Day(2026, 12, 10), DressCode: "Black tie", Notes: "Flags",
			Archived: true},
			`{"id":4,"title":"National Day reception","kind":"reception","starts_at":"2026-12-16 18:00",` +
				`"venue":"Hotel","host":"The Ombudsman","partners":"UNDP; OSCE","rsvp_by":"2026-12-10",` +
				`"dress_code":"Black tie","notes":"Flags","archived":true}`},
		{"invitation", liaison.Invitation{ID: 9, EventID: 4, PersonID: 12, Status: liaison.Attended, ForTwo: true,
			RepresentedBy: 13, Channel: liaison.NoteVerbale, Sent: liaison.Day(2026, 12, 1),
			Answered: liaison.Day(2026, 12, 5), Note: "With the spouse"},
			`{"id":9,"event_id":4,"person_id":12,"status":"attended","for_two":true,"represented_by":13,` +
				`"channel":"note_verbale","sent":"2026-12-01","answered":"2026-12-05","note":"With the spouse"}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := encodeRecord(tt.record)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("encodeRecord =\n%s\nwant\n%s", got, tt.want)
			}
			entity, _ := entityOf(tt.record)
			back, err := decodeRecord(entity, got)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, tt.record) {
				t.Errorf("decodeRecord =\n%+v\nwant\n%+v", back, tt.record)
			}
		})
	}
}

// Every exported field of each domain struct is kept by the history's
// format, under a key of its own: a field added to liaison.Person and
// forgotten by the format fails here instead of being dropped from the
// history silently. Version is not a field of the record but the version
// it was read at (see ConflictError): the history leaves it out, so that
// an undo that writes a record back from the history is not checked
// against a version long gone.
func TestHistoryFormatKeepsEveryField(t *testing.T) {
	snake := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	for _, record := range []any{liaison.Mission{}, liaison.Person{}, liaison.Event{}, liaison.Invitation{}} {
		typ := reflect.TypeOf(record)
		t.Run(typ.Name(), func(t *testing.T) {
			v := reflect.New(typ).Elem()
			fields := 0
			for i := range typ.NumField() {
				if f := typ.Field(i); f.IsExported() && f.Name != "Version" {
					fill(t, f, v.Field(i), i)
					fields++
				}
			}
			full := v.Interface()
			body, err := encodeRecord(full)
			if err != nil {
				t.Fatal(err)
			}
			entity, _ := entityOf(full)
			back, err := decodeRecord(entity, body)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, full) {
				t.Errorf("a %s with every field set came back from the history as\n%+v\nwant\n%+v", entity, back, full)
			}
			var keys map[string]any
			if err := json.Unmarshal([]byte(body), &keys); err != nil {
				t.Fatal(err)
			}
			if got, want := len(keys), fields; got != want {
				t.Errorf("the stored %s has %d keys, want one for each of the %d fields: %s", entity, got, want, body)
			}
			for k := range keys {
				if !snake.MatchString(k) {
					t.Errorf("key %q is not snake_case", k)
				}
			}
			if got, want := len(recordFields[entity]), fields; got != want {
				t.Errorf("recordFields[%s] has %d fields, want %d", entity, got, want)
			}
		})
	}
}

// fill sets a field to a value no other field of the record has.
func fill(t *testing.T, f reflect.StructField, v reflect.Value, i int) {
	t.Helper()
	switch {
	case f.Type == reflect.TypeFor[liaison.Date]():
		d := liaison.Day(2020+i, time.Month(i%12+1), i%28+1)
		if i%2 == 0 {
			d = d.At(i%24, i)
		}
		v.Set(reflect.ValueOf(d))
	case f.Type == reflect.TypeFor[liaison.MonthDay]():
		v.Set(reflect.ValueOf(liaison.MonthDay{Month: time.Month(i%12 + 1), Day: i%28 + 1}))
	case f.Type.Kind() == reflect.String:
		v.SetString(fmt.Sprintf("%s value %d", f.Name, i))
	case f.Type.Kind() == reflect.Int64:
		v.SetInt(int64(100 + i))
	case f.Type.Kind() == reflect.Bool:
		v.SetBool(true)
	case f.Type == reflect.TypeFor[[]string]():
		v.Set(reflect.ValueOf([]string{f.Name + " one", f.Name + " two"}))
	default:
		t.Fatalf("%s has a type (%s) this test cannot fill: add it to the history's format and here", f.Name, f.Type)
	}
}

// An entry written before format 1, keyed by Go field names, becomes the
// same entry of format 1.
func TestUpgradeFormat0(t *testing.T) {
	for _, tt := range []struct {
		entity, old, want string
	}{
		{EntityInvitation,
			`{"ID":9,"EventID":4,"PersonID":12,"Status":"accepted","ForTwo":false,"RepresentedBy":0,` +
				`"Channel":"email","Sent":"2026-12-01","Answered":"","Note":""}`,
			`{"id":9,"event_id":4,"person_id":12,"status":"accepted","for_two":false,"represented_by":0,` +
				`"channel":"email","sent":"2026-12-01","answered":"","note":""}`},
		{EntityInvitation, // written before invitations for two, which 0007 added
			`{"ID":9,"EventID":4,"PersonID":12,"Status":"planned","RepresentedBy":0,"Channel":"","Sent":"",` +
				`"Answered":"","Note":""}`,
			`{"id":9,"event_id":4,"person_id":12,"status":"planned","for_two":false,"represented_by":0,` +
				`"channel":"","sent":"","answered":"","note":""}`},
		{EntityPerson,
			`{"ID":3,"MissionID":7,"FamilyName":"Иванов","GivenName":"Иван","MiddleName":"","AltName":"",` +
				`"Salutation":"","Rank":"counsellor","Position":"Counsellor","HeadOfMission":false,"Agrement":"",` +
				`"Credentials":"2024-03-15 11:30","Notification":"","Emails":["i@example.org"],"Phones":null,` +
				`"Languages":null,"Spouse":"","Notes":"","PostingStart":"","PostingEnd":"","Departed":false,` +
				`"Archived":false,"UID":"u-1","Suffix":"","Address":""}`,
			`{"id":3,"mission_id":7,"family_name":"Иванов","given_name":"Иван","middle_name":"","alt_name":"",` +
				`"salutation":"","rank":"counsellor","position":"Counsellor","head_of_mission":false,"agrement":"",` +
				`"credentials":"2024-03-15 11:30","notification":"","emails":["i@example.org"],"phones":[],` +
				`"languages":[],"spouse":"","notes":"","posting_start":"","posting_end":"","departed":false,` +
				`"archived":false,"uid":"u-1","suffix":"","address":""}`},
		{EntityMission,
			`{"ID":7,"Kind":"embassy","Country":"DE","Name":"Embassy of Germany","ShortName":"Germany",` +
				`"NonResident":false,"ResidentIn":"","Address":"","Phones":["+7 7172 791200"],"Email":"",` +
				`"Website":"","NationalDay":"10-03","Notes":"","Archived":false}`,
			`{"id":7,"kind":"embassy","country":"DE","name":"Embassy of Germany","short_name":"Germany",` +
				`"name_en":"","short_en":"","name_ru":"","short_ru":"","name_kk":"","short_kk":"",` +
				`"non_resident":false,"resident_in":"","address":"","phones":["+7 7172 791200"],"email":"",` +
				`"website":"","national_day":"10-03","notes":"","archived":false}`},
		{EntityEvent,
			`{"ID":4,"Title":"Briefing","Kind":"briefing","StartsAt":"2026-12-01 10:00","Venue":"","Host":"",` +
				`"RSVPBy":"","DressCode":"","Notes":"","Archived":false}`,
			`{"id":4,"title":"Briefing","kind":"briefing","starts_at":"2026-12-01 10:00","venue":"","host":"",` +
				`"partners":"","rsvp_by":"","dress_code":"","notes":"","archived":false}`},
	} {
		t.Run(tt.entity, func(t *testing.T) {
			got, _, err := upgradeFormat0(tt.entity, tt.old)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("upgradeFormat0 =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
	t.Run("a field it does not know", func(t *testing.T) {
		_, _, err := upgradeFormat0(EntityPerson, `{"ID":3,"FamilyName":"Ivanov","Nickname":"Vanya"}`)
		if err == nil || !strings.Contains(err.Error(), `"Nickname"`) {
			t.Errorf("upgradeFormat0 = %v, want an error naming the field rather than losing it", err)
		}
	})
	t.Run("a date it cannot read", func(t *testing.T) {
		if _, _, err := upgradeFormat0(EntityEvent, `{"ID":4,"StartsAt":"31.02.2026"}`); err == nil {
			t.Error("upgradeFormat0 read 31.02.2026 as a date")
		}
	})
}
