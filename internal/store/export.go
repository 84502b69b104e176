package store

import (
	"context"
	"fmt"

	"liaison/internal/liaison"
)

// An ExportQuery chooses the people to export: an event's invitees (in
// order of precedence), a mission's staff, chosen people, or, when none is
// set, every current person.
type ExportQuery struct {
	EventID         int64
	MissionID       int64
	PersonIDs       []int64
	IncludeDeparted bool // also former staff and archived people
}

// An ExportRow is a person with what an export writes beside them.
type ExportRow struct {
	Person  liaison.Person
	Mission liaison.Mission // zero for none
	Photo   liaison.Photo   // zero for none
}

// ExportRows returns the people the query chooses, with their missions and
// photos.
func (s *Store) ExportRows(ctx context.Context, q ExportQuery) ([]ExportRow, error) {
	var out []ExportRow
	switch {
	case q.EventID != 0:
		rows, err := s.Invitations(ctx, q.EventID)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			out = append(out, ExportRow{Person: r.Placed.Person, Mission: r.Placed.Mission})
		}
	case len(q.PersonIDs) > 0:
		for _, id := range q.PersonIDs {
			p, err := s.Person(ctx, id)
			if err != nil {
				return nil, err
			}
			r := ExportRow{Person: p}
			if p.MissionID != 0 {
				if r.Mission, err = s.Mission(ctx, p.MissionID); err != nil {
					return nil, err
				}
			}
			out = append(out, r)
		}
	default:
		if q.MissionID != 0 {
			if _, err := s.Mission(ctx, q.MissionID); err != nil {
				return nil, err
			}
		}
		rows, err := s.People(ctx, PeopleQuery{MissionID: q.MissionID, IncludeDeparted: q.IncludeDeparted,
			IncludeArchived: q.IncludeDeparted, Sort: PeopleByMission})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			out = append(out, ExportRow{Person: r.Person, Mission: r.Mission})
		}
	}
	withPhoto, err := s.PeopleWithPhotos(ctx)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if withPhoto[out[i].Person.ID] {
			if out[i].Photo, err = s.Photo(ctx, out[i].Person.ID); err != nil {
				return nil, fmt.Errorf("photo of %s: %w", out[i].Person.FullName(), err)
			}
		}
	}
	return out, nil
}
