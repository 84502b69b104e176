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

const personColumns = `p.id, coalesce(p.mission_id, 0), p.family_name, p.given_name, p.middle_name,
	p.alt_name, p.salutation, p.rank, p.position, p.head_of_mission, p.agrement, p.credentials,
	p.notification, p.emails, p.phones, p.languages, p.spouse, p.notes, p.posting_start,
	p.posting_end, p.departed, p.archived, p.uid, p.suffix, p.address, p.version`

// optionalPersonColumns reads a LEFT JOINed person as a zero Person when
// there is none.
const optionalPersonColumns = `coalesce(p.id, 0), coalesce(p.mission_id, 0), coalesce(p.family_name, ''),
	coalesce(p.given_name, ''), coalesce(p.middle_name, ''), coalesce(p.alt_name, ''),
	coalesce(p.salutation, ''), coalesce(p.rank, ''), coalesce(p.position, ''),
	coalesce(p.head_of_mission, 0), coalesce(p.agrement, ''), coalesce(p.credentials, ''),
	coalesce(p.notification, ''), coalesce(p.emails, '[]'), coalesce(p.phones, '[]'),
	coalesce(p.languages, '[]'), coalesce(p.spouse, ''), coalesce(p.notes, ''),
	coalesce(p.posting_start, ''), coalesce(p.posting_end, ''), coalesce(p.departed, 0),
	coalesce(p.archived, 0), coalesce(p.uid, ''), coalesce(p.suffix, ''), coalesce(p.address, ''),
	coalesce(p.version, 0)`

func personDest(p *liaison.Person) []any {
	return []any{&p.ID, &p.MissionID, &p.FamilyName, &p.GivenName, &p.MiddleName, &p.AltName,
		&p.Salutation, &p.Rank, &p.Position, &p.HeadOfMission, dateScan{&p.Agrement},
		dateScan{&p.Credentials}, dateScan{&p.Notification}, listScan{&p.Emails}, listScan{&p.Phones},
		listScan{&p.Languages}, &p.Spouse, &p.Notes, dateScan{&p.PostingStart}, dateScan{&p.PostingEnd},
		&p.Departed, &p.Archived, &p.UID, &p.Suffix, &p.Address, &p.Version}
}

// Person returns the person with the given ID.
func (s *Store) Person(ctx context.Context, id int64) (liaison.Person, error) {
	return person(ctx, s.db, id)
}

func person(ctx context.Context, q queryer, id int64) (liaison.Person, error) {
	var p liaison.Person
	err := q.QueryRowContext(ctx, `SELECT `+personColumns+` FROM people p WHERE p.id = ?`, id).Scan(personDest(&p)...)
	if errors.Is(err, sql.ErrNoRows) {
		return p, notFound("person", id)
	}
	return p, err
}

// A PersonRow is a person with their mission (zero when they have none),
// as lists show them.
type PersonRow struct {
	Person  liaison.Person
	Mission liaison.Mission
}

// A PeopleSort orders the people list.
type PeopleSort int

// The orders of the people list.
const (
	PeopleByName PeopleSort = iota
	PeopleByMission
)

// A PeopleQuery selects people for a list, a page at a time.
type PeopleQuery struct {
	Search          string  // words that must occur (see Search); "" for all
	MissionID       int64   // 0 for every mission
	MissionIDs      []int64 // when not empty, only these missions
	HeadsOnly       bool
	IncludeDeparted bool
	IncludeArchived bool
	Sort            PeopleSort
	Descending      bool // the order reversed: Z to A
	Offset, Limit   int  // Limit 0 for no limit
	// SearchMission lets each search word occur in the person's mission
	// (its names, country, contacts) or position instead of their own
	// key: a picker finds the Prosecutor General by "prosecutor" and
	// every minister by "minister". Lists leave it off, as Search does.
	SearchMission bool
}

