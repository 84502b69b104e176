// Package exporter gathers what an export writes from the store and hands
// it to the format packages: vCards of chosen people, an event's
// invitation list, the missions directory, the people list. The command
// line and the window both export through it.
package exporter

import (
	"context"
	"fmt"
	"io"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/vcf"
	"liaison/internal/xlsx"
)

// A Job is one export, ready to write.
type Job struct {
	what  string // a text to translate, with args
	args  []any
	write func(w io.Writer) (xlsx.Report, error)
}

// What describes the export for the officer in the language l: "the
// invitation list of "Briefing" (105 invitees)".
func (j Job) What(l i18n.Lang) string { return fmt.Sprintf(l.T(j.what), j.args...) }

// msg marks a text that is translated where it is shown.
func msg(s string) string { return s }

// Write writes the export; the report says what Excel could not hold.
func (j Job) Write(w io.Writer) (xlsx.Report, error) { return j.write(w) }

// VCards exports the people the query chooses as vCards.
func VCards(ctx context.Context, s *store.Store, q store.ExportQuery, v vcf.Version) (Job, error) {
	rows, err := s.ExportRows(ctx, q)
	if err != nil {
		return Job{}, err
	}
	entries := make([]vcf.Entry, len(rows))
	for i, r := range rows {
		entries[i] = vcf.Entry{Person: r.Person, Mission: r.Mission, Photo: r.Photo}
	}
	return Job{what: msg("%d cards (vCard %s)"), args: []any{len(entries), v}, write: func(w io.Writer) (xlsx.Report, error) {
		return xlsx.Report{}, vcf.Encode(w, entries, v)
	}}, nil
}

// Invitations exports an event's invitation list, in precedence order, in
// the language l.
func Invitations(ctx context.Context, s *store.Store, l i18n.Lang, eventID int64) (Job, error) {
	e, err := s.Event(ctx, eventID)
	if err != nil {
		return Job{}, err
	}
	rows, err := s.Invitations(ctx, eventID)
	if err != nil {
		return Job{}, err
	}
	invitees := make([]xlsx.Invitee, len(rows))
	for i, r := range rows {
		invitees[i] = xlsx.Invitee{Precedence: r.Precedence, Invitation: r.Invitation, Person: r.Placed.Person,
			Mission: r.Placed.Mission, RepresentedBy: r.RepresentedBy}
	}
	return Job{what: msg("the invitation list of %q (%d invitees)"), args: []any{e.Title, len(invitees)},
		write: func(w io.Writer) (xlsx.Report, error) { return xlsx.WriteInvitations(w, l, e, invitees) }}, nil
}

// Missions exports the missions directory in order of precedence, headed
// "Missions directory" and the day.
func Missions(ctx context.Context, s *store.Store, l i18n.Lang, today liaison.Date) (Job, error) {
	title := l.T("Missions directory") + ", " + l.Date(today)
	ms, err := s.Missions(ctx, store.MissionQuery{})
	if err != nil {
		return Job{}, err
	}
	return Job{what: msg("the missions directory (%d missions)"), args: []any{len(ms)},
		write: func(w io.Writer) (xlsx.Report, error) { return xlsx.WriteMissions(w, l, title, ms) }}, nil
}

// People exports everyone at post, by name, headed "People" and the day.
func People(ctx context.Context, s *store.Store, l i18n.Lang, today liaison.Date) (Job, error) {
	title := l.T("People") + ", " + l.Date(today)
	rows, err := s.People(ctx, store.PeopleQuery{})
	if err != nil {
		return Job{}, err
	}
	lines := make([]xlsx.PersonLine, len(rows))
	for i, r := range rows {
		lines[i] = xlsx.PersonLine{Person: r.Person, Mission: r.Mission}
	}
	return Job{what: msg("the people list (%d people)"), args: []any{len(lines)},
		write: func(w io.Writer) (xlsx.Report, error) { return xlsx.WritePeople(w, l, title, lines) }}, nil
}
