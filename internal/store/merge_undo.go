package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"liaison/internal/liaison"
)

// A Merge says that a record was merged into another, and when.
type Merge struct {
	BatchID  int64
	At       string // UTC
	Entity   string
	From     int64
	Into     int64
	IntoName string // the survivor's name now, "" when it is gone
	UndoneAt string // "" while the merge stands
}

// MergedInto returns the merge that took the record away, the latest
// when it was merged, undone and merged again; ErrNotFound when it never
// was merged away.
func (s *Store) MergedInto(ctx context.Context, entity string, id int64) (Merge, error) {
	m := Merge{Entity: entity, From: id}
	err := s.db.QueryRowContext(ctx, `SELECT g.batch_id, b.at, g.into_id, b.undone_at FROM merges g
		JOIN batches b ON b.id = g.batch_id WHERE g.entity = ? AND g.from_id = ?
		ORDER BY g.batch_id DESC LIMIT 1`, entity, id).Scan(&m.BatchID, &m.At, &m.Into, &m.UndoneAt)
	if errors.Is(err, sql.ErrNoRows) {
		return m, fmt.Errorf("%s %d was not merged: %w", entity, id, liaison.ErrNotFound)
	}
	if err != nil {
		return m, err
	}
	if entity == EntityPerson {
		if p, err := person(ctx, s.db, m.Into); err == nil {
			m.IntoName = p.FullName()
		}
	} else if ms, err := mission(ctx, s.db, m.Into); err == nil {
		m.IntoName = ms.DisplayName()
	}
	return m, nil
}

// undoChange takes back one change of a batch: an import's or a merge's.
func (tx *Tx) undoChange(b Batch, c Change) error {
	if b.Kind == BatchMerge {
		return tx.revertMerged(b.ID, c)
	}
	return tx.revert(c)
}

// revertMerged takes back one change of a merge. Unlike an import's, a
// merge deletes records (the duplicate, an invitation dropped) and moves
// invitations to another person: a record is put back with its ID, and an
// invitation rewritten by its ID.
func (tx *Tx) revertMerged(batch int64, c Change) error {
	switch {
	case c.Action == ActionDelete && c.Entity == EntityPerson:
		p, err := decodePerson(c.Before)
		if err != nil {
			return err
		}
		return tx.reinsertPerson(batch, p)
	case c.Action == ActionDelete && c.Entity == EntityMission:
		m, err := decodeMission(c.Before)
		if err != nil {
			return err
		}
		return tx.reinsertMission(batch, m)
	case c.Action == ActionDelete && c.Entity == EntityInvitation:
		inv, err := decodeInvitation(c.Before)
		if err != nil {
			return err
		}
		return tx.reinsertInvitation(inv)
	case c.Entity == EntityInvitation:
		before, err := decodeInvitation(c.Before)
		if err != nil {
			return err
		}
		now, err := invitationByID(tx.ctx, tx.tx, c.EntityID)
		if err != nil {
			return err
		}
		return tx.writeInvitation(now, before)
	}
	return tx.revert(c)
}

