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
	Changes    []i18n.Message
	invitation liaison.Invitation
}

// A ReplyPlan is an import of replies worked out, not yet written.
type ReplyPlan struct {
	Items    []ReplyItem
	Problems []xlsx.Problem
}

// NewReplyPlan matches the rows of invitation lists that came back to the
// invitations they are, and works out what changed: status, who came
// instead, the channel, the days sent and answered, the note. An empty
// channel or date cell leaves what is stored. An invitation no longer on
// the list, a deputy who is not of the invitee's mission, attended or
// no-show before the event's day (today by the store's clock), a day
// sent or answered still to come, or an answer dated before the sending
// is a problem and its row is left out. A deputy named with a status
// that allows none sets the status that goes with one: accepted before
// the event's day (the deputy will come), attended from it on.
func NewReplyPlan(ctx context.Context, s *store.Store, replies []xlsx.Reply, problems []xlsx.Problem) (*ReplyPlan, error) {
	plan := &ReplyPlan{Problems: problems}
	staff := map[int64][]liaison.Person{}
	events := map[int64]liaison.Event{}
	today := s.Today()
	for _, r := range replies {
		bad := func(what i18n.Message) {
			plan.Problems = append(plan.Problems, xlsx.Problem{Sheet: r.Sheet, Row: r.Row, What: what})
		}
		inv, err := s.Invitation(ctx, r.EventID, r.PersonID)
		if errors.Is(err, liaison.ErrNotFound) {
			bad(i18n.M("%s is no longer on the list of this event; the row is left out", nameOrSay(r.Name, i18n.M("this person"))))
			continue
		} else if err != nil {
			return nil, err
		}
		e, ok := events[r.EventID]
		if !ok {
			if e, err = s.Event(ctx, r.EventID); err != nil {
				return nil, err
			}
			events[r.EventID] = e
		}
		p, err := s.Person(ctx, r.PersonID)
		if err != nil {
			return nil, err
		}
		it := ReplyItem{Reply: r, Name: p.FullName(), invitation: inv}
		status := inv.Status
		if r.Status != "" && r.Status != inv.Status {
			if err := liaison.CheckStatusDay(r.Status, e.StartsAt, today); err != nil {
				bad(i18n.M("%s: %s is only for the event's day or later; %s is on %s; the row is left out",
					p.FullName(), r.Status, e.Title, i18n.Text(e.StartsAt.DayOnly().DMY())))
				continue
			}
			status = r.Status
		}
		if !dated(r, today, bad) {
			continue
		}
		deputy := int64(0)
		if r.Deputy != "" {
			if deputy, err = deputyOf(ctx, s, staff, p, r.Deputy); err != nil {
				return nil, err
			}
			if deputy == 0 {
				bad(i18n.M("%q, who came instead of %s, is not on the staff of the mission; the row is left out", r.Deputy, p.FullName()))
				continue
			}
			if !status.AllowsDeputy() {
				status = liaison.DeputyStatus(status, e.StartsAt, today)
			}
		}
		if status != inv.Status {
			it.Changes = append(it.Changes, i18n.M("status %s → %s", inv.Status, status))
			it.invitation.Status = status
		}
		if deputy != inv.RepresentedBy {
			it.Changes = append(it.Changes, i18n.M("represented by %s", nameOrSay(r.Deputy, i18n.M("nobody"))))
			it.invitation.RepresentedBy = deputy
		}
		if r.Channel != "" && r.Channel != inv.Channel {
			it.Changes = append(it.Changes, i18n.M("channel %s", r.Channel))
			it.invitation.Channel = r.Channel
		}
		if r.Guests != 0 && (r.Guests == 2) != inv.ForTwo {
			said := i18n.M("for one")
			if r.Guests == 2 {
				said = i18n.M("for two")
			}
			it.Changes = append(it.Changes, said)
			it.invitation.ForTwo = r.Guests == 2
		}
		if !r.Sent.IsZero() && r.Sent.Compare(inv.Sent.DayOnly()) != 0 {
			it.Changes = append(it.Changes, i18n.M("sent on %s", i18n.Text(r.Sent.DMY())))
			it.invitation.Sent = r.Sent
		}
		if !r.Answered.IsZero() && r.Answered.Compare(inv.Answered.DayOnly()) != 0 {
			it.Changes = append(it.Changes, i18n.M("answered on %s", i18n.Text(r.Answered.DMY())))
			it.invitation.Answered = r.Answered
		}
		if sent, answered := it.invitation.Sent, it.invitation.Answered; !sent.IsZero() && !answered.IsZero() && answered.Compare(sent) < 0 {
			bad(i18n.M("%s: answered on %s, before the invitation was sent on %s; the row is left out",
				p.FullName(), i18n.Text(answered.DMY()), i18n.Text(sent.DMY())))
			continue
		}
		if strings.TrimSpace(r.Note) != strings.TrimSpace(inv.Note) {
			it.Changes = append(it.Changes, i18n.M("note %q", r.Note))
			it.invitation.Note = r.Note
		}
		plan.Items = append(plan.Items, it)
	}
	return plan, nil
}

