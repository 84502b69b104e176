package store

import (
	"context"

	"liaison/internal/liaison"
)

// A HistoryRow is one invitation in someone's history: the event, the
// invitation, who was invited and who came instead (zero when nobody did).
type HistoryRow struct {
	Event         liaison.Event
	Invitation    liaison.Invitation
	Invitee       liaison.Person
	RepresentedBy liaison.Person
}

// PersonHistory returns every invitation of a person, and every event
// they attended on someone else's behalf, latest event first.
func (s *Store) PersonHistory(ctx context.Context, personID int64) ([]HistoryRow, error) {
	if _, err := person(ctx, s.db, personID); err != nil {
		return nil, err
	}
	return s.history(ctx, `i.person_id = ? OR i.represented_by = ?`, personID, personID)
}

// MissionHistory returns every invitation of the mission's people, current
// and former, latest event first.
func (s *Store) MissionHistory(ctx context.Context, missionID int64) ([]HistoryRow, error) {
	if _, err := mission(ctx, s.db, missionID); err != nil {
		return nil, err
	}
	return s.history(ctx, `p.mission_id = ?`, missionID)
}

func (s *Store) history(ctx context.Context, cond string, args ...any) ([]HistoryRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventColumns+`, `+invitationColumns+`, `+personColumns+`
		FROM invitations i JOIN events e ON e.id = i.event_id JOIN people p ON p.id = i.person_id
		WHERE `+cond+` ORDER BY e.starts_at DESC, e.id DESC, p.sort_name`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []HistoryRow
	var deputies []int64
	for rows.Next() {
		var h HistoryRow
		dest := append(eventDest(&h.Event), invitationDest(&h.Invitation)...)
		if err := rows.Scan(append(dest, personDest(&h.Invitee)...)...); err != nil {
			return nil, err
		}
		if h.Invitation.RepresentedBy != 0 {
			deputies = append(deputies, h.Invitation.RepresentedBy)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	reps, err := peopleByID(ctx, s.db, deputies)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].RepresentedBy = reps[out[i].Invitation.RepresentedBy]
	}
	return out, nil
}
