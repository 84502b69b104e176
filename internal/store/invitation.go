package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"liaison/internal/liaison"
)

const invitationColumns = `i.id, i.event_id, i.person_id, i.status, i.for_two, coalesce(i.represented_by, 0),
	i.channel, i.sent, i.answered, i.note, i.version`

func invitationDest(inv *liaison.Invitation) []any {
	return []any{&inv.ID, &inv.EventID, &inv.PersonID, &inv.Status, &inv.ForTwo, &inv.RepresentedBy, &inv.Channel,
		dateScan{&inv.Sent}, dateScan{&inv.Answered}, &inv.Note, &inv.Version}
}

// An InvitationRow is one line of an event's list.
type InvitationRow struct {
	Invitation    liaison.Invitation
	Placed        liaison.Placed // the invitee, their mission and its head
	RepresentedBy liaison.Person // zero when nobody came instead
	Precedence    int            // 1 for the first on the list
}

// Invitations returns an event's list in the order of precedence.
func (s *Store) Invitations(ctx context.Context, eventID int64) ([]InvitationRow, error) {
	if _, err := event(ctx, s.db, eventID); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+invitationColumns+`, `+personColumns+`, `+optionalMissionColumns+`
		FROM invitations i JOIN people p ON p.id = i.person_id LEFT JOIN missions m ON m.id = p.mission_id
		WHERE i.event_id = ?`, eventID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []InvitationRow
	for rows.Next() {
		var r InvitationRow
		dest := append(invitationDest(&r.Invitation), personDest(&r.Placed.Person)...)
		if err := rows.Scan(append(dest, missionDest(&r.Placed.Mission)...)...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	heads, err := currentHeads(ctx, s.db)
	if err != nil {
		return nil, err
	}
	var deputies []int64
	for _, r := range out {
		if r.Invitation.RepresentedBy != 0 {
			deputies = append(deputies, r.Invitation.RepresentedBy)
		}
	}
	reps, err := peopleByID(ctx, s.db, deputies)
	if err != nil {
		return nil, err
	}
	placed := make([]liaison.Placed, len(out))
	byPerson := make(map[int64]InvitationRow, len(out))
	for i := range out {
		out[i].Placed.Head = heads[out[i].Placed.Mission.ID]
		out[i].RepresentedBy = reps[out[i].Invitation.RepresentedBy]
		placed[i] = out[i].Placed
		byPerson[out[i].Placed.Person.ID] = out[i]
	}
	liaison.SortByPrecedence(placed)
	for i, p := range placed {
		out[i] = byPerson[p.Person.ID]
		out[i].Precedence = i + 1
	}
	return out, nil
}

// currentHeads returns the current head of every mission that has one.
func currentHeads(ctx context.Context, q queryer) (map[int64]liaison.Person, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+personColumns+` FROM people p
		WHERE p.head_of_mission = 1 AND p.departed = 0 AND p.archived = 0 AND p.mission_id IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	heads := map[int64]liaison.Person{}
	for rows.Next() {
		var p liaison.Person
		if err := rows.Scan(personDest(&p)...); err != nil {
			return nil, err
		}
		heads[p.MissionID] = p
	}
	return heads, rows.Err()
}

// peopleByID loads the given people.
func peopleByID(ctx context.Context, q queryer, ids []int64) (map[int64]liaison.Person, error) {
	out := map[int64]liaison.Person{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT `+personColumns+` FROM people p
		WHERE p.id IN (`+placeholders(len(ids))+`)`, int64sAsArgs(ids)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var p liaison.Person
		if err := rows.Scan(personDest(&p)...); err != nil {
			return nil, err
		}
		out[p.ID] = p
	}
	return out, rows.Err()
}

// Invitation returns the invitation of a person to an event.
func (s *Store) Invitation(ctx context.Context, eventID, personID int64) (liaison.Invitation, error) {
	return invitation(ctx, s.db, eventID, personID)
}

func invitation(ctx context.Context, q queryer, eventID, personID int64) (liaison.Invitation, error) {
	var inv liaison.Invitation
	err := q.QueryRowContext(ctx, `SELECT `+invitationColumns+` FROM invitations i
		WHERE i.event_id = ? AND i.person_id = ?`, eventID, personID).Scan(invitationDest(&inv)...)
	if errors.Is(err, sql.ErrNoRows) {
		return inv, fmt.Errorf("person %d is not on the list of event %d: %w", personID, eventID, liaison.ErrNotFound)
	}
	return inv, err
}

// An InvitationFor says whom an invitation is for, as Invite and its kin
// and SetReply take it: given, it applies to the invitation of everyone
// they name, those already on the list too.
type InvitationFor int

// Whom an invitation is for.
const (
	ForOne InvitationFor = iota + 1 // the guest alone
	ForTwo                          // the guest with a spouse or a companion
)

// forTwo reads the last of opts: set says whether any was given.
func forTwo(opts []InvitationFor) (two, set bool) {
	if len(opts) == 0 {
		return false, false
	}
	return opts[len(opts)-1] == ForTwo, true
}

// Invite puts people on an event's list with the given status (Planned or
// Invited; Invited is dated today). People already on it keep their
// invitation (made for two with ForTwo); added counts the new ones.
func (s *Store) Invite(ctx context.Context, eventID int64, personIDs []int64, status liaison.Status, opts ...InvitationFor) (added int, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		added, err = tx.Invite(eventID, personIDs, status, opts...)
		return err
	})
	return added, err
}

