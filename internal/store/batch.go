package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// A Batch is one import, or one merge of two records: every change it
// made is recorded under it, so that it can be undone as a whole.
type Batch struct {
	ID       int64
	At       string // UTC
	Kind     string // BatchImport or BatchMerge
	Source   string // the files; for a merge, "duplicate → survivor"
	UndoneAt string // "" while it stands
	Changes  int
	// Who made it, as its changes record; "" when they do not say.
	Who string
}

// Import runs an import in one transaction, like Update, and records its
// changes as one batch; it returns the batch's ID, or 0 when the import
// changed nothing and so left no batch to undo.
func (s *Store) Import(ctx context.Context, source string, fn func(*Tx) error) (int64, error) {
	var batch int64
	err := s.Update(ctx, func(tx *Tx) error {
		var err error
		if batch, err = tx.insertID(`INSERT INTO batches (at, kind, source) VALUES (?, 'import', ?)`, s.stamp(), source); err != nil {
			return err
		}
		tx.batch, tx.bulk = batch, true
		if err := fn(tx); err != nil {
			return err
		}
		if err := tx.flushChanges(); err != nil {
			return err
		}
		var n int
		if err := tx.tx.QueryRowContext(ctx, `SELECT count(*) FROM changes WHERE batch_id = ?`, batch).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			batch = 0
			_, err = tx.exec(`DELETE FROM batches WHERE id = ?`, tx.batch)
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	return batch, nil
}

// Batches returns the imports and merges, latest first.
func (s *Store) Batches(ctx context.Context) ([]Batch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT b.id, b.at, b.kind, b.source, b.undone_at,
		(SELECT count(*) FROM changes c WHERE c.batch_id = b.id),
		coalesce((SELECT c.who FROM changes c WHERE c.batch_id = b.id ORDER BY c.id LIMIT 1), '')
		FROM batches b ORDER BY b.id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Batch
	for rows.Next() {
		var b Batch
		if err := rows.Scan(&b.ID, &b.At, &b.Kind, &b.Source, &b.UndoneAt, &b.Changes, &b.Who); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// ErrNotUndoable is returned when an import or a merge cannot be undone:
// it was undone already, or something it wrote has changed since. The
// error it comes in says why, in English and, through
// i18n.Lang.ErrorText, in the window's language.
var ErrNotUndoable = errors.New("cannot be undone")

// notUndoable is ErrNotUndoable with its reason: text is a key of the
// translation files.
type notUndoable struct{ why *i18n.Error }

func (e *notUndoable) Error() string        { return e.why.Error() }
func (e *notUndoable) Unwrap() error        { return e.why }
func (e *notUndoable) Is(target error) bool { return target == ErrNotUndoable }

func errNotUndoable(text string, args ...any) error {
	return &notUndoable{&i18n.Error{Text: text, Args: args}}
}

// byKind picks the text that names b's kind.
func byKind(b Batch, importText, mergeText string) string {
	if b.Kind == BatchMerge {
		return mergeText
	}
	return importText
}

// msg marks an English text that the window translates: the translation
// check finds the keys by it.
func msg(s string) string { return s }

// UndoImport takes back an import (the latest one standing when id is 0):
// what it created is deleted, what it updated gets its earlier values back,
// in one transaction. It refuses while anything the import wrote has
// changed since, rather than overwrite later work.
func (s *Store) UndoImport(ctx context.Context, id int64) (Batch, error) {
	var batch Batch
	err := s.Update(ctx, func(tx *Tx) error {
		var err error
		if batch, err = tx.standingBatch(id); err != nil {
			return err
		}
		changes, err := tx.batchChanges(batch.ID)
		if err != nil {
			return err
		}
		if err := tx.checkUnchangedSince(batch, changes); err != nil {
			return err
		}
		for _, c := range slices.Backward(changes) {
			if err := tx.undoChange(batch, c); err != nil {
				return fmt.Errorf("cannot undo the %s: %w", batch.Kind, err)
			}
		}
		if err := tx.restoreMergedPhotos(batch.ID); err != nil {
			return err
		}
		_, err = tx.exec(`UPDATE batches SET undone_at = ? WHERE id = ?`, s.stamp(), batch.ID)
		return err
	})
	return batch, err
}

// standingBatch finds the batch to undo.
func (tx *Tx) standingBatch(id int64) (Batch, error) {
	q := `SELECT id, at, kind, source, undone_at FROM batches WHERE id = ?`
	args := []any{id}
	if id == 0 {
		q, args = `SELECT id, at, kind, source, undone_at FROM batches WHERE undone_at = '' ORDER BY id DESC LIMIT 1`, nil
	}
	var b Batch
	err := tx.tx.QueryRowContext(tx.ctx, q, args...).Scan(&b.ID, &b.At, &b.Kind, &b.Source, &b.UndoneAt)
	switch {
	case errors.Is(err, sql.ErrNoRows) && id == 0:
		return b, errNotUndoable(msg("there is no import or merge to undo"))
	case errors.Is(err, sql.ErrNoRows):
		return b, fmt.Errorf("import %d: %w", id, liaison.ErrNotFound)
	case err != nil:
		return b, err
	case b.UndoneAt != "":
		return b, errNotUndoable(byKind(b, msg("the import cannot be undone: it was undone already (%s)"),
			msg("the merge cannot be undone: it was undone already (%s)")), b.UndoneAt)
	}
	return b, nil
}

func (tx *Tx) batchChanges(id int64) ([]Change, error) {
	return readChanges(tx.ctx, tx.tx, changeQuery+` WHERE batch_id = ? ORDER BY id`, id)
}

// checkUnchangedSince refuses when a record the batch wrote, or a record
// that refers to one it created, changed after it.
func (tx *Tx) checkUnchangedSince(b Batch, changes []Change) error {
	if len(changes) == 0 {
		return nil
	}
	touched := map[string]bool{}
	createdPeople, createdMissions := map[int64]bool{}, map[int64]bool{}
	for _, c := range changes {
		touched[c.Entity+fmt.Sprint(c.EntityID)] = true
		if c.Action == ActionCreate && c.Entity == EntityPerson {
			createdPeople[c.EntityID] = true
		}
		if c.Action == ActionCreate && c.Entity == EntityMission {
			createdMissions[c.EntityID] = true
		}
	}
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT at, entity, entity_id, coalesce(after, before, '') FROM changes
		WHERE id > ? AND coalesce(batch_id, 0) <> ? ORDER BY id`, changes[len(changes)-1].ID, b.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var at, entity, body string
		var id int64
		if err := rows.Scan(&at, &entity, &id, &body); err != nil {
			return err
		}
		if touched[entity+fmt.Sprint(id)] {
			return errNotUndoable(byKind(b, msg("the import cannot be undone: something it wrote has been changed since (%s)"),
				msg("the merge cannot be undone: something it wrote has been changed since (%s)")), at)
		}
		if body == "" {
			continue // an erasure: the person is gone, and so is their history
		}
		switch entity {
		case EntityInvitation:
			inv, err := decodeInvitation(body)
			if err != nil {
				return err
			}
			if createdPeople[inv.PersonID] || createdPeople[inv.RepresentedBy] {
				return errNotUndoable(msg("the import cannot be undone: someone it added has been invited since (%s)"), at)
			}
		case EntityPerson:
			p, err := decodePerson(body)
			if err != nil {
				return err
			}
			if createdMissions[p.MissionID] {
				return errNotUndoable(msg("the import cannot be undone: someone has been added since to a mission it created (%s)"), at)
			}
		}
	}
	return rows.Err()
}

// revert takes back one change.
func (tx *Tx) revert(c Change) error {
	if c.Action == ActionCreate {
		return tx.deleteCreated(c.Entity, c.EntityID)
	}
	before, err := decodeRecord(c.Entity, c.Before)
	if err != nil {
		return err
	}
	switch r := before.(type) {
	case liaison.Person:
		return tx.UpdatePerson(r)
	case liaison.Mission:
		return tx.UpdateMission(r)
	case liaison.Event:
		return tx.UpdateEvent(r)
	default:
		return tx.UpdateInvitation(r.(liaison.Invitation))
	}
}

// deleteCreated deletes a record an import created, recording it.
func (tx *Tx) deleteCreated(entity string, id int64) error {
	var before any
	var err error
	switch entity {
	case EntityPerson:
		before, err = person(tx.ctx, tx.tx, id)
		tx.dirtyPeople[id] = true
		delete(tx.pending, id)
	case EntityMission:
		before, err = mission(tx.ctx, tx.tx, id)
		tx.dirtyMissions[id] = true
		delete(tx.missions, id)
	case EntityEvent:
		before, err = event(tx.ctx, tx.tx, id)
	default:
		before, err = invitationByID(tx.ctx, tx.tx, id)
	}
	if err != nil {
		return err
	}
	table := map[string]string{EntityPerson: "people", EntityMission: "missions", EntityEvent: "events",
		EntityInvitation: "invitations"}[entity]
	if _, err := tx.exec(`DELETE FROM `+table+` WHERE id = ?`, id); err != nil {
		return fmt.Errorf("%s %d: %w", strings.TrimSuffix(table, "s"), id, err)
	}
	return tx.record(entity, id, ActionDelete, before, nil)
}

func invitationByID(ctx context.Context, q queryer, id int64) (liaison.Invitation, error) {
	var inv liaison.Invitation
	err := q.QueryRowContext(ctx, `SELECT `+invitationColumns+` FROM invitations i WHERE i.id = ?`, id).Scan(invitationDest(&inv)...)
	if errors.Is(err, sql.ErrNoRows) {
		return inv, notFound("invitation", id)
	}
	return inv, err
}
