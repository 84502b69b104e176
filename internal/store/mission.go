package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"liaison/internal/liaison"
)

const missionColumns = `m.id, m.kind, m.country, m.name, m.short_name, m.non_resident, m.resident_in,
	m.address, m.phones, m.email, m.website, m.national_day, m.notes, m.archived,
	m.name_en, m.short_en, m.name_ru, m.short_ru, m.name_kk, m.short_kk, m.version`

// optionalMissionColumns reads a LEFT JOINed mission as a zero Mission when
// there is none.
const optionalMissionColumns = `coalesce(m.id, 0), coalesce(m.kind, ''), coalesce(m.country, ''),
	coalesce(m.name, ''), coalesce(m.short_name, ''), coalesce(m.non_resident, 0),
	coalesce(m.resident_in, ''), coalesce(m.address, ''), coalesce(m.phones, '[]'),
	coalesce(m.email, ''), coalesce(m.website, ''), coalesce(m.national_day, ''),
	coalesce(m.notes, ''), coalesce(m.archived, 0),
	coalesce(m.name_en, ''), coalesce(m.short_en, ''), coalesce(m.name_ru, ''), coalesce(m.short_ru, ''),
	coalesce(m.name_kk, ''), coalesce(m.short_kk, ''), coalesce(m.version, 0)`

func scanMission(sc scanner, m *liaison.Mission) error {
	return sc.Scan(missionDest(m)...)
}

// Mission returns the mission with the given ID.
func (s *Store) Mission(ctx context.Context, id int64) (liaison.Mission, error) {
	return mission(ctx, s.db, id)
}

func mission(ctx context.Context, q queryer, id int64) (liaison.Mission, error) {
	var m liaison.Mission
	err := scanMission(q.QueryRowContext(ctx, `SELECT `+missionColumns+` FROM missions m WHERE m.id = ?`, id), &m)
	if errors.Is(err, sql.ErrNoRows) {
		return m, notFound("mission", id)
	}
	return m, err
}

// A MissionSort orders the missions list.
type MissionSort int

// The orders of the missions list.
const (
	ByPrecedence MissionSort = iota
	ByCountry
	ByName
)

// A MissionQuery selects missions for a list.
type MissionQuery struct {
	Search          string                // words in the mission's key or its head's (see Search); "" for all
	Kinds           []liaison.MissionKind // empty for every kind
	IncludeArchived bool
	Sort            MissionSort
	// Lang is the language whose names ByName sorts by ("en", "ru",
	// "kk"); "" for the stored names.
	Lang string
}

// Missions returns the missions the query selects, each with its current
// head (zero when the post is vacant), in the order asked for.
func (s *Store) Missions(ctx context.Context, q MissionQuery) ([]liaison.HeadedMission, error) {
	var where []string
	var args []any
	if !q.IncludeArchived {
		where = append(where, "m.archived = 0")
	}
	if len(q.Kinds) > 0 {
		where = append(where, "m.kind IN ("+placeholders(len(q.Kinds))+")")
		for _, k := range q.Kinds {
			args = append(args, string(k))
		}
	}
	if words := liaison.SearchWords(q.Search); len(words) > 0 {
		// The mission's own key, or its head's: the list shows the head,
		// so "elkin" finds the embassy Ёлкин heads.
		cond, margs := searchCondition(s.engine, words)
		where = append(where, `(m.id IN (SELECT -rowid FROM search_index WHERE rowid < 0 AND `+cond+`)
			OR m.id IN (SELECT h.mission_id FROM people h WHERE h.head_of_mission = 1 AND h.departed = 0
				AND h.archived = 0 AND h.id IN (SELECT rowid FROM search_index WHERE rowid > 0 AND `+cond+`)))`)
		args = append(args, margs...)
		args = append(args, margs...)
	}
	query := `SELECT ` + missionColumns + `, ` + optionalPersonColumns + `
		FROM missions m LEFT JOIN people p ON p.mission_id = m.id
			AND p.head_of_mission = 1 AND p.departed = 0 AND p.archived = 0`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []liaison.HeadedMission
	for rows.Next() {
		var hm liaison.HeadedMission
		if err := rows.Scan(append(missionDest(&hm.Mission), personDest(&hm.Head)...)...); err != nil {
			return nil, err
		}
		out = append(out, hm)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortMissions(out, q.Sort, q.Lang)
	return out, nil
}

func missionDest(m *liaison.Mission) []any {
	return []any{&m.ID, &m.Kind, &m.Country, &m.Name, &m.ShortName, &m.NonResident, &m.ResidentIn,
		&m.Address, listScan{&m.Phones}, &m.Email, &m.Website, monthDayScan{&m.NationalDay}, &m.Notes, &m.Archived,
		&m.NameEn, &m.ShortEn, &m.NameRu, &m.ShortRu, &m.NameKk, &m.ShortKk, &m.Version}
}

// CreateMission adds a mission and sets m.ID.
func (s *Store) CreateMission(ctx context.Context, m *liaison.Mission) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.CreateMission(m) })
}

