package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"liaison/internal/liaison"
)

// BatchMerge is the kind of a batch that merged two records; BatchImport
// that of an import.
const (
	BatchImport = "import"
	BatchMerge  = "merge"
)

// ErrCannotMerge is returned for a merge Liaison refuses: a record into
// itself, or a record at post into one that is not.
var ErrCannotMerge = errors.New("cannot merge")

// A MergeStepKind says what one step of a merge does.
type MergeStepKind string

// The steps of a merge.
const (
	StepFill           MergeStepKind = "fill"            // Field gets Value from the duplicate
	StepKeep           MergeStepKind = "keep"            // Field keeps its value; the duplicate's Value is dropped
	StepMoveInvitation MergeStepKind = "move_invitation" // the duplicate's invitation to Event (Status) goes to the survivor
	StepDropInvitation MergeStepKind = "drop_invitation" // of two invitations to Event, the one with Status is dropped, Other kept
	StepDeputy         MergeStepKind = "deputy"          // the survivor is now the deputy of Person at Event
	StepSelf           MergeStepKind = "self"            // at Event the survivor was represented by the duplicate: came in person
	StepPhoto          MergeStepKind = "photo"           // the survivor gets the duplicate's photo
	StepHead           MergeStepKind = "head"            // the survivor becomes head of its mission, as the duplicate was
	StepMovePerson     MergeStepKind = "move_person"     // Person moves to the surviving mission
	StepHeadToStaff    MergeStepKind = "head_to_staff"   // Person, the duplicate's head, joins the survivor's staff
	StepDelete         MergeStepKind = "delete"          // the duplicate is deleted; its history stays
)

// A MergeStep is one change a merge makes, as values for the front ends
// to phrase.
type MergeStep struct {
	Kind  MergeStepKind
	Field string // StepFill, StepKeep: the Go field name ("Position")
	Value string // StepFill, StepKeep: the value (for MissionID, the mission's name)
	// Event, Status and Other describe an invitation step.
	Event         liaison.Event
	Status, Other liaison.Status
	Person        liaison.Person // StepDeputy, StepMovePerson, StepHeadToStaff
}

// A MergePlan is what merging From into Into does, step by step. Entity
// is EntityPerson or EntityMission.
type MergePlan struct {
	Entity             string
	From, Into         int64
	FromName, IntoName string
	Steps              []MergeStep

	// What Merge writes.
	person  liaison.Person  // the survivor, merged
	mission liaison.Mission // the survivor, merged
	moved   []liaison.Person
	invs    []invMerge
}

// An invMerge is one invitation the person merge rewrites: deleted
// (drop), moved to the survivor (move), or given the survivor as deputy.
type invMerge struct {
	id      int64
	drop    bool
	move    bool
	deputy  bool
	noDepty bool // the deputy becomes nobody: the survivor came in person
}

// PlanMerge says what merging the record from into the record into would
// do, without writing anything. entity is EntityPerson or EntityMission.
func (s *Store) PlanMerge(ctx context.Context, entity string, from, into int64) (MergePlan, error) {
	return planMerge(ctx, s.db, entity, from, into)
}

// Merge merges the record from into the record into in one transaction,
// recorded as one batch that UndoImport takes back. A person merged away
// gives the survivor their invitations (where both were invited to one
// event, the invitation that got further is kept, see
// liaison.KeepInvitation), the events they attended on others' behalf,
// their photo when the survivor has none, and the values of the fields
// the survivor lacks (liaison.MergePerson). A mission merged away gives
// the survivor its people (its head joins the staff when the survivor has
// a head, else heads it) and the values it lacks (liaison.MergeMission).
// The duplicate is deleted; its history stays, and MergedInto says where
// it went. Merge returns what it did and the batch's ID.
func (s *Store) Merge(ctx context.Context, entity string, from, into int64) (MergePlan, int64, error) {
	var plan MergePlan
	var batch int64
	err := s.Update(ctx, func(tx *Tx) error {
		var err error
		if plan, err = planMerge(tx.ctx, tx.tx, entity, from, into); err != nil {
			return err
		}
		if batch, err = tx.insertID(`INSERT INTO batches (at, kind, source) VALUES (?, ?, ?)`, s.stamp(), BatchMerge,
			plan.FromName+" → "+plan.IntoName); err != nil {
			return err
		}
		tx.batch = batch
		if entity == EntityPerson {
			return tx.mergePerson(plan)
		}
		return tx.mergeMission(plan)
	})
	if err != nil {
		return MergePlan{}, 0, err
	}
	return plan, batch, nil
}

