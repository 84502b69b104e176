package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"liaison/internal/liaison"
)

const eventColumns = `e.id, e.title, e.kind, e.starts_at, e.venue, e.host, e.partners, e.rsvp_by, e.dress_code, e.notes, e.archived, e.version`

func eventDest(e *liaison.Event) []any {
	return []any{&e.ID, &e.Title, &e.Kind, dateScan{&e.StartsAt}, &e.Venue, &e.Host, &e.Partners, dateScan{&e.RSVPBy},
		&e.DressCode, &e.Notes, &e.Archived, &e.Version}
}

// Event returns the event with the given ID.
func (s *Store) Event(ctx context.Context, id int64) (liaison.Event, error) {
	return event(ctx, s.db, id)
}

func event(ctx context.Context, q queryer, id int64) (liaison.Event, error) {
	var e liaison.Event
	err := q.QueryRowContext(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id).Scan(eventDest(&e)...)
	if errors.Is(err, sql.ErrNoRows) {
		return e, notFound("event", id)
	}
	return e, err
}

// StatusCounts counts an event's invitations by status.
type StatusCounts map[liaison.Status]int

// Listed returns how many people are on the list, whatever their status.
func (c StatusCounts) Listed() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Invited returns how many invitations went out (every status but
// planned).
func (c StatusCounts) Invited() int { return c.Listed() - c[liaison.Planned] }

// Accepted returns how many said yes, whether or not they came (accepted,
// attended and no-show).
func (c StatusCounts) Accepted() int {
	return c[liaison.Accepted] + c[liaison.Attended] + c[liaison.NoShow]
}

// Attended returns how many came, in person or represented.
func (c StatusCounts) Attended() int { return c[liaison.Attended] }

// An EventSummary is an event with the count of its invitations by status.
type EventSummary struct {
	Event  liaison.Event
	Counts StatusCounts
	// Guests counts the people the invitations are for, by status: an
	// invitation for two counts twice.
	Guests StatusCounts
}

// CountInvitations counts invitations by status, and the guests they are
// for by status.
func CountInvitations(invs []liaison.Invitation) (counts, guests StatusCounts) {
	counts, guests = StatusCounts{}, StatusCounts{}
	for _, inv := range invs {
		counts[inv.Status]++
		guests[inv.Status] += inv.Guests()
	}
	return counts, guests
}

// An EventQuery selects events for a list.
type EventQuery struct {
	IncludeArchived bool
	From, To        liaison.Date // inclusive days; zero for no bound
}

// Events returns the events the query selects, latest first, with counts.
func (s *Store) Events(ctx context.Context, q EventQuery) ([]EventSummary, error) {
	var where []string
	var args []any
	if !q.IncludeArchived {
		where = append(where, "e.archived = 0")
	}
	if !q.From.IsZero() {
		where = append(where, "e.starts_at >= ?")
		args = append(args, q.From.DayOnly().String())
	}
	if !q.To.IsZero() {
		where = append(where, "e.starts_at < ?")
		args = append(args, q.To.DayOnly().AddDays(1).String())
	}
	query := `SELECT ` + eventColumns + ` FROM events e`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, query+` ORDER BY e.starts_at DESC, e.id DESC`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []EventSummary
	index := map[int64]int{}
	for rows.Next() {
		es := EventSummary{Counts: StatusCounts{}, Guests: StatusCounts{}}
		if err := rows.Scan(eventDest(&es.Event)...); err != nil {
			return nil, err
		}
		index[es.Event.ID] = len(out)
		out = append(out, es)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	counts, err := s.db.QueryContext(ctx, `SELECT event_id, status, count(*), count(*) + sum(for_two)
		FROM invitations GROUP BY event_id, status`)
	if err != nil {
		return nil, err
	}
	defer counts.Close()
	for counts.Next() {
		var id int64
		var st liaison.Status
		var n, guests int
		if err := counts.Scan(&id, &st, &n, &guests); err != nil {
			return nil, err
		}
		if i, ok := index[id]; ok {
			out[i].Counts[st], out[i].Guests[st] = n, guests
		}
	}
	return out, counts.Err()
}

// CreateEvent adds an event and sets e.ID.
func (s *Store) CreateEvent(ctx context.Context, e *liaison.Event) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.CreateEvent(e) })
}

