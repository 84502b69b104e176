package store

import (
	"encoding/json"
	"fmt"
	"reflect"

	"liaison/internal/liaison"
)

// historyFormat is the version of the form in which the change history
// keeps a record (changes.before and changes.after), stored with every
// change in changes.format.
//
// Format 1 is a JSON object with the snake_case keys of the record types
// below: dates as "2006-01-02" or "2006-01-02 15:04" ("" when unknown), a
// national day as "MM-DD", lists as arrays ([] when empty), IDs as numbers
// (0 for none). It is a contract with every database written since: the
// keys never follow a renamed Go field. A change to the form is a new
// format, with a migration that converts the history already stored.
//
// Format 0, written before migration 0009, was json.Marshal of the domain
// structs, keyed by their Go field names; upgradeFormat0 converts it.
const historyFormat = 1

// A missionRecord is a mission as the change history keeps it.
type missionRecord struct {
	ID          int64    `json:"id"`
	Kind        string   `json:"kind"`
	Country     string   `json:"country"`
	Name        string   `json:"name"`
	ShortName   string   `json:"short_name"`
	NameEn      string   `json:"name_en"`
	ShortEn     string   `json:"short_en"`
	NameRu      string   `json:"name_ru"`
	ShortRu     string   `json:"short_ru"`
	NameKk      string   `json:"name_kk"`
	ShortKk     string   `json:"short_kk"`
	NonResident bool     `json:"non_resident"`
	ResidentIn  string   `json:"resident_in"`
	Address     string   `json:"address"`
	Phones      []string `json:"phones"`
	Email       string   `json:"email"`
	Website     string   `json:"website"`
	NationalDay string   `json:"national_day"`
	Notes       string   `json:"notes"`
	Archived    bool     `json:"archived"`
}

// A personRecord is a person as the change history keeps them.
type personRecord struct {
	ID            int64    `json:"id"`
	MissionID     int64    `json:"mission_id"`
	FamilyName    string   `json:"family_name"`
	GivenName     string   `json:"given_name"`
	MiddleName    string   `json:"middle_name"`
	AltName       string   `json:"alt_name"`
	Salutation    string   `json:"salutation"`
	Rank          string   `json:"rank"`
	Position      string   `json:"position"`
	HeadOfMission bool     `json:"head_of_mission"`
	Agrement      string   `json:"agrement"`
	Credentials   string   `json:"credentials"`
	Notification  string   `json:"notification"`
	Emails        []string `json:"emails"`
	Phones        []string `json:"phones"`
	Languages     []string `json:"languages"`
	Spouse        string   `json:"spouse"`
	Notes         string   `json:"notes"`
	PostingStart  string   `json:"posting_start"`
	PostingEnd    string   `json:"posting_end"`
	Departed      bool     `json:"departed"`
	Archived      bool     `json:"archived"`
	UID           string   `json:"uid"`
	Suffix        string   `json:"suffix"`
	Address       string   `json:"address"`
}

// An eventRecord is an event as the change history keeps it.
type eventRecord struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Kind      string `json:"kind"`
	StartsAt  string `json:"starts_at"`
	Venue     string `json:"venue"`
	Host      string `json:"host"`
	Partners  string `json:"partners"`
	RSVPBy    string `json:"rsvp_by"`
	DressCode string `json:"dress_code"`
	Notes     string `json:"notes"`
	Archived  bool   `json:"archived"`
}

// An invitationRecord is an invitation as the change history keeps it.
type invitationRecord struct {
	ID            int64  `json:"id"`
	EventID       int64  `json:"event_id"`
	PersonID      int64  `json:"person_id"`
	Status        string `json:"status"`
	ForTwo        bool   `json:"for_two"`
	RepresentedBy int64  `json:"represented_by"`
	Channel       string `json:"channel"`
	Sent          string `json:"sent"`
	Answered      string `json:"answered"`
	Note          string `json:"note"`
}

// recordTypes are the record types of each kind of record.
var recordTypes = map[string]reflect.Type{
	EntityMission:    reflect.TypeFor[missionRecord](),
	EntityPerson:     reflect.TypeFor[personRecord](),
	EntityEvent:      reflect.TypeFor[eventRecord](),
	EntityInvitation: reflect.TypeFor[invitationRecord](),
}

// entityOf names the kind of a domain record: EntityPerson for a
// liaison.Person.
func entityOf(v any) (string, error) {
	switch v.(type) {
	case liaison.Mission:
		return EntityMission, nil
	case liaison.Person:
		return EntityPerson, nil
	case liaison.Event:
		return EntityEvent, nil
	case liaison.Invitation:
		return EntityInvitation, nil
	}
	return "", fmt.Errorf("the change history cannot keep a %T", v)
}