func planMerge(ctx context.Context, q queryer, entity string, from, into int64) (MergePlan, error) {
	plan := MergePlan{Entity: entity, From: from, Into: into}
	if from == into {
		return plan, fmt.Errorf("%w %s %d into itself", ErrCannotMerge, entity, from)
	}
	switch entity {
	case EntityPerson:
		return plan, planPersonMerge(ctx, q, &plan)
	case EntityMission:
		return plan, planMissionMerge(ctx, q, &plan)
	}
	return plan, fmt.Errorf("%w a %s: only missions and people are merged", ErrCannotMerge, entity)
}

// planPersonMerge fills the plan of a person merge. Someone at post is
// not merged into someone departed or archived: the survivor's state
// wins, and they would vanish from the lists; merge the other way.
func planPersonMerge(ctx context.Context, q queryer, plan *MergePlan) error {
	a, err := person(ctx, q, plan.From)
	if err != nil {
		return err
	}
	b, err := person(ctx, q, plan.Into)
	if err != nil {
		return err
	}
	plan.FromName, plan.IntoName = a.FullName(), b.FullName()
	if a.Current() && !b.Current() {
		state := "departed"
		if b.Archived {
			state = "archived"
		}
		return fmt.Errorf("%w %s (person %d), who is at post, into %s (person %d), who is %s: merge them the other way, or restore %s first",
			ErrCannotMerge, a.FullName(), a.ID, b.FullName(), b.ID, state, b.FullName())
	}
	merged, fields := liaison.MergePerson(b, a)
	if err := plan.fieldSteps(ctx, q, fields, a.MissionID); err != nil {
		return err
	}
	if a.HeadOfMission && a.Current() && !merged.HeadOfMission && merged.Current() && merged.MissionID == a.MissionID {
		merged.HeadOfMission = true
		plan.Steps = append(plan.Steps, MergeStep{Kind: StepHead})
	}
	plan.person = merged
	if err := plan.invitationSteps(ctx, q); err != nil {
		return err
	}
	var photos int
	if err := q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM person_photos WHERE person_id = ?)
		- 2 * (SELECT count(*) FROM person_photos WHERE person_id = ?)`, a.ID, b.ID).Scan(&photos); err != nil {
		return err
	}
	if photos == 1 { // a has one, b none
		plan.Steps = append(plan.Steps, MergeStep{Kind: StepPhoto})
	}
	plan.Steps = append(plan.Steps, MergeStep{Kind: StepDelete})
	return nil
}

// fieldSteps turns the fields a merge fills or keeps into steps; a
// mission is named.
func (plan *MergePlan) fieldSteps(ctx context.Context, q queryer, fields []liaison.FieldMerge, fromMission int64) error {
	for _, f := range fields {
		kind := StepFill
		if f.Kept {
			kind = StepKeep
		}
		if f.Field == "MissionID" {
			m, err := mission(ctx, q, fromMission)
			if err != nil {
				return err
			}
			f.Value = m.DisplayName()
		}
		plan.Steps = append(plan.Steps, MergeStep{Kind: kind, Field: f.Field, Value: f.Value})
	}
	return nil
}

// invitationSteps plans what becomes of the duplicate's invitations, and
// of those where it came on someone's behalf.
func (plan *MergePlan) invitationSteps(ctx context.Context, q queryer) error {
	rows, err := personInvitations(ctx, q, `i.person_id = ? OR i.person_id = ? OR i.represented_by = ?`,
		plan.From, plan.Into, plan.From)
	if err != nil {
		return err
	}
	intos := map[int64]liaison.Invitation{} // by event
	for _, r := range rows {
		if r.Invitation.PersonID == plan.Into {
			intos[r.Event.ID] = r.Invitation
		}
	}
	dropped := map[int64]bool{}
	for _, r := range rows {
		inv := r.Invitation
		if inv.PersonID != plan.From {
			continue
		}
		other, both := intos[r.Event.ID]
		switch {
		case both && liaison.KeepInvitation(other, inv):
			dropped[other.ID] = true
			plan.invs = append(plan.invs, invMerge{id: other.ID, drop: true})
			plan.Steps = append(plan.Steps, MergeStep{Kind: StepDropInvitation, Event: r.Event, Status: other.Status, Other: inv.Status})
		case both:
			plan.invs = append(plan.invs, invMerge{id: inv.ID, drop: true})
			plan.Steps = append(plan.Steps, MergeStep{Kind: StepDropInvitation, Event: r.Event, Status: inv.Status, Other: other.Status})
			continue
		}
		plan.invs = append(plan.invs, invMerge{id: inv.ID, move: true, noDepty: inv.RepresentedBy == plan.Into})
		plan.Steps = append(plan.Steps, MergeStep{Kind: StepMoveInvitation, Event: r.Event, Status: inv.Status})
		if inv.RepresentedBy == plan.Into {
			plan.Steps = append(plan.Steps, MergeStep{Kind: StepSelf, Event: r.Event})
		}
	}
	for _, r := range rows {
		inv := r.Invitation
		if inv.RepresentedBy != plan.From || dropped[inv.ID] {
			continue
		}
		if inv.PersonID == plan.Into {
			plan.invs = append(plan.invs, invMerge{id: inv.ID, deputy: true, noDepty: true})
			plan.Steps = append(plan.Steps, MergeStep{Kind: StepSelf, Event: r.Event})
			continue
		}
		plan.invs = append(plan.invs, invMerge{id: inv.ID, deputy: true})
		plan.Steps = append(plan.Steps, MergeStep{Kind: StepDeputy, Event: r.Event, Person: r.Invitee})
	}
	return nil
}

// personInvitations returns invitations with their events and invitees,
// in the order of the events.
func personInvitations(ctx context.Context, q queryer, cond string, args ...any) ([]HistoryRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+eventColumns+`, `+invitationColumns+`, `+personColumns+`
		FROM invitations i JOIN events e ON e.id = i.event_id JOIN people p ON p.id = i.person_id
		WHERE `+cond+` ORDER BY e.starts_at, e.id, i.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []HistoryRow
	for rows.Next() {
		var h HistoryRow
		dest := append(eventDest(&h.Event), invitationDest(&h.Invitation)...)
		if err := rows.Scan(append(dest, personDest(&h.Invitee)...)...); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// planMissionMerge fills the plan of a mission merge. A mission in use
// is not merged into an archived one: it would vanish from the lists.
func planMissionMerge(ctx context.Context, q queryer, plan *MergePlan) error {
	a, err := mission(ctx, q, plan.From)
	if err != nil {
		return err
	}
	b, err := mission(ctx, q, plan.Into)
	if err != nil {
		return err
	}
	plan.FromName, plan.IntoName = a.DisplayName(), b.DisplayName()
	if !a.Archived && b.Archived {
		return fmt.Errorf("%w %s (mission %d) into %s (mission %d), which is archived: merge them the other way, or restore %s first",
			ErrCannotMerge, a.DisplayName(), a.ID, b.DisplayName(), b.ID, b.DisplayName())
	}
	merged, fields := liaison.MergeMission(b, a)
	if err := plan.fieldSteps(ctx, q, fields, 0); err != nil {
		return err
	}
	plan.mission = merged
	var heads int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM people WHERE mission_id = ? AND head_of_mission = 1
		AND departed = 0 AND archived = 0`, b.ID).Scan(&heads); err != nil {
		return err
	}
	rows, err := q.QueryContext(ctx, `SELECT `+personColumns+` FROM people p WHERE p.mission_id = ?
		ORDER BY p.departed, p.archived, p.head_of_mission DESC, p.sort_name, p.id`, a.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var p liaison.Person
		if err := rows.Scan(personDest(&p)...); err != nil {
			return err
		}
		p.MissionID = b.ID
		step := StepMovePerson
		if p.HeadOfMission && p.Current() && heads > 0 {
			p.HeadOfMission = false
			step = StepHeadToStaff
		}
		plan.moved = append(plan.moved, p)
		plan.Steps = append(plan.Steps, MergeStep{Kind: step, Person: p})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	plan.Steps = append(plan.Steps, MergeStep{Kind: StepDelete})
	return nil
}

// mergePerson writes a person merge: invitations first (the duplicate
// must have none left when it is deleted), then the photo, the deletion,
// and the survivor's fields. Undo takes the changes back in reverse.
func (tx *Tx) mergePerson(plan MergePlan) error {
	for _, im := range plan.invs {
		if im.drop {
			if err := tx.deleteInvitation(im.id); err != nil {
				return err
			}
		}
	}
	for _, im := range plan.invs {
		if im.drop {
			continue
		}
		inv, err := invitationByID(tx.ctx, tx.tx, im.id)
		if err != nil {
			return err
		}
		after := inv
		if im.move {
			after.PersonID = plan.Into
		}
		if im.deputy {
			after.RepresentedBy = plan.Into
		}
		if im.noDepty {
			after.RepresentedBy = 0
		}
		if err := tx.writeInvitation(inv, after); err != nil {
			return err
		}
	}
	ph, err := tx.Photo(plan.From)
	hasPhoto := err == nil
	if err != nil && !errors.Is(err, liaison.ErrNotFound) {
		return err
	}
	given := slices.ContainsFunc(plan.Steps, func(s MergeStep) bool { return s.Kind == StepPhoto })
	if given {
		if err := tx.SetPhoto(plan.Into, ph); err != nil {
			return err
		}
	}
	created, err := tx.createdAt("people", plan.From)
	if err != nil {
		return err
	}
	var blob []byte
	if hasPhoto {
		blob = ph.Data
	}
	if _, err := tx.exec(`INSERT INTO merges (batch_id, entity, from_id, into_id, created_at, photo_mime, photo, photo_given)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, tx.batch, EntityPerson, plan.From, plan.Into, created, ph.MIME, blob, given); err != nil {
		return err
	}
	before, err := person(tx.ctx, tx.tx, plan.From)
	if err != nil {
		return err
	}
	if _, err := tx.exec(`DELETE FROM people WHERE id = ?`, plan.From); err != nil {
		return fmt.Errorf("cannot delete %s: %w", before.FullName(), err)
	}
	tx.dirtyPeople[plan.From] = true
	delete(tx.pending, plan.From)
	if err := tx.record(EntityPerson, plan.From, ActionDelete, before, nil); err != nil {
		return err
	}
	return tx.UpdatePerson(plan.person)
}