// UpdateEvent saves every field of an existing event, while it is at
// e.Version (unless 0): an event changed since gives a *ConflictError.
// The saved event is at version e.Version+1. Its invitations keep their
// versions.
func (s *Store) UpdateEvent(ctx context.Context, e liaison.Event) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.UpdateEvent(e) })
}

// ArchiveEvent archives (or restores) an event.
func (s *Store) ArchiveEvent(ctx context.Context, id int64, archived bool) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.ArchiveEvent(id, archived) })
}

// DeleteEvent deletes an event with no one on its list; an event with
// invitations is history and is archived instead. archived reports which.
//
// version is the version the caller read (0: whatever is stored): a
// record changed since is neither deleted nor archived but gives a
// *ConflictError.
func (s *Store) DeleteEvent(ctx context.Context, id, version int64) (archived bool, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		stored, err := event(tx.ctx, tx.tx, id)
		if err != nil {
			return err
		}
		if err := tx.checkVersion(EntityEvent, id, version, stored.Version); err != nil {
			return err
		}
		archived, err = tx.DeleteEvent(id)
		return err
	})
	return archived, err
}

// CreateEvent adds an event and sets e.ID.
func (tx *Tx) CreateEvent(e *liaison.Event) error {
	if err := e.Validate(); err != nil {
		return err
	}
	e.Title = strings.TrimSpace(e.Title)
	e.Partners = strings.TrimSpace(e.Partners)
	now := tx.store.stamp()
	var err error
	e.ID, err = tx.insertID(`INSERT INTO events (title, kind, starts_at, venue, host, partners,
		rsvp_by, dress_code, notes, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.Title, e.Kind, e.StartsAt.String(), e.Venue, e.Host, e.Partners, e.RSVPBy.String(),
		e.DressCode, e.Notes, e.Archived, now, now)
	if err != nil {
		return fmt.Errorf("cannot add the event %q: %w", e.Title, err)
	}
	e.Version = 1
	return tx.record(EntityEvent, e.ID, ActionCreate, nil, e)
}

// UpdateEvent saves every field of an existing event.
func (tx *Tx) UpdateEvent(e liaison.Event) error {
	if err := e.Validate(); err != nil {
		return err
	}
	before, err := event(tx.ctx, tx.tx, e.ID)
	if err != nil {
		return err
	}
	e.Title = strings.TrimSpace(e.Title)
	e.Partners = strings.TrimSpace(e.Partners)
	cond, vargs := versionWhere(tx.expected(EntityEvent, e.ID, e.Version))
	res, err := tx.exec(`UPDATE events SET title = ?, kind = ?, starts_at = ?,
		venue = ?, host = ?, partners = ?, rsvp_by = ?, dress_code = ?, notes = ?, archived = ?, updated_at = ?,
		version = version + 1 WHERE id = ?`+cond,
		append([]any{e.Title, e.Kind, e.StartsAt.String(), e.Venue, e.Host, e.Partners, e.RSVPBy.String(),
			e.DressCode, e.Notes, e.Archived, tx.store.stamp(), e.ID}, vargs...)...)
	if err != nil {
		return fmt.Errorf("cannot save the event %q: %w", e.Title, err)
	}
	if err := tx.affected(res, EntityEvent, e.ID, e); err != nil {
		return err
	}
	tx.stepped(EntityEvent, e.ID, before.Version)
	return tx.record(EntityEvent, e.ID, archiveAction(before.Archived, e.Archived), before, e)
}

// ArchiveEvent archives (or restores) an event.
func (tx *Tx) ArchiveEvent(id int64, archived bool) error {
	before, err := event(tx.ctx, tx.tx, id)
	if err != nil {
		return err
	}
	after := before
	after.Archived = archived
	return tx.UpdateEvent(after)
}

// DeleteEvent deletes an empty event or archives one with invitations.
func (tx *Tx) DeleteEvent(id int64) (archived bool, err error) {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, `SELECT count(*) FROM invitations WHERE event_id = ?`, id).Scan(&n); err != nil {
		return false, err
	}
	if n > 0 {
		return true, tx.ArchiveEvent(id, true)
	}
	before, err := event(tx.ctx, tx.tx, id)
	if err != nil {
		return false, err
	}
	if _, err := tx.exec(`DELETE FROM events WHERE id = ?`, id); err != nil {
		return false, err
	}
	return false, tx.record(EntityEvent, id, ActionDelete, before, nil)
}
