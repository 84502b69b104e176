package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"

	"liaison/internal/liaison"
)

// Photo returns a person's photo, or ErrNotFound when they have none.
func (s *Store) Photo(ctx context.Context, personID int64) (liaison.Photo, error) {
	var ph liaison.Photo
	err := s.db.QueryRowContext(ctx, `SELECT mime, data FROM person_photos WHERE person_id = ?`, personID).Scan(&ph.MIME, &ph.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return ph, notFound("photo of person", personID)
	}
	return ph, err
}

// SetPhoto stores a person's photo, replacing any; an empty photo removes
// it.
func (tx *Tx) SetPhoto(personID int64, ph liaison.Photo) error {
	if len(ph.Data) == 0 {
		_, err := tx.exec(`DELETE FROM person_photos WHERE person_id = ?`, personID)
		return err
	}
	if err := ph.Validate(); err != nil {
		return err
	}
	_, err := tx.exec(`INSERT INTO person_photos (person_id, mime, data) VALUES (?, ?, ?)
		ON CONFLICT (person_id) DO UPDATE SET mime = excluded.mime, data = excluded.data`, personID, ph.MIME, ph.Data)
	if err != nil {
		return fmt.Errorf("cannot save the photo: %w", err)
	}
	return nil
}

// Photo returns a person's photo as this transaction sees it, or
// ErrNotFound.
func (tx *Tx) Photo(personID int64) (liaison.Photo, error) {
	var ph liaison.Photo
	err := tx.tx.QueryRowContext(tx.ctx, `SELECT mime, data FROM person_photos WHERE person_id = ?`, personID).Scan(&ph.MIME, &ph.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return ph, notFound("photo of person", personID)
	}
	return ph, err
}

// newUID returns a random (version 4) UUID, the stable identity a person
// keeps across vCard exports and imports.
func newUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported systems
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// PeopleWithPhotos returns the IDs of the people who have a photo.
func (s *Store) PeopleWithPhotos(ctx context.Context) (map[int64]bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT person_id FROM person_photos`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}