// plain returns the record a pointer points to, and any other value as
// it is: creates pass the record they filled in with its ID.
func plain(v any) any {
	switch x := v.(type) {
	case *liaison.Mission:
		return *x
	case *liaison.Person:
		return *x
	case *liaison.Event:
		return *x
	case *liaison.Invitation:
		return *x
	}
	return v
}

// encodeRecord returns a mission, person, event or invitation in the
// change history's format.
func encodeRecord(v any) (string, error) {
	var r any
	switch x := v.(type) {
	case liaison.Mission:
		r = missionRecordOf(x)
	case liaison.Person:
		r = personRecordOf(x)
	case liaison.Event:
		r = eventRecordOf(x)
	case liaison.Invitation:
		r = invitationRecordOf(x)
	default:
		_, err := entityOf(v)
		return "", err
	}
	b, err := json.Marshal(r)
	return string(b), err
}

// decodeRecord reads a record of the kind entity from the change
// history: a liaison.Mission, Person, Event or Invitation.
func decodeRecord(entity, body string) (any, error) {
	switch entity {
	case EntityMission:
		return decodeMission(body)
	case EntityPerson:
		return decodePerson(body)
	case EntityEvent:
		return decodeEvent(body)
	case EntityInvitation:
		return decodeInvitation(body)
	}
	return nil, fmt.Errorf("the change history keeps no %q", entity)
}

func decodeMission(body string) (liaison.Mission, error) {
	var r missionRecord
	if err := unmarshalRecord(EntityMission, body, &r); err != nil {
		return liaison.Mission{}, err
	}
	return r.mission()
}

func decodePerson(body string) (liaison.Person, error) {
	var r personRecord
	if err := unmarshalRecord(EntityPerson, body, &r); err != nil {
		return liaison.Person{}, err
	}
	return r.person()
}

func decodeEvent(body string) (liaison.Event, error) {
	var r eventRecord
	if err := unmarshalRecord(EntityEvent, body, &r); err != nil {
		return liaison.Event{}, err
	}
	return r.event()
}

func decodeInvitation(body string) (liaison.Invitation, error) {
	var r invitationRecord
	if err := unmarshalRecord(EntityInvitation, body, &r); err != nil {
		return liaison.Invitation{}, err
	}
	return r.invitation()
}

func unmarshalRecord(entity, body string, r any) error {
	if err := json.Unmarshal([]byte(body), r); err != nil {
		return fmt.Errorf("the change history holds a %s it cannot read: %w", entity, err)
	}
	return nil
}

