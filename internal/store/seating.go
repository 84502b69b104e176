package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"liaison/internal/liaison"
	"liaison/internal/seating"
)

// EntitySeating names a stored seating plan in a *ConflictError; its ID
// is the event's.
const EntitySeating = "seating plan"

// SeatingInvitees returns an event's list as seating takes it, in the
// order of precedence.
func (s *Store) SeatingInvitees(ctx context.Context, eventID int64) ([]seating.Invitee, error) {
	rows, err := s.Invitations(ctx, eventID)
	if err != nil {
		return nil, err
	}
	out := make([]seating.Invitee, len(rows))
	for i, r := range rows {
		out[i] = seating.Invitee{Placed: r.Placed, Status: r.Invitation.Status, ForTwo: r.Invitation.ForTwo, Deputy: r.RepresentedBy}
	}
	return out, nil
}

// SeatingHosts returns the hosts and co-hosts entered for an event, the
// host first; none when none were.
func (s *Store) SeatingHosts(ctx context.Context, eventID int64) ([]seating.Host, error) {
	return seatingHosts(ctx, s.db, eventID)
}

func seatingHosts(ctx context.Context, q queryer, eventID int64) ([]seating.Host, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, title FROM seating_hosts WHERE event_id = ? ORDER BY ordinal`, eventID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []seating.Host
	for rows.Next() {
		var h seating.Host
		if err := rows.Scan(&h.Name, &h.Title); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Seating returns an event's seating plan: the stored one brought up to
// date with the list (see seating.Plan.Follow), with stored true; else one
// made on the fly (seating.Default) for the event's hosts (those entered
// for it, else its Host field, else an unnamed host) and the default
// rules, with Version 0.
func (s *Store) Seating(ctx context.Context, eventID int64) (plan seating.Plan, stored bool, err error) {
	e, err := event(ctx, s.db, eventID)
	if err != nil {
		return plan, false, err
	}
	invitees, err := s.SeatingInvitees(ctx, eventID)
	if err != nil {
		return plan, false, err
	}
	plan, err = storedPlan(ctx, s.db, eventID)
	if err == nil {
		plan.Follow(invitees)
		return plan, true, nil
	}
	if !errors.Is(err, liaison.ErrNotFound) {
		return plan, false, err
	}
	hosts, err := s.EventHosts(ctx, e)
	if err != nil {
		return plan, false, err
	}
	rules := seating.DefaultRules
	plan, err = seating.Default(hosts, seating.Guests(invitees, rules.Deputies), rules)
	return plan, false, err
}

// EventHosts returns the hosts entered for the event e, else one host
// named by its Host field, else one host without a name (whom front ends
// call "Host").
func (s *Store) EventHosts(ctx context.Context, e liaison.Event) ([]seating.Host, error) {
	hosts, err := s.SeatingHosts(ctx, e.ID)
	if err != nil || len(hosts) > 0 {
		return hosts, err
	}
	if h, err := seating.ParseHost(e.Host); err == nil {
		return []seating.Host{h}, nil
	}
	return []seating.Host{{}}, nil
}

// storedPlan reads the stored plan of an event as it was saved, or
// liaison.ErrNotFound.
func storedPlan(ctx context.Context, q queryer, eventID int64) (seating.Plan, error) {
	var p seating.Plan
	err := q.QueryRowContext(ctx, `SELECT spouses, deputies, version FROM seating_plans WHERE event_id = ?`, eventID).
		Scan(&p.Rules.Spouses, &p.Rules.Deputies, &p.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("event %d has no stored seating plan: %w", eventID, liaison.ErrNotFound)
	}
	if err != nil {
		return p, err
	}
	if p.Hosts, err = seatingHosts(ctx, q, eventID); err != nil {
		return p, err
	}
	rows, err := q.QueryContext(ctx, `SELECT head, seats FROM seating_tables WHERE event_id = ? ORDER BY number`, eventID)
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		var head int
		var t seating.Table
		if err := rows.Scan(&head, &t.Seats); err != nil {
			return p, err
		}
		t.Head = head == 1
		p.Tables = append(p.Tables, t)
	}
	if err := rows.Err(); err != nil {
		return p, err
	}
	p.Seats = emptySeatsOf(p.Tables)
	seats, err := q.QueryContext(ctx, `SELECT table_number, seat, kind, coalesce(host_ordinal, 0), coalesce(person_id, 0)
		FROM seating_seats WHERE event_id = ?`, eventID)
	if err != nil {
		return p, err
	}
	defer seats.Close()
	for seats.Next() {
		var st seating.Seat
		var kind string
		if err := seats.Scan(&st.Table, &st.Number, &kind, &st.Host, &st.Invitee); err != nil {
			return p, err
		}
		switch kind {
		case "host":
			st.Kind = seating.AtHost
		case "guest":
			st.Kind = seating.Guest1
		case "spouse":
			st.Kind = seating.Spouse
		}
		if i := seatAt(p, st.Table, st.Number); i >= 0 {
			p.Seats[i] = st
		}
	}
	return p, seats.Err()
}

// emptySeatsOf returns every seat of the tables, empty, by table and
// number.
func emptySeatsOf(tables []seating.Table) []seating.Seat {
	var out []seating.Seat
	for ti, t := range tables {
		for n := 1; n <= t.Seats; n++ {
			out = append(out, seating.Seat{Table: ti + 1, Number: n})
		}
	}
	return out
}

func seatAt(p seating.Plan, table, number int) int {
	for i, s := range p.Seats {
		if s.Table == table && s.Number == number {
			return i
		}
	}
	return -1
}

// SaveSeating stores an event's seating plan with its hosts, tables and
// rules, replacing the one stored. A plan read from the store (Version
// not 0) is saved only while the stored one still has that version, else
// the save is refused with a *ConflictError and nothing changes; a new
// plan (Version 0) is saved over whatever is stored. Empty seats, vacated
// ones too, are stored empty.
func (s *Store) SaveSeating(ctx context.Context, eventID int64, p seating.Plan) error {
	if err := p.Rules.Check(); err != nil {
		return err
	}
	if _, err := seating.Make(p.Tables, p.Hosts, nil, p.Rules); err != nil {
		return err // the tables and hosts themselves are wrong
	}
	return s.Update(ctx, func(tx *Tx) error {
		e, err := event(tx.ctx, tx.tx, eventID)
		if err != nil {
			return err
		}
		var version int64
		err = tx.tx.QueryRowContext(tx.ctx, `SELECT version FROM seating_plans WHERE event_id = ?`, eventID).Scan(&version)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if p.Version != 0 {
				return &ConflictError{Entity: EntitySeating, ID: eventID, Name: e.Title, Delete: false}
			}
		case err != nil:
			return err
		case p.Version != 0 && p.Version != version:
			return &ConflictError{Entity: EntitySeating, ID: eventID, Name: e.Title}
		}
		now := tx.store.stamp()
		for _, q := range []string{`DELETE FROM seating_seats WHERE event_id = ?`, `DELETE FROM seating_tables WHERE event_id = ?`,
			`DELETE FROM seating_hosts WHERE event_id = ?`} {
			if _, err := tx.exec(q, eventID); err != nil {
				return err
			}
		}
		if version == 0 {
			_, err = tx.exec(`INSERT INTO seating_plans (event_id, spouses, deputies, version, created_at, updated_at)
				VALUES (?, ?, ?, 1, ?, ?)`, eventID, p.Rules.Spouses, p.Rules.Deputies, now, now)
		} else {
			_, err = tx.exec(`UPDATE seating_plans SET spouses = ?, deputies = ?, version = version + 1, updated_at = ?
				WHERE event_id = ?`, p.Rules.Spouses, p.Rules.Deputies, now, eventID)
		}
		if err != nil {
			return fmt.Errorf("cannot save the seating plan of %q: %w", e.Title, err)
		}
		if err := tx.putHosts(eventID, p.Hosts); err != nil {
			return err
		}
		for i, t := range p.Tables {
			if _, err := tx.exec(`INSERT INTO seating_tables (event_id, number, head, seats) VALUES (?, ?, ?, ?)`,
				eventID, i+1, boolInt(t.Head), t.Seats); err != nil {
				return err
			}
		}
		for _, st := range p.Seats {
			var kind string
			var host, person any
			switch st.Kind {
			case seating.AtHost:
				kind, host = "host", st.Host
			case seating.Guest1:
				kind, person = "guest", st.Invitee
			case seating.Spouse:
				kind, person = "spouse", st.Invitee
			default:
				continue
			}
			if _, err := tx.exec(`INSERT INTO seating_seats (event_id, table_number, seat, kind, host_ordinal, person_id)
				VALUES (?, ?, ?, ?, ?, ?)`, eventID, st.Table, st.Number, kind, host, person); err != nil {
				return fmt.Errorf("cannot save seat %d of table %d: %w", st.Number, st.Table, err)
			}
		}
		return nil
	})
}

// SetSeatingHosts stores the hosts and co-hosts of an event, the host
// first, for the plans made for it.
func (s *Store) SetSeatingHosts(ctx context.Context, eventID int64, hosts []seating.Host) error {
	return s.Update(ctx, func(tx *Tx) error {
		if _, err := event(tx.ctx, tx.tx, eventID); err != nil {
			return err
		}
		if _, err := tx.exec(`DELETE FROM seating_hosts WHERE event_id = ?`, eventID); err != nil {
			return err
		}
		return tx.putHosts(eventID, hosts)
	})
}

func (tx *Tx) putHosts(eventID int64, hosts []seating.Host) error {
	for i, h := range hosts {
		h.Name, h.Title = strings.TrimSpace(h.Name), strings.TrimSpace(h.Title)
		if _, err := tx.exec(`INSERT INTO seating_hosts (event_id, ordinal, name, title) VALUES (?, ?, ?, ?)`,
			eventID, i, h.Name, h.Title); err != nil {
			return err
		}
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