// dated reports whether the row's sent and answered dates can be
// taken: none is after today (a date still to come is a slip of the
// pen); bad reports one that is.
func dated(r xlsx.Reply, today liaison.Date, bad func(i18n.Message)) bool {
	switch day := today.DayOnly(); {
	case !r.Sent.IsZero() && r.Sent.Compare(day) > 0:
		bad(i18n.M("sent on %s, a day still to come; the row is left out", i18n.Text(r.Sent.DMY())))
	case !r.Answered.IsZero() && r.Answered.Compare(day) > 0:
		bad(i18n.M("answered on %s, a day still to come; the row is left out", i18n.Text(r.Answered.DMY())))
	default:
		return true
	}
	return false
}

// deputyOf finds among the staff of p's mission, present and former,
// the colleague named name; 0 when there is none. staff caches the
// missions' staff.
func deputyOf(ctx context.Context, s *store.Store, staff map[int64][]liaison.Person, p liaison.Person, name string) (int64, error) {
	if _, ok := staff[p.MissionID]; !ok && p.MissionID != 0 {
		rows, err := s.People(ctx, store.PeopleQuery{MissionID: p.MissionID, IncludeDeparted: true})
		if err != nil {
			return 0, err
		}
		for _, row := range rows {
			staff[p.MissionID] = append(staff[p.MissionID], row.Person)
		}
	}
	for _, c := range staff[p.MissionID] {
		if c.ID != p.ID && sameNameWords(c, name) {
			return c.ID, nil
		}
	}
	return 0, nil
}

// nameOrSay is the name, or what stands for it when there is none.
func nameOrSay(name string, none i18n.Message) any {
	if strings.TrimSpace(name) == "" {
		return none
	}
	return name
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

// WriteReport writes what the plan will do in the language l.
func (p *ReplyPlan) WriteReport(w io.Writer, l i18n.Lang) error {
	var b strings.Builder
	for _, it := range p.Items {
		if len(it.Changes) == 0 {
			continue
		}
		fmt.Fprintf(&b, "  %s, %-9s %s — %s\n", it.Reply.Sheet, fmt.Sprintf(l.T("row %d"), it.Reply.Row), it.Name, i18n.Join(l, it.Changes, "; "))
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
		if inv.Status.Answered() && inv.Answered.IsZero() {
			inv.Answered = today
		}
		if inv.Status.Sent() && inv.Sent.IsZero() {
			// Sent at the latest when answered: a row that gives only
			// the day of the answer does not make it come before.
			inv.Sent = today
			if !inv.Answered.IsZero() && inv.Answered.Compare(today) < 0 {
				inv.Sent = inv.Answered
			}
		}
		if err := tx.UpdateInvitation(inv); err != nil {
			return fmt.Errorf("%s, row %d (%s): %w", it.Reply.Sheet, it.Reply.Row, it.Name, err)
		}
	}
	return nil
}
