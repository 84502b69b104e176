package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"liaison/internal/liaison"
)

// PersonData is everything Liaison holds about one person, for a request
// of access under data protection law: the record, the photo, every
// invitation with its event, every event they attended on someone else's
// behalf, and the change history of the record and its invitations.
type PersonData struct {
	ExportedAt  string // UTC
	Person      liaison.Person
	Mission     *liaison.Mission `json:",omitempty"`
	Photo       *liaison.Photo   `json:",omitempty"`
	Invitations []PersonInvitation
	// Represented lists the invitations of others they attended instead.
	Represented []PersonInvitation
	History     []Change
}

// A PersonInvitation is an invitation with its event and the names of
// those involved.
type PersonInvitation struct {
	Event         liaison.Event
	Invitation    liaison.Invitation
	Invitee       string
	RepresentedBy string `json:",omitempty"`
}

// PersonData gathers everything held about a person.
func (s *Store) PersonData(ctx context.Context, id int64) (PersonData, error) {
	d := PersonData{ExportedAt: s.stamp()}
	var err error
	if d.Person, err = person(ctx, s.db, id); err != nil {
		return d, err
	}
	if d.Person.MissionID != 0 {
		m, err := mission(ctx, s.db, d.Person.MissionID)
		if err != nil {
			return d, err
		}
		d.Mission = &m
	}
	switch ph, err := s.Photo(ctx, id); {
	case err == nil:
		d.Photo = &ph
	case !errors.Is(err, liaison.ErrNotFound):
		return d, err
	}
	rows, err := s.history(ctx, `i.person_id = ? OR i.represented_by = ?`, id, id)
	if err != nil {
		return d, err
	}
	d.Invitations, d.Represented = []PersonInvitation{}, []PersonInvitation{}
	for _, r := range rows {
		pi := PersonInvitation{Event: r.Event, Invitation: r.Invitation, Invitee: r.Invitee.FullName(),
			RepresentedBy: r.RepresentedBy.FullName()}
		if r.Invitee.ID == id {
			d.Invitations = append(d.Invitations, pi)
		} else {
			d.Represented = append(d.Represented, pi)
		}
	}
	// Their record's changes and their invitations', those deleted since
	// included.
	d.History, err = s.changes(ctx, `WHERE person_id = ? ORDER BY id`, id)
	if d.History == nil {
		d.History = []Change{}
	}
	return d, err
}

// Erased says what ErasePerson removed.
type Erased struct {
	Name        string // as it was, for the message; held nowhere else now
	Invitations int    // their invitations, deleted
	Represented int    // invitations of others they attended, now without their name
	Changes     int    // entries of the change history, deleted
	// OnServer is set when the person was erased from a server's database.
	// The server's own backups, its archive of the write-ahead log and its
	// replicas may still hold them until those expire: that is for the
	// server's administrator, whom the officer must tell.
	OnServer bool
}

// ErasePerson erases a person completely, for the right to erasure: the
// record, their photo, their search key, their invitations and the change
// history of all of these. Where they attended on someone else's behalf,
// the invitation stays and forgets who came. The history keeps only that
// person N was erased, and when.
//
// In a file, the deleted rows are overwritten (secure_delete is on for
// every connection), the search index is rebuilt without them, the
// database is compacted (VACUUM) and its write-ahead log emptied, so that
// none of it remains in the database file or its log. Backups made earlier
// still hold the person until they are pruned.
//
// On a server the rows are deleted from every table in one transaction;
// what the server keeps beyond its tables (its files until vacuumed, its
// write-ahead log and archive, replicas, its backups) is its
// administrator's to clear: see Erased.OnServer.
func (s *Store) ErasePerson(ctx context.Context, id int64) (Erased, error) {
	var e Erased
	err := s.Update(ctx, func(tx *Tx) error {
		p, err := person(tx.ctx, tx.tx, id)
		if err != nil {
			return err
		}
		e.Name = p.FullName()
		own, err := tx.ids(`SELECT id FROM invitations WHERE person_id = ?`, id)
		if err != nil {
			return err
		}
		deputised, err := tx.ids(`SELECT id FROM invitations WHERE represented_by = ?`, id)
		if err != nil {
			return err
		}
		for _, invID := range deputised {
			inv, err := invitationByID(tx.ctx, tx.tx, invID)
			if err != nil {
				return err
			}
			inv.RepresentedBy = 0
			if err := tx.UpdateInvitation(inv); err != nil {
				return err
			}
		}
		e.Invitations, e.Represented = len(own), len(deputised)
		// Their record's changes and their invitations', those deleted
		// since included.
		n, err := tx.deleteChanges(`person_id = ?`, id)
		if err != nil {
			return err
		}
		e.Changes += n
		// The same human under records merged into this one.
		if n, err = tx.eraseMerged(id); err != nil {
			return err
		}
		e.Changes += n
		for _, invID := range own {
			n, err := tx.deleteChanges(`entity = 'invitation' AND entity_id = ?`, invID)
			if err != nil {
				return err
			}
			e.Changes += n
		}
		for _, q := range []string{
			`DELETE FROM invitations WHERE person_id = ?`,
			`DELETE FROM person_photos WHERE person_id = ?`,
			`DELETE FROM people WHERE id = ?`,
		} {
			if _, err := tx.exec(q, id); err != nil {
				return fmt.Errorf("cannot erase %s: %w", e.Name, err)
			}
		}
		tx.dirtyPeople[id] = true
		delete(tx.pending, id)
		return tx.record(EntityPerson, id, ActionErase, nil, nil)
	})
	if err != nil {
		return e, err
	}
	if s.engine == EnginePostgres {
		e.OnServer = true
		return e, nil
	}
	// Once the erasure is committed, the compaction that removes its
	// traces runs to the end even when the officer presses Cancel.
	if err := s.Compact(context.WithoutCancel(ctx)); err != nil {
		return e, fmt.Errorf("%s was erased, but the database could not be compacted, so traces may remain in its free space: %w", e.Name, err)
	}
	return e, nil
}

// deleteChanges deletes entries of the change history and counts them.
func (tx *Tx) deleteChanges(where string, args ...any) (int, error) {
	res, err := tx.exec(`DELETE FROM changes WHERE `+where, args...)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// Compact rewrites the search index and the database file without the
// space deleted rows left, and empties the write-ahead log into it, so
// that nothing deleted can be read from either file.
//
// A server keeps its own files (see ErasePerson): there is nothing to do.
func (s *Store) Compact(ctx context.Context) error {
	if s.engine == EnginePostgres {
		return nil
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO search_index (search_index) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("cannot rebuild the search index: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `VACUUM`); err != nil {
		return explainWrite(err)
	}
	// A reader of the window may hold the log for a moment: try again.
	for try := 0; ; try++ {
		var busy, frames, done int
		err := s.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &frames, &done)
		if err != nil {
			return err
		}
		if busy == 0 {
			return nil
		}
		if try == 50 {
			return errors.New("the database is busy; close other windows of Liaison and try again")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