// mergeMission writes a mission merge: its people move, the survivor gets
// its fields, and the duplicate, empty now, is deleted.
func (tx *Tx) mergeMission(plan MergePlan) error {
	created, err := tx.createdAt("missions", plan.From)
	if err != nil {
		return err
	}
	if _, err := tx.exec(`INSERT INTO merges (batch_id, entity, from_id, into_id, created_at) VALUES (?, ?, ?, ?, ?)`,
		tx.batch, EntityMission, plan.From, plan.Into, created); err != nil {
		return err
	}
	for _, p := range plan.moved {
		if err := tx.UpdatePerson(p); err != nil {
			return err
		}
	}
	if err := tx.UpdateMission(plan.mission); err != nil {
		return err
	}
	before, err := mission(tx.ctx, tx.tx, plan.From)
	if err != nil {
		return err
	}
	if _, err := tx.exec(`DELETE FROM missions WHERE id = ?`, plan.From); err != nil {
		return fmt.Errorf("cannot delete %s: %w", before.DisplayName(), err)
	}
	delete(tx.missions, plan.From)
	tx.dirtyMissions[plan.From] = true
	return tx.record(EntityMission, plan.From, ActionDelete, before, nil)
}

// deleteInvitation deletes an invitation, recording it.
func (tx *Tx) deleteInvitation(id int64) error {
	before, err := invitationByID(tx.ctx, tx.tx, id)
	if err != nil {
		return err
	}
	if _, err := tx.exec(`DELETE FROM invitations WHERE id = ?`, id); err != nil {
		return err
	}
	return tx.record(EntityInvitation, id, ActionDelete, before, nil)
}

// writeInvitation saves every field of an invitation found by its ID,
// its person too, which UpdateInvitation cannot change; the checks of
// UpdateInvitation do not apply: a merge and its undo rewrite what was
// valid as it was.
func (tx *Tx) writeInvitation(before, after liaison.Invitation) error {
	if _, err := tx.exec(`UPDATE invitations SET person_id = ?, status = ?, for_two = ?, represented_by = ?, channel = ?,
		sent = ?, answered = ?, note = ?, updated_at = ?, version = version + 1 WHERE id = ?`, after.PersonID, after.Status, after.ForTwo,
		nullID(after.RepresentedBy), after.Channel, after.Sent.String(), after.Answered.String(), after.Note,
		tx.store.stamp(), after.ID); err != nil {
		return fmt.Errorf("cannot save the invitation: %w", err)
	}
	return tx.record(EntityInvitation, after.ID, ActionUpdate, before, after)
}

// createdAt reads when a record was created.
func (tx *Tx) createdAt(table string, id int64) (string, error) {
	var at string
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT created_at FROM `+table+` WHERE id = ?`, id).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return "", notFound(table, id)
	}
	return at, err
}
