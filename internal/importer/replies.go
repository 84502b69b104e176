package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/xlsx"
)

// A ReplyItem is what importing one row of a returned invitation list
// does to its invitation.
type ReplyItem struct {
	Reply      xlsx.Reply
	Name       string
	Changes    []string
	invitation liaison.Invitation
}

// A ReplyPlan is an import of replies worked out, not yet written.
type ReplyPlan struct {
	Items    []ReplyItem
	Problems []xlsx.Problem
	lang     i18n.Lang // of the report
}

// NewReplyPlan matches the rows of invitation lists that came back to the
// invitations they are, and works out what changed: status, who came
// instead, the note. An invitation no longer on the list, or a deputy who
// is not of the invitee's mission, is a problem and its row is left out.
// Changes and problems are said in the language l.
func NewReplyPlan(ctx context.Context, s *store.Store, l i18n.Lang, replies []xlsx.Reply, problems []xlsx.Problem) (*ReplyPlan, error) {
	plan := &ReplyPlan{Problems: problems, lang: l}
	staff := map[int64][]liaison.Person{}
	for _, r := range replies {
		bad := func(what string) {
			plan.Problems = append(plan.Problems, xlsx.Problem{Sheet: r.Sheet, Row: r.Row, What: what})
		}
		inv, err := s.Invitation(ctx, r.EventID, r.PersonID)
		if errors.Is(err, liaison.ErrNotFound) {
			bad(fmt.Sprintf(l.T("%s is no longer on the list of this event; the row is left out"), nameOr(r.Name, l.T("this person"))))
			continue
		} else if err != nil {
			return nil, err
		}
		p, err := s.Person(ctx, r.PersonID)
		if err != nil {
			return nil, err
		}
		it := ReplyItem{Reply: r, Name: p.FullName(), invitation: inv}
		if r.Status != "" && r.Status != inv.Status {
			it.Changes = append(it.Changes, fmt.Sprintf(l.T("status %s → %s"), l.Label(inv.Status), l.Label(r.Status)))
			it.invitation.Status = r.Status
		}
		deputy := int64(0)
		if r.Deputy != "" {
			if _, ok := staff[p.MissionID]; !ok && p.MissionID != 0 {
				rows, err := s.People(ctx, store.PeopleQuery{MissionID: p.MissionID, IncludeDeparted: true})
				if err != nil {
					return nil, err
				}
				for _, row := range rows {
					staff[p.MissionID] = append(staff[p.MissionID], row.Person)
				}
			}
			for _, c := range staff[p.MissionID] {
				if c.ID != p.ID && sameNameWords(c, r.Deputy) {
					deputy = c.ID
					break
				}
			}
			if deputy == 0 {
				bad(fmt.Sprintf(l.T("%q, who came instead of %s, is not on the staff of the mission; the row is left out"), r.Deputy, p.FullName()))
				continue
			}
		}
		if deputy != inv.RepresentedBy {
			it.Changes = append(it.Changes, fmt.Sprintf(l.T("represented by %s"), nameOr(r.Deputy, l.T("nobody"))))
			it.invitation.RepresentedBy = deputy
		}
		if strings.TrimSpace(r.Note) != strings.TrimSpace(inv.Note) {
			it.Changes = append(it.Changes, fmt.Sprintf(l.T("note %q"), r.Note))
			it.invitation.Note = r.Note
		}
		if it.invitation.RepresentedBy != 0 && !it.invitation.Status.AllowsDeputy() {
			bad(fmt.Sprintf(l.T("%s is %s but someone came instead: set the status to %s or %s"), p.FullName(),
				l.Label(it.invitation.Status), l.Label(liaison.Attended), l.Label(liaison.Accepted)))
			continue
		}
		plan.Items = append(plan.Items, it)
	}
	return plan, nil
}

// Changed counts the rows that change an invitation.
func (p *ReplyPlan) Changed() int {
	n := 0
	for _, it := range p.Items {
		if len(it.Changes) > 0 {
			n++
		}
	}
	return n
}

// WriteReport writes what the plan will do, in the plan's language.
func (p *ReplyPlan) WriteReport(w io.Writer) error {
	l := p.lang
	var b strings.Builder
	for _, it := range p.Items {
		if len(it.Changes) == 0 {
			continue
		}
		fmt.Fprintf(&b, "  %s, %-9s %s — %s\n", it.Reply.Sheet, fmt.Sprintf(l.T("row %d"), it.Reply.Row), it.Name, strings.Join(it.Changes, "; "))
	}
	for _, pr := range p.Problems {
		fmt.Fprintf(&b, "  "+l.T("problem: %s")+"\n", pr.In(l))
	}
	fmt.Fprintf(&b, l.T("%d replies: %d change an invitation, %d unchanged; %d rows with problems left out")+"\n",
		len(p.Items), p.Changed(), len(p.Items)-p.Changed(), len(p.Problems))
	_, err := io.WriteString(w, b.String())
	return err
}

// Apply writes the changed invitations in one transaction, as a batch
// named source; a reply that newly says someone answered is dated today.
func (p *ReplyPlan) Apply(ctx context.Context, s *store.Store, source string, today liaison.Date) (int64, error) {
	return s.Import(ctx, source, func(tx *store.Tx) error { return p.Write(tx, today) })
}

// Write writes the changed invitations in tx, for an import that writes
// more than one plan as one batch.
func (p *ReplyPlan) Write(tx *store.Tx, today liaison.Date) error {
	for _, it := range p.Items {
		if len(it.Changes) == 0 {
			continue
		}
		inv := it.invitation
		if inv.Status.Sent() && inv.Sent.IsZero() {
			inv.Sent = today
		}
		if inv.Status.Answered() && inv.Answered.IsZero() {
			inv.Answered = today
		}
		if err := tx.UpdateInvitation(inv); err != nil {
			return fmt.Errorf("%s, row %d (%s): %w", it.Reply.Sheet, it.Reply.Row, it.Name, err)
		}
	}
	return nil
}

// ApplyBook writes what workbooks brought, a diplomatic list and replies
// (either may be nil), in one transaction, as one batch named source, so
// that the whole import is undone in one step.
func ApplyBook(ctx context.Context, s *store.Store, source string, list *ListPlan, reply *ReplyPlan, today liaison.Date) (int64, error) {
	return s.Import(ctx, source, func(tx *store.Tx) error {
		if list != nil {
			if err := list.Write(tx); err != nil {
				return err
			}
		}
		if reply != nil {
			return reply.Write(tx, today)
		}
		return nil
	})
}
