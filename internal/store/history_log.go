package store

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"liaison/internal/liaison"
)

// The kinds of record the change history follows.
const (
	EntityMission    = "mission"
	EntityPerson     = "person"
	EntityEvent      = "event"
	EntityInvitation = "invitation"
)

// The actions the change history records.
const (
	ActionCreate  = "create"
	ActionUpdate  = "update"
	ActionArchive = "archive"
	ActionRestore = "restore"
	ActionDelete  = "delete"
	// ActionErase marks a person erased: the entry holds no data.
	ActionErase = "erase"
)

// record writes one change in the transaction that makes it. before is
// nil for a create, after nil for a delete. An update that changed nothing
// is not recorded.
func (tx *Tx) record(entity string, id int64, action string, before, after any) error {
	b, err := jsonOrNull(before)
	if err != nil {
		return err
	}
	a, err := jsonOrNull(after)
	if err != nil {
		return err
	}
	if b != nil && a != nil && b == a {
		return nil // saved as it was: nothing to tell
	}
	row := []any{tx.store.stamp(), entity, id, action, b, a, nullID(tx.batch)}
	if !tx.bulk {
		return tx.insertChanges(insertChange, row)
	}
	tx.changeRows = append(tx.changeRows, row...)
	if len(tx.changeRows) < changeColumns*changeBatch {
		return nil
	}
	return tx.flushChanges()
}

// changeColumns is how many values a row of changes takes, and
// changeBatch how many rows an import writes in one statement: with a
// statement a row, 100,000 cards spent 1.27 s on their history instead
// of 0.88 s.
const (
	changeColumns = 7
	changeBatch   = 32
)

var (
	insertChange      = `INSERT INTO changes (at, entity, entity_id, action, before, after, batch_id) VALUES ` + rowPlaceholders(changeColumns, 1)
	insertChangeBatch = `INSERT INTO changes (at, entity, entity_id, action, before, after, batch_id) VALUES ` + rowPlaceholders(changeColumns, changeBatch)
)

// rowPlaceholders returns "(?, ?), (?, ?)" for rows rows of n columns.
func rowPlaceholders(n, rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", rows), ", ")
}

// flushChanges writes the changes an import kept, in the order they were
// made.
func (tx *Tx) flushChanges() error {
	rows := tx.changeRows
	if len(rows) == changeColumns*changeBatch {
		if err := tx.insertChanges(insertChangeBatch, rows); err != nil {
			return err
		}
	} else {
		for r := range slices.Chunk(rows, changeColumns) {
			if err := tx.insertChanges(insertChange, r); err != nil {
				return err
			}
		}
	}
	tx.changeRows = rows[:0]
	return nil
}

func (tx *Tx) insertChanges(query string, args []any) error {
	if _, err := tx.exec(query, args...); err != nil {
		return fmt.Errorf("cannot record the change: %w", err)
	}
	return nil
}

func jsonOrNull(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// archiveAction tells an update that archives or restores from one that
// changes fields.
func archiveAction(was, is bool) string {
	switch {
	case is && !was:
		return ActionArchive
	case was && !is:
		return ActionRestore
	}
	return ActionUpdate
}

// A Change is one entry of the change history.
type Change struct {
	ID       int64
	At       string // UTC, 2006-01-02T15:04:05Z
	Entity   string
	EntityID int64
	Action   string
	Before   string // JSON, "" for a create
	After    string // JSON, "" for a delete
	BatchID  int64
}

// Changes returns the history of one record, latest first.
func (s *Store) Changes(ctx context.Context, entity string, id int64) ([]Change, error) {
	return s.changes(ctx, `WHERE entity = ? AND entity_id = ? ORDER BY id DESC`, entity, id)
}

// History returns what the window shows as a record's history, latest
// first: for a person, their changes and those of their invitations; for
// an event, its changes and those of its invitations; for a mission, its
// changes.
func (s *Store) History(ctx context.Context, entity string, id int64) ([]Change, error) {
	switch entity {
	case EntityPerson:
		return s.changes(ctx, `WHERE entity = 'person' AND entity_id = ?1 UNION ALL `+changeQuery+
			` WHERE entity = 'invitation' AND json_extract(coalesce(after, before), '$.PersonID') = ?1
			ORDER BY id DESC`, id)
	case EntityEvent:
		return s.changes(ctx, `WHERE entity = 'event' AND entity_id = ?1 UNION ALL `+changeQuery+
			` WHERE entity = 'invitation' AND json_extract(coalesce(after, before), '$.EventID') = ?1
			ORDER BY id DESC`, id)
	}
	return s.Changes(ctx, entity, id)
}

const changeQuery = `SELECT id, at, entity, entity_id, action, coalesce(before, ''),
	coalesce(after, ''), coalesce(batch_id, 0) FROM changes`

func (s *Store) changes(ctx context.Context, where string, args ...any) ([]Change, error) {
	rows, err := s.db.QueryContext(ctx, changeQuery+` `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.ID, &c.At, &c.Entity, &c.EntityID, &c.Action, &c.Before, &c.After, &c.BatchID); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// A FieldChange is one field an update changed, with its old and new
// values as the history shows them ("—" for empty).
type FieldChange struct {
	Field         string // the Go field name: "Position", "FamilyName"
	Before, After string
	// Old and New are the values as decoded from JSON: string, float64,
	// bool, []any or nil.
	Old, New any
}

// Diff says which fields an update changed, in the order of the record's
// fields. A create or delete lists nothing.
func (c Change) Diff() []FieldChange {
	if c.Before == "" || c.After == "" {
		return nil
	}
	var before, after map[string]any
	if json.Unmarshal([]byte(c.Before), &before) != nil || json.Unmarshal([]byte(c.After), &after) != nil {
		return nil
	}
	var out []FieldChange
	for _, k := range fieldOrder(c.Entity) {
		if fmt.Sprint(before[k]) != fmt.Sprint(after[k]) {
			out = append(out, FieldChange{k, shown(before[k]), shown(after[k]), before[k], after[k]})
		}
	}
	return out
}

// Fields says which fields a change changed, old and new: "Position:
// "Counsellor" → "Minister-Counsellor"". A create or delete lists nothing.
func (c Change) Fields() []string {
	var out []string
	for _, f := range c.Diff() {
		out = append(out, fmt.Sprintf("%s: %s → %s", f.Field, f.Before, f.After))
	}
	return out
}

// Record returns the record a change wrote, or for a delete the record as
// it was, as JSON decoded into a map.
func (c Change) Record() map[string]any {
	body := c.After
	if body == "" {
		body = c.Before
	}
	var m map[string]any
	_ = json.Unmarshal([]byte(body), &m)
	return m
}

func shown(v any) string {
	switch x := v.(type) {
	case nil:
		return "—"
	case string:
		if x == "" {
			return "—"
		}
		return fmt.Sprintf("%q", x)
	case []any:
		if len(x) == 0 {
			return "—"
		}
	}
	return fmt.Sprint(v)
}

// fieldOrder lists the fields of each kind of record in the order forms
// show them: the order of the struct, which JSON keeps.
func fieldOrder(entity string) []string {
	var t reflect.Type
	switch entity {
	case EntityMission:
		t = reflect.TypeFor[liaison.Mission]()
	case EntityPerson:
		t = reflect.TypeFor[liaison.Person]()
	case EntityEvent:
		t = reflect.TypeFor[liaison.Event]()
	default:
		t = reflect.TypeFor[liaison.Invitation]()
	}
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i] = t.Field(i).Name
	}
	return keys
}
