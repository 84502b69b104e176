package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"liaison/internal/liaison"
)

// Every mission, person, event and invitation carries a version (the
// Version field of its liaison struct): 1 when it is written first, one
// more at every change. A save applies only while the stored record still
// has the version the caller read, so that of two officers editing one
// record at once the second is told (a *ConflictError) instead of
// overwriting the first without knowing.
//
// Which writes check:
//   - UpdateMission, UpdatePerson, UpdateEvent and UpdateInvitation check
//     the Version of the value they are given, unless it is 0. Every read
//     fills it, so the window's forms and the CLI's edits, which read in
//     one step and write in another, are checked; so are imports and
//     merges, whose plans are read before they are written.
//   - DeleteMission, DeletePerson and DeleteEvent take the version the
//     caller read: a record changed meanwhile is not deleted.
//   - Writes that read the record and change it in one transaction
//     (Archive*, SetDeparted, MakeActingHead, SetReply, SetStatuses,
//     SetForTwo, MarkInvited, Invite) work on what is stored, so they lose
//     nothing and are not checked; they do raise the version. SetReplyAt
//     checks a version when given one (the CLI's --if-version).
//   - Undo: the "before" values SetStatuses, SetForTwo, MarkInvited and
//     MakeActingHead return carry the version their change left, so that
//     putting them back refuses to undo over a later change by someone
//     else. Undoing an import or a merge has its own check.
//   - Changes to an event's fields do not touch its invitations, and each
//     invitation has its own version: two officers recording the replies
//     of different guests never conflict.

// ErrConflict is returned, wrapped in a *ConflictError, when a record was
// changed by someone else since the caller read it.
var ErrConflict = errors.New("changed by someone else meanwhile")

// A ConflictError says that a save was refused because the record changed
// since the caller read it. Nothing was written.
type ConflictError struct {
	Entity string // EntityMission, EntityPerson, EntityEvent or EntityInvitation
	ID     int64
	Name   string // the record's name as lists show it: "Ivanov Ivan"
	// Yours are the caller's values (a liaison.Mission, Person, Event or
	// Invitation), nil for a delete or a version check alone; Saved is
	// the record as it is stored now, with its current Version.
	Yours, Saved any
	// Fields are the fields, by their Go names ("Position", "Phones"), in
	// which Yours and Saved differ, in the order of the struct.
	Fields []string
	// Delete is set when the refused write was a deletion.
	Delete bool
}

// Error says which record changed and in which fields, on one line.
func (e *ConflictError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "conflict: %s %d", e.Entity, e.ID)
	if e.Name != "" {
		fmt.Fprintf(&b, " (%s)", e.Name)
	}
	b.WriteString(" was changed by someone else meanwhile")
	if len(e.Fields) > 0 {
		words := make([]string, len(e.Fields))
		for i, f := range e.Fields {
			words[i] = FieldWords(f)
		}
		b.WriteString(": " + strings.Join(words, ", "))
	}
	if v := versionOf(e.Saved); v != 0 {
		fmt.Fprintf(&b, " (now version %d)", v)
	}
	if e.Delete {
		b.WriteString("; nothing deleted — look again and retry")
	} else {
		b.WriteString("; nothing saved — look again and retry")
	}
	return b.String()
}