// orEmpty keeps an empty list as [] rather than null, so that a record
// reads the same whether its list was read from the database or typed.
func orEmpty(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// orNil gives back nil for an empty list, as the store reads one.
func orNil(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	return l
}

func missionRecordOf(m liaison.Mission) missionRecord {
	return missionRecord{ID: m.ID, Kind: string(m.Kind), Country: m.Country, Name: m.Name, ShortName: m.ShortName,
		NameEn: m.NameEn, ShortEn: m.ShortEn, NameRu: m.NameRu, ShortRu: m.ShortRu, NameKk: m.NameKk, ShortKk: m.ShortKk,
		NonResident: m.NonResident, ResidentIn: m.ResidentIn, Address: m.Address, Phones: orEmpty(m.Phones),
		Email: m.Email, Website: m.Website, NationalDay: m.NationalDay.String(), Notes: m.Notes, Archived: m.Archived}
}

func (r missionRecord) mission() (liaison.Mission, error) {
	day, err := liaison.ParseMonthDay(r.NationalDay)
	if err != nil {
		return liaison.Mission{}, fmt.Errorf("the change history holds a mission it cannot read: national day: %w", err)
	}
	return liaison.Mission{ID: r.ID, Kind: liaison.MissionKind(r.Kind), Country: r.Country, Name: r.Name,
		ShortName: r.ShortName, NameEn: r.NameEn, ShortEn: r.ShortEn, NameRu: r.NameRu, ShortRu: r.ShortRu,
		NameKk: r.NameKk, ShortKk: r.ShortKk, NonResident: r.NonResident, ResidentIn: r.ResidentIn,
		Address: r.Address, Phones: orNil(r.Phones), Email: r.Email, Website: r.Website, NationalDay: day,
		Notes: r.Notes, Archived: r.Archived}, nil
}

func personRecordOf(p liaison.Person) personRecord {
	return personRecord{ID: p.ID, MissionID: p.MissionID, FamilyName: p.FamilyName, GivenName: p.GivenName,
		MiddleName: p.MiddleName, AltName: p.AltName, Salutation: p.Salutation, Rank: string(p.Rank),
		Position: p.Position, HeadOfMission: p.HeadOfMission, Agrement: p.Agrement.String(),
		Credentials: p.Credentials.String(), Notification: p.Notification.String(), Emails: orEmpty(p.Emails),
		Phones: orEmpty(p.Phones), Languages: orEmpty(p.Languages), Spouse: p.Spouse, Notes: p.Notes,
		PostingStart: p.PostingStart.String(), PostingEnd: p.PostingEnd.String(), Departed: p.Departed,
		Archived: p.Archived, UID: p.UID, Suffix: p.Suffix, Address: p.Address}
}

func (r personRecord) person() (liaison.Person, error) {
	var dates dateReader
	p := liaison.Person{ID: r.ID, MissionID: r.MissionID, FamilyName: r.FamilyName, GivenName: r.GivenName,
		MiddleName: r.MiddleName, AltName: r.AltName, Salutation: r.Salutation, Rank: liaison.Rank(r.Rank),
		Position: r.Position, HeadOfMission: r.HeadOfMission, Agrement: dates.read("agrement", r.Agrement),
		Credentials: dates.read("credentials", r.Credentials), Notification: dates.read("notification", r.Notification),
		Emails: orNil(r.Emails), Phones: orNil(r.Phones), Languages: orNil(r.Languages), Spouse: r.Spouse,
		Notes: r.Notes, PostingStart: dates.read("posting_start", r.PostingStart),
		PostingEnd: dates.read("posting_end", r.PostingEnd), Departed: r.Departed, Archived: r.Archived,
		UID: r.UID, Suffix: r.Suffix, Address: r.Address}
	return p, dates.failed("person")
}

func eventRecordOf(e liaison.Event) eventRecord {
	return eventRecord{ID: e.ID, Title: e.Title, Kind: string(e.Kind), StartsAt: e.StartsAt.String(),
		Venue: e.Venue, Host: e.Host, Partners: e.Partners, RSVPBy: e.RSVPBy.String(), DressCode: e.DressCode,
		Notes: e.Notes, Archived: e.Archived}
}

func (r eventRecord) event() (liaison.Event, error) {
	var dates dateReader
	e := liaison.Event{ID: r.ID, Title: r.Title, Kind: liaison.EventKind(r.Kind),
		StartsAt: dates.read("starts_at", r.StartsAt), Venue: r.Venue, Host: r.Host, Partners: r.Partners,
		RSVPBy: dates.read("rsvp_by", r.RSVPBy), DressCode: r.DressCode, Notes: r.Notes, Archived: r.Archived}
	return e, dates.failed("event")
}

func invitationRecordOf(inv liaison.Invitation) invitationRecord {
	return invitationRecord{ID: inv.ID, EventID: inv.EventID, PersonID: inv.PersonID, Status: string(inv.Status),
		ForTwo: inv.ForTwo, RepresentedBy: inv.RepresentedBy, Channel: string(inv.Channel),
		Sent: inv.Sent.String(), Answered: inv.Answered.String(), Note: inv.Note}
}

func (r invitationRecord) invitation() (liaison.Invitation, error) {
	var dates dateReader
	inv := liaison.Invitation{ID: r.ID, EventID: r.EventID, PersonID: r.PersonID, Status: liaison.Status(r.Status),
		ForTwo: r.ForTwo, RepresentedBy: r.RepresentedBy, Channel: liaison.Channel(r.Channel),
		Sent: dates.read("sent", r.Sent), Answered: dates.read("answered", r.Answered), Note: r.Note}
	return inv, dates.failed("invitation")
}

// A dateReader parses the dates of a record and keeps the first error.
type dateReader struct{ err error }

func (d *dateReader) read(key, s string) liaison.Date {
	v, err := liaison.ParseDate(s)
	if err != nil && d.err == nil {
		d.err = fmt.Errorf("%s: %w", key, err)
	}
	return v
}

func (d *dateReader) failed(what string) error {
	if d.err != nil {
		return fmt.Errorf("the change history holds a %s it cannot read: %w", what, d.err)
	}
	return nil
}

// A recordField is one field of a record in the change history: its
// name (the record type's field, which follows the domain struct's) and
// its key in the stored form.
type recordField struct{ name, key string }

// recordFields lists the fields of each kind of record in the order forms
// show them, which the record types keep.
var recordFields = func() map[string][]recordField {
	out := map[string][]recordField{}
	for entity, t := range recordTypes {
		fs := make([]recordField, t.NumField())
		for i := range fs {
			fs[i] = recordField{t.Field(i).Name, t.Field(i).Tag.Get("json")}
		}
		out[entity] = fs
	}
	return out
}()
