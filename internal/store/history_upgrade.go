package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"liaison/internal/liaison"
)

// format0Keys are the keys of format 0, the Go field names the domain
// structs had when it was written, with the key of format 1 each became.
// They are frozen here: renaming a Go field since changes nothing.
var format0Keys = map[string]map[string]string{
	EntityMission: {
		"ID": "id", "Kind": "kind", "Country": "country", "Name": "name", "ShortName": "short_name",
		"NameEn": "name_en", "ShortEn": "short_en", "NameRu": "name_ru", "ShortRu": "short_ru",
		"NameKk": "name_kk", "ShortKk": "short_kk", "NonResident": "non_resident", "ResidentIn": "resident_in",
		"Address": "address", "Phones": "phones", "Email": "email", "Website": "website",
		"NationalDay": "national_day", "Notes": "notes", "Archived": "archived",
	},
	EntityPerson: {
		"ID": "id", "MissionID": "mission_id", "FamilyName": "family_name", "GivenName": "given_name",
		"MiddleName": "middle_name", "AltName": "alt_name", "Salutation": "salutation", "Rank": "rank",
		"Position": "position", "HeadOfMission": "head_of_mission", "Agrement": "agrement",
		"Credentials": "credentials", "Notification": "notification", "Emails": "emails", "Phones": "phones",
		"Languages": "languages", "Spouse": "spouse", "Notes": "notes", "PostingStart": "posting_start",
		"PostingEnd": "posting_end", "Departed": "departed", "Archived": "archived", "UID": "uid",
		"Suffix": "suffix", "Address": "address",
	},
	EntityEvent: {
		"ID": "id", "Title": "title", "Kind": "kind", "StartsAt": "starts_at", "Venue": "venue", "Host": "host",
		"Partners": "partners", "RSVPBy": "rsvp_by", "DressCode": "dress_code", "Notes": "notes",
		"Archived": "archived",
	},
	EntityInvitation: {
		"ID": "id", "EventID": "event_id", "PersonID": "person_id", "Status": "status", "ForTwo": "for_two",
		"RepresentedBy": "represented_by", "Channel": "channel", "Sent": "sent", "Answered": "answered",
		"Note": "note",
	},
}

// upgradeFormat0 converts a record of format 0 to format 1 and returns it
// decoded too. A key it does not know is an error, not dropped: the
// history would lose what the record said.
func upgradeFormat0(entity, body string) (string, any, error) {
	keys, ok := format0Keys[entity]
	if !ok {
		return "", nil, fmt.Errorf("the change history keeps no %q", entity)
	}
	var old map[string]json.RawMessage
	if err := json.Unmarshal([]byte(body), &old); err != nil {
		return "", nil, fmt.Errorf("a %s in the change history is not JSON: %w", entity, err)
	}
	renamed := make(map[string]json.RawMessage, len(old))
	for k, v := range old {
		key, ok := keys[k]
		if !ok {
			return "", nil, fmt.Errorf("a %s in the change history has a field %q this Liaison does not know", entity, k)
		}
		renamed[key] = v
	}
	b, err := json.Marshal(renamed)
	if err != nil {
		return "", nil, err
	}
	v, err := decodeRecord(entity, string(b))
	if err != nil {
		return "", nil, err
	}
	out, err := encodeRecord(v)
	return out, v, err
}

// goSteps are the parts of migrations written in Go, run after the
// migration's SQL in its transaction.
var goSteps = map[int]func(context.Context, *sql.Tx) error{
	9: upgradeHistory,
}

// upgradeBatch is how many entries upgradeHistory reads at a time: all of
// them at once would hold a large history in memory.
const upgradeBatch = 1000

// upgradeHistory converts the change history from format 0 to format 1
// and fills the columns that name the person and the event of each
// change (migration 0009).
func upgradeHistory(ctx context.Context, tx *sql.Tx) error {
	update, err := tx.PrepareContext(ctx, `UPDATE changes SET format = ?, before = ?, after = ?,
		person_id = ?, event_id = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer update.Close()
	for last := int64(0); ; {
		olds, err := format0Changes(ctx, tx, last)
		if err != nil || len(olds) == 0 {
			return err
		}
		for _, c := range olds {
			if err := upgradeChange(ctx, update, c); err != nil {
				return fmt.Errorf("entry %d of the change history: %w", c.ID, err)
			}
		}
		last = olds[len(olds)-1].ID
	}
}

// format0Changes reads the next entries of format 0 after the one last.
func format0Changes(ctx context.Context, tx *sql.Tx, last int64) ([]Change, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, entity, entity_id, coalesce(before, ''), coalesce(after, '')
		FROM changes WHERE format = 0 AND id > ? ORDER BY id LIMIT ?`, last, upgradeBatch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.ID, &c.Entity, &c.EntityID, &c.Before, &c.After); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func upgradeChange(ctx context.Context, update *sql.Stmt, c Change) error {
	var values [2]any // before and after, NULL when absent
	var record any
	for i, body := range []string{c.Before, c.After} {
		if body == "" {
			continue
		}
		b, v, err := upgradeFormat0(c.Entity, body)
		if err != nil {
			return err
		}
		values[i], record = b, v
	}
	person, event := changeRefs(c.Entity, c.EntityID, record)
	_, err := update.ExecContext(ctx, slices.Concat([]any{historyFormat}, values[:], []any{person, event, c.ID})...)
	return err
}

// changeRefs returns the person and the event a change is about, for
// changes.person_id and changes.event_id: a person's or an event's own
// ID; an invitation's person and event, as record (its state after the
// change, or before a delete) says. NULL where there is none.
func changeRefs(entity string, id int64, record any) (person, event any) {
	switch entity {
	case EntityPerson:
		return id, nil
	case EntityEvent:
		return nil, id
	}
	if inv, ok := record.(liaison.Invitation); ok {
		return nullID(inv.PersonID), nullID(inv.EventID)
	}
	return nil, nil
}
