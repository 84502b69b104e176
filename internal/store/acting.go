package store

import (
	"context"
	"fmt"

	"liaison/internal/liaison"
)

// An ActingReason says why someone cannot be made acting head of mission.
type ActingReason int

// The reasons MakeActingHead refuses.
const (
	ActingNoMission      ActingReason = iota + 1 // the person belongs to no mission
	ActingNotAtPost                              // departed or archived
	ActingMissionClosed                          // the mission is archived
	ActingGovernmentBody                         // a government body has no chargé d'affaires
	ActingAlreadyHead                            // the person already heads the mission
	ActingMissionHeaded                          // the mission has another current head
)

// An ActingRefusal is the error MakeActingHead returns when the person
// cannot be made acting head: the reason, with the records it names, so
// that each front end can phrase it. It matches liaison.ErrInvalid.
type ActingRefusal struct {
	Reason  ActingReason
	Person  liaison.Person
	Mission liaison.Mission // zero for ActingNoMission
	Head    liaison.Person  // the current head, for ActingMissionHeaded
}

// Error says the refusal in English, as the command line prints it.
func (r *ActingRefusal) Error() string {
	name, mission := r.Person.FullName(), r.Mission.DisplayName()
	switch r.Reason {
	case ActingNoMission:
		return fmt.Sprintf("%s belongs to no mission; only a member of a mission can be its acting head", name)
	case ActingNotAtPost:
		return fmt.Sprintf("%s has departed or is archived; only someone at post can be acting head", name)
	case ActingMissionClosed:
		return fmt.Sprintf("%s is archived; restore it first", mission)
	case ActingGovernmentBody:
		return fmt.Sprintf("%s is a government body; it has no chargé d'affaires", mission)
	case ActingAlreadyHead:
		return fmt.Sprintf("%s is already the head of %s", name, mission)
	case ActingMissionHeaded:
		return fmt.Sprintf("%s has a head, %s; mark them departed first", mission, r.Head.FullName())
	}
	return fmt.Sprintf("%s cannot be made acting head", name)
}

// Is reports whether target is liaison.ErrInvalid.
func (r *ActingRefusal) Is(target error) bool { return target == liaison.ErrInvalid }

// MakeActingHead makes a member of a mission whose post is vacant its
// chargé d'affaires a.i., notified on since: her rank becomes ChargeAI,
// Notification since, and she becomes the head of mission. It returns the
// person as she was before, at the version the change left (for an undo
// that refuses to overwrite a later change), and refuses with an
// *ActingRefusal.
func (s *Store) MakeActingHead(ctx context.Context, personID int64, since liaison.Date) (before liaison.Person, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		before, err = tx.MakeActingHead(personID, since)
		return err
	})
	return before, err
}

// MakeActingHead makes a person acting head; see Store.MakeActingHead. It
// is one change in the history.
func (tx *Tx) MakeActingHead(personID int64, since liaison.Date) (liaison.Person, error) {
	p, err := person(tx.ctx, tx.tx, personID)
	if err != nil {
		return p, err
	}
	if since.IsZero() {
		return p, fmt.Errorf("the date of notification of %s is missing", p.FullName())
	}
	if err := tx.checkActing(p); err != nil {
		return p, err
	}
	after := p
	after.Rank = liaison.ChargeAI
	after.Notification = since.DayOnly()
	after.HeadOfMission = true
	if err := tx.UpdatePerson(after); err != nil {
		return p, err
	}
	p.Version++ // as this change left it, so that an undo checks nothing changed since
	return p, nil
}

// checkActing refuses what cannot be made acting head.
func (tx *Tx) checkActing(p liaison.Person) error {
	refuse := func(r ActingReason, m liaison.Mission, head liaison.Person) error {
		return &ActingRefusal{Reason: r, Person: p, Mission: m, Head: head}
	}
	if p.MissionID == 0 {
		return refuse(ActingNoMission, liaison.Mission{}, liaison.Person{})
	}
	m, err := mission(tx.ctx, tx.tx, p.MissionID)
	if err != nil {
		return err
	}
	switch {
	case !p.Current():
		return refuse(ActingNotAtPost, m, liaison.Person{})
	case m.Archived:
		return refuse(ActingMissionClosed, m, liaison.Person{})
	case m.Kind == liaison.GovernmentBody:
		return refuse(ActingGovernmentBody, m, liaison.Person{})
	case p.HeadOfMission:
		return refuse(ActingAlreadyHead, m, p)
	}
	ids, err := tx.ids(`SELECT id FROM people WHERE mission_id = ? AND head_of_mission = 1
		AND departed = 0 AND archived = 0 ORDER BY id LIMIT 1`, m.ID)
	if err != nil || len(ids) == 0 {
		return err
	}
	head, err := person(tx.ctx, tx.tx, ids[0])
	if err != nil {
		return err
	}
	return refuse(ActingMissionHeaded, m, head)
}