// Invite puts people on an event's list; see Store.Invite.
func (tx *Tx) Invite(eventID int64, personIDs []int64, status liaison.Status, opts ...InvitationFor) (added int, err error) {
	if status != liaison.Planned && status != liaison.Invited {
		return 0, fmt.Errorf("new invitations are planned or invited, not %s", status.Label())
	}
	if _, err := event(tx.ctx, tx.tx, eventID); err != nil {
		return 0, err
	}
	var sent string
	if status == liaison.Invited {
		sent = tx.store.today().String()
	}
	now := tx.store.stamp()
	ins, err := tx.tx.PrepareContext(tx.ctx, `INSERT INTO invitations (event_id, person_id, status, sent,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, person_id) DO NOTHING`)
	if err != nil {
		return 0, err
	}
	defer ins.Close()
	for _, pid := range personIDs {
		if _, err := person(tx.ctx, tx.tx, pid); err != nil {
			return 0, err
		}
		res, err := ins.ExecContext(tx.ctx, eventID, pid, status, sent, now, now)
		if err != nil {
			return 0, fmt.Errorf("cannot invite person %d: %w", pid, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // already on the list
		}
		added++
		inv, err := invitation(tx.ctx, tx.tx, eventID, pid)
		if err != nil {
			return 0, err
		}
		if err := tx.record(EntityInvitation, inv.ID, ActionCreate, nil, inv); err != nil {
			return 0, err
		}
	}
	if two, set := forTwo(opts); set {
		_, err = tx.SetForTwo(eventID, personIDs, two)
	}
	return added, err
}

// SetForTwo makes the invitations of the given people to an event for two
// (or, with forTwo false, for one) and returns those it changed as they
// were, for undoing it with RestoreInvitations. Someone not on the list
// is an error, and nothing is written.
func (s *Store) SetForTwo(ctx context.Context, eventID int64, personIDs []int64, forTwo bool) (before []liaison.Invitation, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		before, err = tx.SetForTwo(eventID, personIDs, forTwo)
		return err
	})
	if err != nil {
		return nil, err
	}
	return before, nil
}

// SetForTwo makes invitations for two or for one; see Store.SetForTwo.
func (tx *Tx) SetForTwo(eventID int64, personIDs []int64, forTwo bool) (before []liaison.Invitation, err error) {
	for _, pid := range personIDs {
		inv, err := invitation(tx.ctx, tx.tx, eventID, pid)
		if err != nil {
			return nil, err
		}
		if inv.ForTwo == forTwo {
			continue
		}
		before = append(before, inv)
		inv.ForTwo = forTwo
		if err := tx.UpdateInvitation(inv); err != nil {
			return nil, err
		}
		before[len(before)-1].Version++ // as this change left it: see RestoreInvitations
	}
	return before, nil
}

// InviteHeads invites every mission of the given kinds that is not
// archived through its head, or its senior member where the post is
// vacant; no kinds means every kind but government bodies (the
// diplomatic and consular corps and the organisations). See
// InviteMissionHeads, which also says which missions had no head.
func (s *Store) InviteHeads(ctx context.Context, eventID int64, kinds []liaison.MissionKind, status liaison.Status, opts ...InvitationFor) (added int, err error) {
	r, err := s.InviteMissionHeads(ctx, eventID, kinds, status, opts...)
	return r.Added, err
}