// Is makes errors.Is(err, ErrConflict) true.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// FieldWords turns a field's Go name into lower-case words: "HeadOfMission"
// → "head of mission", "MissionID" → "mission", "RSVPBy" → "rsvp by".
func FieldWords(field string) string {
	rs := []rune(field)
	if n := len(rs); n > 2 && strings.HasSuffix(field, "ID") && unicode.IsLower(rs[n-3]) {
		rs = rs[:n-2] // a reference: MissionID is the mission
	}
	var b strings.Builder
	for i, r := range rs {
		// A capital starts a word unless it continues an acronym.
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// DifferentFields lists the fields, by Go name, in which two records of
// the same type differ, ignoring ID and Version; an empty list equals a
// missing one.
func DifferentFields(a, b any) []string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if !va.IsValid() || !vb.IsValid() || va.Type() != vb.Type() || va.Kind() != reflect.Struct {
		return nil
	}
	var out []string
	for i := range va.NumField() {
		f := va.Type().Field(i)
		if f.Name == "ID" || f.Name == "Version" || !f.IsExported() {
			continue
		}
		x, y := va.Field(i), vb.Field(i)
		if x.Kind() == reflect.Slice && x.Len() == 0 && y.Len() == 0 {
			continue
		}
		if !reflect.DeepEqual(x.Interface(), y.Interface()) {
			out = append(out, f.Name)
		}
	}
	return out
}

// versionOf returns the Version of a mission, person, event or
// invitation, 0 for anything else.
func versionOf(rec any) int64 {
	switch r := rec.(type) {
	case liaison.Mission:
		return r.Version
	case liaison.Person:
		return r.Version
	case liaison.Event:
		return r.Version
	case liaison.Invitation:
		return r.Version
	}
	return 0
}

// versionKey names a record for Tx.versions.
type versionKey struct {
	entity string
	id     int64
}

// versionStep is what a transaction did to a record's version: it found
// from and left to.
type versionStep struct{ from, to int64 }

// expected returns the version an update of the record must find in this
// transaction for a caller who read version: a record this transaction
// changed already is found at the version it left, as long as the caller
// read it before (an import that writes one record twice). 0 stays 0.
func (tx *Tx) expected(entity string, id, version int64) int64 {
	if st, ok := tx.versions[versionKey{entity, id}]; ok && version == st.from {
		return st.to
	}
	return version
}

// stepped records that an update found the record at version found and
// raised it by one.
func (tx *Tx) stepped(entity string, id, found int64) {
	k := versionKey{entity, id}
	st, ok := tx.versions[k]
	if !ok {
		st.from = found
	}
	st.to = found + 1
	tx.versions[k] = st
}

// refused explains an update that matched no row: the record is gone
// (ErrNotFound), or it is there at another version than the caller read
// (a *ConflictError holding yours and the record as stored; yours nil
// when the caller named a version only).
func (tx *Tx) refused(entity string, id int64, yours any) error {
	var saved any
	var name string
	var err error
	switch entity {
	case EntityMission:
		var m liaison.Mission
		m, err = mission(tx.ctx, tx.tx, id)
		saved, name = m, m.DisplayName()
	case EntityPerson:
		var p liaison.Person
		p, err = person(tx.ctx, tx.tx, id)
		saved, name = p, p.FullName()
	case EntityEvent:
		var e liaison.Event
		e, err = event(tx.ctx, tx.tx, id)
		saved, name = e, e.Title
	default:
		var inv liaison.Invitation
		inv, err = invitationByID(tx.ctx, tx.tx, id)
		saved, name = inv, tx.invitationName(inv)
	}
	if err != nil {
		return err
	}
	return &ConflictError{Entity: entity, ID: id, Name: name, Yours: yours, Saved: saved,
		Fields: DifferentFields(yours, saved)}
}

// invitationName names an invitation by its guest and event: "Ivanov Ivan,
// National Day reception".
func (tx *Tx) invitationName(inv liaison.Invitation) string {
	var parts []string
	if p, err := person(tx.ctx, tx.tx, inv.PersonID); err == nil {
		parts = append(parts, p.FullName())
	}
	if e, err := event(tx.ctx, tx.tx, inv.EventID); err == nil {
		parts = append(parts, e.Title)
	}
	return strings.Join(parts, ", ")
}

// checkVersion refuses, with a *ConflictError, to delete a record that is
// no longer at the version the caller read; 0 checks nothing.
func (tx *Tx) checkVersion(entity string, id, version int64, stored int64) error {
	if version == 0 || tx.expected(entity, id, version) == stored {
		return nil
	}
	err := tx.refused(entity, id, nil)
	if c, ok := err.(*ConflictError); ok {
		c.Delete = true
	}
	return err
}

// versionWhere is the condition an update adds for a checked version.
func versionWhere(version int64) (string, []any) {
	if version == 0 {
		return "", nil
	}
	return " AND version = ?", []any{version}
}