// UpdateMission saves every field of an existing mission, while it is at
// m.Version (unless 0): a mission changed since gives a *ConflictError.
// The saved mission is at version m.Version+1.
func (s *Store) UpdateMission(ctx context.Context, m liaison.Mission) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.UpdateMission(m) })
}

// ArchiveMission archives (or, with archived false, restores) a mission.
// Its people and history stay as they are.
func (s *Store) ArchiveMission(ctx context.Context, id int64, archived bool) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.ArchiveMission(id, archived) })
}

// DeleteMission deletes a mission that has no people and no history. A
// mission that has either is archived instead, so nothing is lost;
// archived reports which happened.
//
// version is the version the caller read (0: whatever is stored): a
// record changed since is neither deleted nor archived but gives a
// *ConflictError.
func (s *Store) DeleteMission(ctx context.Context, id, version int64) (archived bool, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		stored, err := mission(tx.ctx, tx.tx, id)
		if err != nil {
			return err
		}
		if err := tx.checkVersion(EntityMission, id, version, stored.Version); err != nil {
			return err
		}
		archived, err = tx.DeleteMission(id)
		return err
	})
	return archived, err
}

// CreateMission adds a mission and sets m.ID.
func (tx *Tx) CreateMission(m *liaison.Mission) error {
	if err := m.Validate(); err != nil {
		return err
	}
	trimNames(m)
	now := tx.store.stamp()
	var err error
	m.ID, err = tx.insertID(`INSERT INTO missions (kind, country, name, short_name,
		non_resident, resident_in, address, phones, email, website, national_day, notes, archived,
		name_en, short_en, name_ru, short_ru, name_kk, short_kk,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.Kind, m.Country, m.Name, m.ShortName, m.NonResident, m.ResidentIn,
		m.Address, list(m.Phones).value(), m.Email, m.Website, m.NationalDay.String(), m.Notes, m.Archived,
		m.NameEn, m.ShortEn, m.NameRu, m.ShortRu, m.NameKk, m.ShortKk,
		now, now)
	if err != nil {
		return fmt.Errorf("cannot add the mission %q: %w", m.Name, err)
	}
	m.Version = 1
	tx.created[-m.ID] = true
	tx.missions[m.ID] = m.Country
	if err := tx.writtenMission(*m); err != nil {
		return err
	}
	return tx.record(EntityMission, m.ID, ActionCreate, nil, m)
}

// trimNames trims the mission's names as they are stored and recorded.
func trimNames(m *liaison.Mission) {
	m.Name, m.ShortName = strings.TrimSpace(m.Name), strings.TrimSpace(m.ShortName)
	for _, l := range liaison.NameLanguages {
		m.SetNamesIn(l, m.NamesIn(l))
	}
}

// writtenMission keeps the search index row of a mission just created,
// from what was written, and writes the rows kept so far when they are
// many.
func (tx *Tx) writtenMission(m liaison.Mission) error {
	m.Phones = list(m.Phones).clean() // as stored
	tx.pendingMissions[m.ID] = indexRow{key: compactKey(m.SearchKey()), name: liaison.Fold(m.Name), archived: m.Archived}
	if len(tx.pendingMissions) < pendingChunk {
		return nil
	}
	return tx.flushPendingMissions()
}

// flushPendingMissions writes the index rows of the missions created so
// far, unless they were written again since: those are read back with the
// other dirty missions at the commit.
func (tx *Tx) flushPendingMissions() error {
	ids := slices.Sorted(maps.Keys(tx.pendingMissions))
	slices.Reverse(ids) // rising rowids, see flushSearchIndex
	ids = slices.DeleteFunc(ids, func(id int64) bool { return tx.dirtyMissions[id] })
	if err := tx.indexMissions(ids); err != nil {
		return err
	}
	for _, id := range ids {
		tx.indexedMissions[id] = true
	}
	clear(tx.pendingMissions)
	return nil
}

// UpdateMission saves every field of an existing mission.
func (tx *Tx) UpdateMission(m liaison.Mission) error {
	if err := m.Validate(); err != nil {
		return err
	}
	before, err := mission(tx.ctx, tx.tx, m.ID)
	if err != nil {
		return err
	}
	trimNames(&m)
	version := tx.expected(EntityMission, m.ID, m.Version)
	cond, vargs := versionWhere(version)
	res, err := tx.exec(`UPDATE missions SET kind = ?, country = ?, name = ?,
		short_name = ?, non_resident = ?, resident_in = ?, address = ?, phones = ?, email = ?,
		website = ?, national_day = ?, notes = ?, archived = ?,
		name_en = ?, short_en = ?, name_ru = ?, short_ru = ?, name_kk = ?, short_kk = ?,
		updated_at = ?, version = version + 1 WHERE id = ?`+cond,
		append([]any{m.Kind, m.Country, m.Name, m.ShortName, m.NonResident, m.ResidentIn,
			m.Address, list(m.Phones).value(), m.Email, m.Website, m.NationalDay.String(), m.Notes, m.Archived,
			m.NameEn, m.ShortEn, m.NameRu, m.ShortRu, m.NameKk, m.ShortKk,
			tx.store.stamp(), m.ID}, vargs...)...)
	if err != nil {
		return fmt.Errorf("cannot save the mission %q: %w", m.Name, err)
	}
	if err := tx.affected(res, EntityMission, m.ID, m); err != nil {
		return err
	}
	tx.stepped(EntityMission, m.ID, before.Version)
	tx.missions[m.ID] = m.Country
	if err := tx.record(EntityMission, m.ID, archiveAction(before.Archived, m.Archived), before, m); err != nil {
		return err
	}
	return tx.missionChanged(m.ID)
}

// missionChanged marks the mission and its people for re-indexing: their
// keys include the mission's country.
func (tx *Tx) missionChanged(id int64) error {
	tx.dirtyMissions[id] = true
	rows, err := tx.tx.QueryContext(tx.ctx, `SELECT id FROM people WHERE mission_id = ?`, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var pid int64
		if err := rows.Scan(&pid); err != nil {
			return err
		}
		tx.dirtyPeople[pid] = true
		delete(tx.pending, pid) // its key holds the old country
	}
	return rows.Err()
}

// ArchiveMission archives (or restores) a mission.
func (tx *Tx) ArchiveMission(id int64, archived bool) error {
	before, err := mission(tx.ctx, tx.tx, id)
	if err != nil {
		return err
	}
	if _, err := tx.exec(`UPDATE missions SET archived = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
		archived, tx.store.stamp(), id); err != nil {
		return err
	}
	tx.stepped(EntityMission, id, before.Version)
	tx.dirtyMissions[id] = true
	after := before
	after.Archived = archived
	return tx.record(EntityMission, id, archiveAction(before.Archived, archived), before, after)
}