// reinsertPerson puts back a person a merge deleted, with their ID.
func (tx *Tx) reinsertPerson(batch int64, p liaison.Person) error {
	created, err := tx.mergedCreatedAt(batch)
	if err != nil {
		return err
	}
	if err := tx.checkPerson(p); err != nil {
		return err
	}
	if _, err := tx.exec(`INSERT INTO people (id, mission_id, family_name, given_name,
		middle_name, alt_name, salutation, rank, position, head_of_mission, agrement, credentials,
		notification, emails, phones, languages, spouse, notes, posting_start, posting_end, departed,
		archived, sort_name, uid, suffix, address, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		append(append([]any{p.ID}, personValues(p)...), created, tx.store.stamp())...); err != nil {
		return fmt.Errorf("cannot put back %s: %w", p.FullName(), err)
	}
	if err := tx.written(p); err != nil {
		return err
	}
	return tx.record(EntityPerson, p.ID, ActionCreate, nil, p)
}

// reinsertMission puts back a mission a merge deleted, with its ID.
func (tx *Tx) reinsertMission(batch int64, m liaison.Mission) error {
	created, err := tx.mergedCreatedAt(batch)
	if err != nil {
		return err
	}
	if _, err := tx.exec(`INSERT INTO missions (id, kind, country, name, short_name,
		non_resident, resident_in, address, phones, email, website, national_day, notes, archived,
		name_en, short_en, name_ru, short_ru, name_kk, short_kk,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.ID, m.Kind, m.Country, m.Name, m.ShortName, m.NonResident, m.ResidentIn, m.Address,
		list(m.Phones).value(), m.Email, m.Website, m.NationalDay.String(), m.Notes, m.Archived,
		m.NameEn, m.ShortEn, m.NameRu, m.ShortRu, m.NameKk, m.ShortKk,
		created, tx.store.stamp()); err != nil {
		return fmt.Errorf("cannot put back %s: %w", m.DisplayName(), err)
	}
	tx.dirtyMissions[m.ID] = true
	tx.missions[m.ID] = m.Country
	return tx.record(EntityMission, m.ID, ActionCreate, nil, m)
}

// reinsertInvitation puts back an invitation a merge dropped, with its ID.
func (tx *Tx) reinsertInvitation(inv liaison.Invitation) error {
	now := tx.store.stamp()
	if _, err := tx.exec(`INSERT INTO invitations (id, event_id, person_id, status, for_two, represented_by, channel,
		sent, answered, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		inv.ID, inv.EventID, inv.PersonID, inv.Status, inv.ForTwo, nullID(inv.RepresentedBy), inv.Channel,
		inv.Sent.String(), inv.Answered.String(), inv.Note, now, now); err != nil {
		return fmt.Errorf("cannot put back the invitation: %w", err)
	}
	return tx.record(EntityInvitation, inv.ID, ActionCreate, nil, inv)
}

// mergedCreatedAt returns when a record merged away was first created,
// as its merge kept it.
func (tx *Tx) mergedCreatedAt(batch int64) (string, error) {
	var at string
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT created_at FROM merges WHERE batch_id = ?`, batch).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return tx.store.stamp(), nil
	}
	return at, err
}

// restoreMergedPhotos gives the person a merge deleted their photo back,
// and takes it from the survivor when the merge gave it.
func (tx *Tx) restoreMergedPhotos(batch int64) error {
	var entity, mime string
	var into, from int64
	var data []byte
	var given bool
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT entity, from_id, into_id, photo_mime, photo, photo_given
		FROM merges WHERE batch_id = ?`, batch).Scan(&entity, &from, &into, &mime, &data, &given)
	if errors.Is(err, sql.ErrNoRows) || entity != EntityPerson {
		return nil
	}
	if err != nil {
		return err
	}
	if given {
		if err := tx.SetPhoto(into, liaison.Photo{}); err != nil {
			return err
		}
	}
	if len(data) > 0 {
		return tx.SetPhoto(from, liaison.Photo{MIME: mime, Data: data})
	}
	return nil
}

// eraseMerged erases, with a person, the people merged into them before:
// the same human under another record. Their history goes (their
// record's, their invitations', the merge's own) and so does the photo
// the merge kept for undo; the merge is left with nothing to undo. It
// counts the entries of history deleted.
func (tx *Tx) eraseMerged(id int64) (int, error) {
	var n int
	for todo := []int64{id}; len(todo) > 0; todo = todo[1:] {
		rows, err := tx.tx.QueryContext(tx.ctx, `SELECT batch_id, from_id FROM merges
			WHERE entity = 'person' AND into_id = ?`, todo[0])
		if err != nil {
			return n, err
		}
		var batches, froms []int64
		for rows.Next() {
			var b, f int64
			if err := rows.Scan(&b, &f); err != nil {
				rows.Close()
				return n, err
			}
			batches, froms = append(batches, b), append(froms, f)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return n, err
		}
		for i, from := range froms {
			for _, q := range []struct {
				where string
				arg   int64
			}{
				{`batch_id = ?`, batches[i]},
				// the record's changes and its invitations'
				{`person_id = ?`, from},
			} {
				d, err := tx.deleteChanges(q.where, q.arg)
				if err != nil {
					return n, err
				}
				n += d
			}
			if _, err := tx.exec(`DELETE FROM merges WHERE batch_id = ?`, batches[i]); err != nil {
				return n, err
			}
			todo = append(todo, from)
		}
	}
	return n, nil
}