func (q PeopleQuery) where(engine string) (string, []any) {
	var where []string
	var args []any
	if !q.IncludeArchived {
		where = append(where, "p.archived = 0")
	}
	if !q.IncludeDeparted {
		where = append(where, "p.departed = 0")
	}
	if q.MissionID != 0 {
		where = append(where, "p.mission_id = ?")
		args = append(args, q.MissionID)
	}
	if len(q.MissionIDs) > 0 {
		where = append(where, "p.mission_id IN ("+placeholders(len(q.MissionIDs))+")")
		args = append(args, int64sAsArgs(q.MissionIDs)...)
	}
	if q.HeadsOnly {
		where = append(where, "p.head_of_mission = 1")
	}
	if words := liaison.SearchWords(q.Search); len(words) > 0 && q.SearchMission {
		for _, w := range words {
			cond, wargs := missionWordCondition(engine, w)
			where = append(where, cond)
			args = append(args, wargs...)
		}
	} else if len(words) > 0 {
		cond, margs := searchCondition(engine, words)
		where = append(where, "p.id IN (SELECT rowid FROM search_index WHERE rowid > 0 AND "+cond+")")
		args = append(args, margs...)
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// People returns one page of the people the query selects, with their
// missions.
func (s *Store) People(ctx context.Context, q PeopleQuery) ([]PersonRow, error) {
	where, args := q.where(s.engine)
	order := " ORDER BY p.sort_name, p.id"
	switch {
	case q.Sort == PeopleByMission && q.Descending:
		// People without a mission stay last; within a mission, the head
		// stays first.
		order = " ORDER BY m.name IS NULL, m.name DESC, p.head_of_mission DESC, p.sort_name, p.id"
	case q.Sort == PeopleByMission:
		order = " ORDER BY m.name IS NULL, m.name, p.head_of_mission DESC, p.sort_name, p.id"
	case q.Descending:
		order = " ORDER BY p.sort_name DESC, p.id DESC"
	}
	from := ` FROM people p LEFT JOIN missions m ON m.id = p.mission_id`
	query := `SELECT ` + personColumns + `, ` + optionalMissionColumns + from + where + order
	if q.Limit > 0 {
		// The page's IDs first: OFFSET then skips index entries (see
		// people_list), not whole rows with their missions.
		// Missions are joined only to order by them: PostgreSQL drops
		// an unused join but then reads the people rows rather than the
		// index alone.
		inner := ` FROM people p`
		if q.Sort == PeopleByMission {
			inner = from
		}
		offset := q.Offset
		if s.engine == EnginePostgres && q.Sort != PeopleByMission {
			where, args, offset = s.anchors.seek(ctx, s, where, order, args, q.Descending, offset)
		}
		query = `SELECT ` + personColumns + `, ` + optionalMissionColumns + from +
			` WHERE p.id IN (SELECT p.id` + inner + where + order + ` LIMIT ? OFFSET ?)` + order
		args = append(args, q.Limit, offset)
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PersonRow
	for rows.Next() {
		var r PersonRow
		if err := rows.Scan(append(personDest(&r.Person), missionDest(&r.Mission)...)...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CountPeople returns how many people the query selects, ignoring Offset
// and Limit.
func (s *Store) CountPeople(ctx context.Context, q PeopleQuery) (int, error) {
	where, args := q.where(s.engine)
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM people p`+where, args...).Scan(&n)
	return n, err
}

// CreatePerson adds a person and sets p.ID.
func (s *Store) CreatePerson(ctx context.Context, p *liaison.Person) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.CreatePerson(p) })
}

// UpdatePerson saves every field of an existing person, while they are at
// p.Version (unless 0): a person changed since gives a *ConflictError.
// The saved person is at version p.Version+1.
func (s *Store) UpdatePerson(ctx context.Context, p liaison.Person) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.UpdatePerson(p) })
}

// ArchivePerson archives (or, with archived false, restores) a person.
func (s *Store) ArchivePerson(ctx context.Context, id int64, archived bool) error {
	return s.Update(ctx, func(tx *Tx) error { return tx.ArchivePerson(id, archived) })
}

// DeletePerson deletes a person who was never invited. A person with
// history is archived instead; archived reports which happened.
//
// version is the version the caller read (0: whatever is stored): a
// record changed since is neither deleted nor archived but gives a
// *ConflictError.
func (s *Store) DeletePerson(ctx context.Context, id, version int64) (archived bool, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		stored, err := person(tx.ctx, tx.tx, id)
		if err != nil {
			return err
		}
		if err := tx.checkVersion(EntityPerson, id, version, stored.Version); err != nil {
			return err
		}
		archived, err = tx.DeletePerson(id)
		return err
	})
	return archived, err
}

// sortName is what the people list is ordered by: the full name in lower
// case, ё as е, as Russian dictionaries order it.
func sortName(p liaison.Person) string { return sortKey(p.FullName()) }

// checkPerson validates p and that its mission exists.
func (tx *Tx) checkPerson(p liaison.Person) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if _, known := tx.missions[p.MissionID]; p.MissionID != 0 && !known {
		m, err := mission(tx.ctx, tx.tx, p.MissionID)
		if err != nil {
			return err
		}
		tx.missions[p.MissionID] = m.Country
	}
	return nil
}

// written records a person's search index row from what was written, and
// writes the rows kept so far when they are many.
func (tx *Tx) written(p liaison.Person) error {
	tx.dirtyPeople[p.ID] = true
	tx.pending[p.ID] = indexRow{
		key:  compactKey(p.SearchKey(liaison.Mission{Country: tx.missions[p.MissionID]})),
		name: liaison.Fold(p.FullName()), head: p.HeadOfMission && p.Current(), archived: p.Archived,
		position: liaison.Fold(p.Position),
	}
	if len(tx.pending) < pendingChunk {
		return nil
	}
	return tx.flushPending()
}

// pendingChunk is how many people's index rows a transaction keeps before
// it writes them: an import of 100,000 cards held every key until the
// commit, 30 MB.
const pendingChunk = 10_000

// flushPending writes the index rows of the people written so far, in
// rowid order as FTS5 prefers. They then have rows in the index: a later
// write of one of them in this transaction replaces its rows.
func (tx *Tx) flushPending() error {
	ids := slices.Sorted(maps.Keys(tx.pending))
	if err := tx.indexPeople(ids); err != nil {
		return err
	}
	for _, id := range ids {
		delete(tx.pending, id)
		delete(tx.dirtyPeople, id)
		delete(tx.created, id)
	}
	return nil
}

// takeHeadship makes p the only current head of its mission: the previous
// head stays on the staff, no longer flagged as head.
func (tx *Tx) takeHeadship(p liaison.Person) error {
	if !p.HeadOfMission || !p.Current() || p.MissionID == 0 {
		return nil
	}
	// A mission this transaction created has no head but those it gave
	// it: the first needs no query (an import of a list makes thousands).
	if tx.created[-p.MissionID] {
		if _, had := tx.headed[p.MissionID]; !had {
			tx.headed[p.MissionID] = true
			return nil
		}
	}
	ids, err := tx.ids(`SELECT id FROM people WHERE mission_id = ? AND id <> ? AND head_of_mission = 1
		AND departed = 0 AND archived = 0`, p.MissionID, p.ID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		old, err := person(tx.ctx, tx.tx, id)
		if err != nil {
			return err
		}
		old.HeadOfMission = false
		if err := tx.UpdatePerson(old); err != nil { // recorded in the history too
			return err
		}
	}
	return nil
}

// clean trims what the store trims, so the history shows what was stored.
func clean(p liaison.Person) liaison.Person {
	for _, s := range []*string{&p.FamilyName, &p.GivenName, &p.MiddleName, &p.AltName, &p.UID, &p.Suffix} {
		*s = strings.TrimSpace(*s)
	}
	p.Emails, p.Phones, p.Languages = list(p.Emails).clean(), list(p.Phones).clean(), list(p.Languages).clean()
	return p
}

// CreatePerson adds a person and sets p.ID. When p is the head of a
// mission that has one, the former head is no longer flagged as head.
func (tx *Tx) CreatePerson(p *liaison.Person) error {
	if err := tx.checkPerson(*p); err != nil {
		return err
	}
	*p = clean(*p)
	if err := tx.takeHeadship(*p); err != nil {
		return err
	}
	now := tx.store.stamp()
	if p.UID == "" {
		p.UID = newUID()
	}
	var err error
	p.ID, err = tx.insertID(`INSERT INTO people (mission_id, family_name, given_name,
		middle_name, alt_name, salutation, rank, position, head_of_mission, agrement, credentials,
		notification, emails, phones, languages, spouse, notes, posting_start, posting_end, departed,
		archived, sort_name, uid, suffix, address, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		append(personValues(*p), now, now)...)
	if err != nil {
		return fmt.Errorf("cannot add %s: %w", p.FullName(), err)
	}
	p.Version = 1
	tx.created[p.ID] = true
	if err := tx.written(*p); err != nil {
		return err
	}
	return tx.record(EntityPerson, p.ID, ActionCreate, nil, p)
}

func personValues(p liaison.Person) []any {
	return []any{nullID(p.MissionID), strings.TrimSpace(p.FamilyName), strings.TrimSpace(p.GivenName),
		strings.TrimSpace(p.MiddleName), strings.TrimSpace(p.AltName), p.Salutation, string(p.Rank),
		p.Position, p.HeadOfMission, p.Agrement.String(), p.Credentials.String(), p.Notification.String(),
		list(p.Emails).value(), list(p.Phones).value(), list(p.Languages).value(), p.Spouse, p.Notes,
		p.PostingStart.String(), p.PostingEnd.String(), p.Departed, p.Archived, sortName(p),
		strings.TrimSpace(p.UID), strings.TrimSpace(p.Suffix), p.Address}
}

// UpdatePerson saves every field of an existing person.
func (tx *Tx) UpdatePerson(p liaison.Person) error {
	if err := tx.checkPerson(p); err != nil {
		return err
	}
	before, err := person(tx.ctx, tx.tx, p.ID)
	if err != nil {
		return err
	}
	p = clean(p)
	if err := tx.takeHeadship(p); err != nil {
		return err
	}
	if p.UID == "" {
		p.UID = newUID()
	}
	cond, vargs := versionWhere(tx.expected(EntityPerson, p.ID, p.Version))
	res, err := tx.exec(`UPDATE people SET mission_id = ?, family_name = ?,
		given_name = ?, middle_name = ?, alt_name = ?, salutation = ?, rank = ?, position = ?,
		head_of_mission = ?, agrement = ?, credentials = ?, notification = ?, emails = ?, phones = ?,
		languages = ?, spouse = ?, notes = ?, posting_start = ?, posting_end = ?, departed = ?,
		archived = ?, sort_name = ?, uid = ?, suffix = ?, address = ?, updated_at = ?,
		version = version + 1 WHERE id = ?`+cond,
		append(append(personValues(p), tx.store.stamp(), p.ID), vargs...)...)
	if err != nil {
		return fmt.Errorf("cannot save %s: %w", p.FullName(), err)
	}
	if err := tx.affected(res, EntityPerson, p.ID, p); err != nil {
		return err
	}
	tx.stepped(EntityPerson, p.ID, before.Version)
	if err := tx.written(p); err != nil {
		return err
	}
	return tx.record(EntityPerson, p.ID, archiveAction(before.Archived, p.Archived), before, p)
}

// ArchivePerson archives (or restores) a person. Restoring a head of
// mission makes them the mission's only head again.
func (tx *Tx) ArchivePerson(id int64, archived bool) error {
	p, err := person(tx.ctx, tx.tx, id)
	if err != nil {
		return err
	}
	p.Archived = archived
	return tx.UpdatePerson(p)
}

// SetDeparted marks a person as having left their post on day (or, with
// departed false, as back at post). They keep their history.
func (tx *Tx) SetDeparted(id int64, departed bool, day liaison.Date) error {
	p, err := person(tx.ctx, tx.tx, id)
	if err != nil {
		return err
	}
	p.Departed = departed
	if departed && p.PostingEnd.IsZero() {
		p.PostingEnd = day
	}
	return tx.UpdatePerson(p)
}

// DeletePerson deletes a person never invited, or archives one who was;
// archived reports which.
func (tx *Tx) DeletePerson(id int64) (archived bool, err error) {
	var history int
	if err := tx.tx.QueryRowContext(tx.ctx, `SELECT count(*) FROM invitations
		WHERE person_id = ? OR represented_by = ?`, id, id).Scan(&history); err != nil {
		return false, err
	}
	if history > 0 {
		return true, tx.ArchivePerson(id, true)
	}
	before, err := person(tx.ctx, tx.tx, id)
	if err != nil {
		return false, err
	}
	if _, err := tx.exec(`DELETE FROM people WHERE id = ?`, id); err != nil {
		return false, err
	}
	tx.dirtyPeople[id] = true
	delete(tx.pending, id)
	return false, tx.record(EntityPerson, id, ActionDelete, before, nil)
}