// InviteMissions invites each mission through its head; where the post is
// vacant, through its senior current member in order of precedence. A
// mission with nobody at post is an error naming it.
func (s *Store) InviteMissions(ctx context.Context, eventID int64, missionIDs []int64, status liaison.Status, opts ...InvitationFor) (added int, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		var ids []int64
		for _, mid := range missionIDs {
			pid, err := tx.seniorMember(mid)
			if err != nil {
				return err
			}
			ids = append(ids, pid)
		}
		added, err = tx.Invite(eventID, ids, status, opts...)
		return err
	})
	return added, err
}

// seniorMember returns the person who represents a mission: its head, or
// the first of its current people in order of precedence.
func (tx *Tx) seniorMember(missionID int64) (int64, error) {
	m, err := mission(tx.ctx, tx.tx, missionID)
	if err != nil {
		return 0, err
	}
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT `+personColumns+` FROM people p
		WHERE p.mission_id = ? AND p.departed = 0 AND p.archived = 0`, missionID)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var staff []liaison.Placed
	for rows.Next() {
		pl := liaison.Placed{Mission: m}
		if err := rows.Scan(personDest(&pl.Person)...); err != nil {
			return 0, err
		}
		staff = append(staff, pl)
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(staff) == 0 {
		return 0, fmt.Errorf("%s has nobody at post to invite; add its head first", m.DisplayName())
	}
	liaison.SortByPrecedence(staff)
	return staff[0].Person.ID, nil
}

// ids runs a query that returns one column of IDs.
func (tx *Tx) ids(query string, args ...any) ([]int64, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// UpdateInvitation saves every field of an invitation, as an edit in the
// window does. A status newly attended or no-show is refused before the
// event's day (see liaison.CheckStatusDay).
func (s *Store) UpdateInvitation(ctx context.Context, inv liaison.Invitation) error {
	return s.Update(ctx, func(tx *Tx) error {
		before, err := invitation(tx.ctx, tx.tx, inv.EventID, inv.PersonID)
		if err != nil {
			return err
		}
		if inv.Status != before.Status {
			if err := tx.checkStatusDay(inv.EventID, inv.Status); err != nil {
				return err
			}
		}
		return tx.UpdateInvitation(inv)
	})
}

// checkStatusDay refuses a status that says who came before the day of
// the event, naming the event.
func (tx *Tx) checkStatusDay(eventID int64, status liaison.Status) error {
	if !status.SaysWhoCame() {
		return nil
	}
	e, err := event(tx.ctx, tx.tx, eventID)
	if err != nil {
		return err
	}
	return liaison.CheckEventStatus(status, e, tx.store.today())
}

// AddInvitation puts a person on an event's list with every field of inv
// (status, dates, deputy), as importers and the sample record history.
// It fails when the person is already on the list.
func (tx *Tx) AddInvitation(inv liaison.Invitation) error {
	if err := inv.Validate(); err != nil {
		return err
	}
	if _, err := event(tx.ctx, tx.tx, inv.EventID); err != nil {
		return err
	}
	if _, err := person(tx.ctx, tx.tx, inv.PersonID); err != nil {
		return err
	}
	if _, err := invitation(tx.ctx, tx.tx, inv.EventID, inv.PersonID); err == nil {
		return fmt.Errorf("person %d is already on the list of event %d", inv.PersonID, inv.EventID)
	}
	now := tx.store.stamp()
	// Version 0 until saveInvitation writes the fields: a new invitation
	// is at version 1, whatever the version of inv (an invitation put
	// back by an undo).
	if _, err := tx.exec(`INSERT INTO invitations (event_id, person_id, status,
		created_at, updated_at, version) VALUES (?, ?, 'planned', ?, ?, 0)`, inv.EventID, inv.PersonID, now, now); err != nil {
		return fmt.Errorf("cannot invite person %d: %w", inv.PersonID, err)
	}
	saved, err := tx.saveInvitation(inv, 0)
	if err != nil {
		return err
	}
	return tx.record(EntityInvitation, saved.ID, ActionCreate, nil, saved)
}

// UpdateInvitation saves every field of an invitation, found by its event
// and person, while it is at inv.Version (unless 0): an invitation
// changed since gives a *ConflictError. Whoever represents the invitee
// must be of the same mission, and at post when newly named.
func (tx *Tx) UpdateInvitation(inv liaison.Invitation) error {
	before, err := invitation(tx.ctx, tx.tx, inv.EventID, inv.PersonID)
	if err != nil {
		return err
	}
	after, err := tx.saveInvitation(inv, tx.expected(EntityInvitation, before.ID, inv.Version))
	if err != nil {
		return err
	}
	tx.stepped(EntityInvitation, before.ID, before.Version)
	return tx.record(EntityInvitation, after.ID, ActionUpdate, before, after)
}

// saveInvitation writes an invitation's fields, while it is at version
// (unless 0), and returns it as stored.
func (tx *Tx) saveInvitation(inv liaison.Invitation, version int64) (liaison.Invitation, error) {
	if err := inv.Validate(); err != nil {
		return inv, err
	}
	stored, err := invitation(tx.ctx, tx.tx, inv.EventID, inv.PersonID)
	if err != nil {
		return inv, err
	}
	if inv.RepresentedBy != 0 {
		invitee, err := person(tx.ctx, tx.tx, inv.PersonID)
		if err != nil {
			return inv, err
		}
		deputy, err := person(tx.ctx, tx.tx, inv.RepresentedBy)
		if err != nil {
			return inv, err
		}
		if invitee.MissionID == 0 || deputy.MissionID != invitee.MissionID {
			return inv, liaison.Problems{{Field: "Represented by",
				What: msg("is not of the invitee's mission"), Got: deputy.FullName()}}
		}
		// A deputy who has left since keeps the history; a new one must be at post.
		if inv.RepresentedBy != stored.RepresentedBy && !deputy.Current() {
			return inv, liaison.Problems{{Field: "Represented by", What: msg("is no longer at post"), Got: deputy.FullName()}}
		}
	}
	cond, vargs := versionWhere(version)
	res, err := tx.exec(`UPDATE invitations SET status = ?, for_two = ?, represented_by = ?,
		channel = ?, sent = ?, answered = ?, note = ?, updated_at = ?, version = version + 1
		WHERE event_id = ? AND person_id = ?`+cond,
		append([]any{inv.Status, inv.ForTwo, nullID(inv.RepresentedBy), inv.Channel, inv.Sent.String(), inv.Answered.String(),
			inv.Note, tx.store.stamp(), inv.EventID, inv.PersonID}, vargs...)...)
	if err != nil {
		return inv, fmt.Errorf("cannot save the invitation: %w", err)
	}
	inv.ID = stored.ID
	if err := tx.affected(res, EntityInvitation, stored.ID, inv); err != nil {
		return inv, err
	}
	inv.Version = stored.Version + 1
	return inv, nil
}

// SetReply records a reply or attendance: the status of a person's
// invitation, dated today where the date is not yet known (see
// liaison.Invitation.SetStatus). representedBy, when not 0, is who came
// (or will come) instead, of the same mission; when 0, an earlier deputy
// is kept while the status allows one and dropped otherwise. With no
// status, naming a deputy sets the status that goes with one (see
// liaison.DeputyStatus): accepted before the event's day. Attended and
// no-show are refused before the event's day. ForTwo or ForOne, given,
// says whom the invitation is for, as a reply "with my wife" does; it may
// be all the reply says.
func (s *Store) SetReply(ctx context.Context, eventID, personID int64, status liaison.Status, representedBy int64, opts ...InvitationFor) error {
	return s.SetReplyAt(ctx, 0, eventID, personID, status, representedBy, opts...)
}

// SetReplyAt is SetReply for an invitation still at version (0 for
// whatever is stored), as a script that read it first asks: an invitation
// changed since gives a *ConflictError and nothing is written.
func (s *Store) SetReplyAt(ctx context.Context, version, eventID, personID int64, status liaison.Status, representedBy int64, opts ...InvitationFor) error {
	two, setTwo := forTwo(opts)
	if status == "" && representedBy == 0 && !setTwo {
		return errors.New("a reply needs a status, who comes instead, or whether the invitation is for two")
	}
	return s.Update(ctx, func(tx *Tx) error {
		e, err := event(tx.ctx, tx.tx, eventID)
		if err != nil {
			return err
		}
		inv, err := invitation(tx.ctx, tx.tx, eventID, personID)
		if err != nil {
			return err
		}
		if version != 0 && inv.Version != version {
			return tx.refused(EntityInvitation, inv.ID, nil)
		}
		if setTwo {
			inv.ForTwo = two
		}
		today := s.today()
		switch {
		case status == "" && representedBy != 0:
			inv.SetDeputy(representedBy, e.StartsAt, today)
		case status != "":
			if err := tx.checkStatusDay(eventID, status); err != nil {
				return err
			}
			if err := inv.SetStatus(status, e.StartsAt, today); err != nil {
				return err
			}
			if representedBy != 0 {
				inv.RepresentedBy = representedBy
			}
		}
		return tx.UpdateInvitation(inv)
	})
}

// SetStatuses sets the status of several invitations of an event in one
// transaction, as recording attendance on or after the event's day does,
// and returns the invitations as they were, for undoing it with
// RestoreInvitations. A status that allows no deputy (see
// liaison.Status.AllowsDeputy) drops the deputy; attended and no-show
// before the event's day are refused and nothing is written.
func (s *Store) SetStatuses(ctx context.Context, eventID int64, statuses map[int64]liaison.Status) (before []liaison.Invitation, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		e, err := event(tx.ctx, tx.tx, eventID)
		if err != nil {
			return err
		}
		before = before[:0]
		for pid, st := range statuses {
			inv, err := invitation(tx.ctx, tx.tx, eventID, pid)
			if err != nil {
				return err
			}
			if inv.Status == st {
				continue
			}
			before = append(before, inv)
			if err := tx.checkStatusDay(eventID, st); err != nil {
				return err
			}
			if err := inv.SetStatus(st, e.StartsAt, s.today()); err != nil {
				return err
			}
			if err := tx.UpdateInvitation(inv); err != nil {
				return err
			}
			before[len(before)-1].Version++ // as this change left it: see RestoreInvitations
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return before, nil
}

// RestoreInvitations puts back every field of invitations still on their
// lists as they were, as undoing a change of several (marking them sent,
// recording attendance) does. It writes all or none. Each is checked
// against its Version: the "before" lists of SetStatuses, SetForTwo and
// MarkInvited carry the version their change left, so an invitation
// changed since by someone else is not put back (a *ConflictError).
func (s *Store) RestoreInvitations(ctx context.Context, invs []liaison.Invitation) error {
	return s.Update(ctx, func(tx *Tx) error {
		for _, inv := range invs {
			if err := tx.UpdateInvitation(inv); err != nil {
				return err
			}
		}
		return nil
	})
}

// RestoreInvitation puts an invitation back on its event's list with all
// its fields, as undoing its removal does.
func (s *Store) RestoreInvitation(ctx context.Context, inv liaison.Invitation) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.AddInvitation(inv) })
}

// MarkInvited marks every planned invitation of an event as sent today by
// channel (which may be empty) and returns them as they were, for undoing
// it with RestoreInvitations.
func (s *Store) MarkInvited(ctx context.Context, eventID int64, channel liaison.Channel) (before []liaison.Invitation, err error) {
	if channel != "" && !channel.Valid() {
		return nil, fmt.Errorf("%q is not a channel", channel)
	}
	err = s.Update(ctx, func(tx *Tx) error {
		e, err := event(tx.ctx, tx.tx, eventID)
		if err != nil {
			return err
		}
		planned, err := tx.ids(`SELECT person_id FROM invitations WHERE event_id = ? AND status = 'planned'`, eventID)
		if err != nil {
			return err
		}
		before = before[:0]
		for _, pid := range planned {
			inv, err := invitation(tx.ctx, tx.tx, eventID, pid)
			if err != nil {
				return err
			}
			before = append(before, inv)
			inv.Sent = liaison.Date{} // sent today, whatever was typed before
			if err := inv.SetStatus(liaison.Invited, e.StartsAt, s.today()); err != nil {
				return err
			}
			if channel != "" {
				inv.Channel = channel
			}
			if err := tx.UpdateInvitation(inv); err != nil {
				return err
			}
			before[len(before)-1].Version++ // as this change left it: see RestoreInvitations
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return before, nil
}

// Today returns the current day by the store's clock, the day replies and
// attendance are checked against and dated.
func (s *Store) Today() liaison.Date { return s.today() }

// Uninvite takes a person off an event's list.
func (s *Store) Uninvite(ctx context.Context, eventID, personID int64) error {
	return s.Update(ctx, func(tx *Tx) error {
		before, err := invitation(tx.ctx, tx.tx, eventID, personID)
		if err != nil {
			return err
		}
		if _, err := tx.exec(`DELETE FROM invitations WHERE id = ?`, before.ID); err != nil {
			return err
		}
		return tx.record(EntityInvitation, before.ID, ActionDelete, before, nil)
	})
}

// today returns the current day in local time.
func (s *Store) today() liaison.Date { return liaison.DateOf(s.now()) }
