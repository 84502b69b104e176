package store

import (
	"context"

	"liaison/internal/liaison"
)

// A HeadsReport is what inviting the heads of mission did: how many were
// new on the list, and which missions had no head to invite.
type HeadsReport struct {
	Added int // invitations new on the list
	Heads int // missions invited through their head (acting heads included)
	// Senior are the missions whose post is vacant, invited through their
	// senior member in order of precedence.
	Senior []liaison.Mission
	// Nobody are the missions with nobody at post: not invited.
	Nobody []liaison.Mission
}

// Missions returns how many missions the invitation covered.
func (r HeadsReport) Missions() int { return r.Heads + len(r.Senior) }

// InviteMissionHeads invites every mission of the given kinds that is not
// archived (no kinds: every kind but government bodies) through its
// head, or, where the post is vacant, through its senior member in order
// of precedence, and reports which missions it covered that way and which
// it could not cover.
func (s *Store) InviteMissionHeads(ctx context.Context, eventID int64, kinds []liaison.MissionKind, status liaison.Status, opts ...InvitationFor) (HeadsReport, error) {
	if len(kinds) == 0 {
		kinds = []liaison.MissionKind{liaison.Embassy, liaison.Consulate, liaison.InternationalOrgOffice, liaison.OtherMission}
	}
	var r HeadsReport
	err := s.Update(ctx, func(tx *Tx) error {
		r = HeadsReport{}
		ids, err := tx.missionRepresentatives(kinds, &r)
		if err != nil {
			return err
		}
		r.Added, err = tx.Invite(eventID, ids, status, opts...)
		return err
	})
	return r, err
}

// missionRepresentatives returns who represents each current mission of
// the given kinds, noting in r the missions without a head.
func (tx *Tx) missionRepresentatives(kinds []liaison.MissionKind, r *HeadsReport) ([]int64, error) {
	args := make([]any, len(kinds))
	for i, k := range kinds {
		args[i] = string(k)
	}
	in := ` m.archived = 0 AND m.kind IN (` + placeholders(len(kinds)) + `)`
	missions, err := tx.missionsWhere(in, args...)
	if err != nil {
		return nil, err
	}
	staff, err := tx.staffWhere(`p.departed = 0 AND p.archived = 0 AND`+in, args...)
	if err != nil {
		return nil, err
	}
	var ids []int64
	var senior, nobody []liaison.HeadedMission
	for _, m := range missions {
		people := staff[m.ID]
		if len(people) == 0 {
			nobody = append(nobody, liaison.HeadedMission{Mission: m})
			continue
		}
		placed := make([]liaison.Placed, len(people))
		for i, p := range people {
			placed[i] = liaison.Placed{Person: p, Mission: m}
		}
		liaison.SortByPrecedence(placed) // a head comes first
		ids = append(ids, placed[0].Person.ID)
		if placed[0].Person.HeadOfMission {
			r.Heads++
		} else {
			senior = append(senior, liaison.HeadedMission{Mission: m})
		}
	}
	r.Senior, r.Nobody = missionsOf(senior), missionsOf(nobody)
	return ids, nil
}

// missionsOf returns the missions in order of precedence (for missions
// without a head: by country name).
func missionsOf(hs []liaison.HeadedMission) []liaison.Mission {
	liaison.SortMissionsByPrecedence(hs)
	var out []liaison.Mission
	for _, h := range hs {
		out = append(out, h.Mission)
	}
	return out
}

// missionsWhere returns the missions that meet a condition on m.
func (tx *Tx) missionsWhere(cond string, args ...any) ([]liaison.Mission, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT `+missionColumns+` FROM missions m WHERE `+cond+` ORDER BY m.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []liaison.Mission
	for rows.Next() {
		var m liaison.Mission
		if err := scanMission(rows, &m); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// staffWhere returns the people that meet a condition on p and their
// mission m, by mission.
func (tx *Tx) staffWhere(cond string, args ...any) (map[int64][]liaison.Person, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT `+personColumns+` FROM people p
		JOIN missions m ON m.id = p.mission_id WHERE `+cond, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]liaison.Person{}
	for rows.Next() {
		var p liaison.Person
		if err := rows.Scan(personDest(&p)...); err != nil {
			return nil, err
		}
		out[p.MissionID] = append(out[p.MissionID], p)
	}
	return out, rows.Err()
}