// DeleteMission deletes the mission, or archives it when it has people or
// history; archived reports which.
func (tx *Tx) DeleteMission(id int64) (archived bool, err error) {
	var people int
	if err := tx.tx.QueryRowContext(tx.ctx, `SELECT count(*) FROM people WHERE mission_id = ?`, id).Scan(&people); err != nil {
		return false, err
	}
	if people > 0 {
		return true, tx.ArchiveMission(id, true)
	}
	before, err := mission(tx.ctx, tx.tx, id)
	if err != nil {
		return false, err
	}
	if _, err := tx.exec(`DELETE FROM missions WHERE id = ?`, id); err != nil {
		return false, err
	}
	delete(tx.missions, id)
	tx.dirtyMissions[id] = true
	return false, tx.record(EntityMission, id, ActionDelete, before, nil)
}

// affected explains an update of a record that matched no row (see
// Tx.refused); yours are the values the caller tried to save.
func (tx *Tx) affected(res sql.Result, entity string, id int64, yours any) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return tx.refused(entity, id, yours)
	}
	return nil
}

// sortMissions orders the missions list.
func sortMissions(ms []liaison.HeadedMission, by MissionSort, lang string) {
	switch by {
	case ByCountry:
		sortByKey(ms, func(m liaison.HeadedMission) string {
			if m.Mission.Country == "" {
				return "\uffff" + m.Mission.Name // organisations after countries
			}
			return liaison.CountryName(m.Mission.Country) + "\x00" + m.Mission.Name
		})
	case ByName:
		sortByKey(ms, func(m liaison.HeadedMission) string { return m.Mission.DisplayNameIn(lang) })
	default:
		liaison.SortMissionsByPrecedence(ms)
	}
}
