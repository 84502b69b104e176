package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// runMerge merges a duplicate mission or person into another, or with
// --dry-run says what that would do. It prints one line per change.
func runMerge(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("merge")
	var entity string
	var from, into int64
	var kinds []string
	for _, e := range []string{store.EntityPerson, store.EntityMission} {
		fs.Func(e, "", func(s string) (err error) {
			entity = e
			kinds = append(kinds, e)
			from, err = parseID(s)
			return err
		})
	}
	fs.Func("into", "", func(s string) (err error) { into, err = parseID(s); return err })
	dryRun := fs.Bool("dry-run", false, "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("merge", rest); err != nil {
		return err
	}
	switch {
	case len(kinds) > 1 && kinds[0] != kinds[1]:
		return errors.New("merge takes --person or --mission, not both: a person cannot be merged into a mission")
	case len(kinds) > 1:
		return fmt.Errorf("merge takes one --%s: merge duplicates one at a time", entity)
	case entity == "" || into == 0:
		return errors.New("merge needs --person ID --into ID, or --mission ID --into ID")
	}
	var plan store.MergePlan
	var batch int64
	if *dryRun {
		plan, err = c.s.PlanMerge(ctx, entity, from, into)
	} else {
		plan, batch, err = c.s.Merge(ctx, entity, from, into)
	}
	if err != nil {
		return err
	}
	return writeMerge(c.stdout, plan, batch)
}

// writeMerge prints what a merge did, or with batch 0 what it would do.
func writeMerge(w io.Writer, plan store.MergePlan, batch int64) error {
	var b strings.Builder
	verb := "Merged"
	if batch == 0 {
		verb = "Would merge"
	}
	fmt.Fprintf(&b, "%s %s %d (%s) into %s %d (%s):\n", verb, plan.Entity, plan.From, plan.FromName,
		plan.Entity, plan.Into, plan.IntoName)
	for _, s := range plan.Steps {
		fmt.Fprintf(&b, "  %s\n", mergeStepLine(plan, s))
	}
	if batch == 0 {
		b.WriteString("Nothing was written (--dry-run).\n")
	} else {
		fmt.Fprintf(&b, "liaison undo-import %d takes it back (liaison imports lists it).\n", batch)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mergeStepLine says one step of a merge in English.
func mergeStepLine(plan store.MergePlan, s store.MergeStep) string {
	event := func() string {
		return fmt.Sprintf("%s (%s)", s.Event.Title, s.Event.StartsAt.DayOnly())
	}
	switch s.Kind {
	case store.StepFill:
		switch s.Field {
		case "MissionID":
			return fmt.Sprintf("sets the mission: %s", s.Value)
		case "Emails", "Phones", "Languages":
			return fmt.Sprintf("adds %s: %s", fieldWords(s.Field), s.Value)
		}
		return fmt.Sprintf("fills %s: %q", fieldWords(s.Field), mergeValue(s))
	case store.StepKeep:
		if s.Field == "MissionID" {
			return fmt.Sprintf("keeps its mission; drops %s", s.Value)
		}
		return fmt.Sprintf("keeps its %s; drops %q", fieldWords(s.Field), mergeValue(s))
	case store.StepMoveInvitation:
		return fmt.Sprintf("takes over the invitation to %s (%s)", event(), s.Status)
	case store.StepDropInvitation:
		return fmt.Sprintf("both were invited to %s: keeps the invitation %s, drops the one %s", event(), s.Other, s.Status)
	case store.StepDeputy:
		return fmt.Sprintf("is now who came instead of %s to %s", s.Person.FullName(), event())
	case store.StepSelf:
		return fmt.Sprintf("came to %s in person (the duplicate had come on its behalf)", event())
	case store.StepPhoto:
		return "takes the photo"
	case store.StepHead:
		return "becomes head of mission"
	case store.StepMovePerson:
		return fmt.Sprintf("takes %s", s.Person.FullName())
	case store.StepHeadToStaff:
		return fmt.Sprintf("takes %s onto its staff, no longer head: %s has a head", s.Person.FullName(), plan.IntoName)
	case store.StepDelete:
		return fmt.Sprintf("deletes %s %d; its history stays (liaison history --%s %d)", plan.Entity, plan.From, plan.Entity, plan.From)
	}
	return string(s.Kind)
}

// mergeValue is a step's value as the command line writes it: ranks and
// kinds by their labels.
func mergeValue(s store.MergeStep) string {
	switch s.Field {
	case "Rank":
		return liaison.Rank(s.Value).Label()
	case "Kind":
		return liaison.MissionKind(s.Value).Label()
	}
	return s.Value
}

// fieldWords writes a Go field name as words: "PostingStart" is "posting
// start".
func fieldWords(field string) string {
	var b strings.Builder
	for i, r := range field {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// mergedAway writes, for a record merged into another, where it went, and
// returns the kind of every batch ("import", "merge") for the history.
func mergedAway(ctx context.Context, c *cmdContext, w io.Writer, entity string, id int64) (map[int64]string, error) {
	bs, err := c.s.Batches(ctx)
	if err != nil {
		return nil, err
	}
	kinds := map[int64]string{}
	for _, b := range bs {
		kinds[b.ID] = b.Kind
	}
	m, err := c.s.MergedInto(ctx, entity, id)
	switch {
	case errors.Is(err, liaison.ErrNotFound):
		return kinds, nil
	case err != nil:
		return nil, err
	case m.UndoneAt != "":
		fmt.Fprintf(w, "Merged into %s %d on %s (merge %d), undone on %s.\n", entity, m.Into, local(m.At), m.BatchID, local(m.UndoneAt))
	default:
		name := m.IntoName
		if name == "" {
			name = "since deleted"
		}
		fmt.Fprintf(w, "Merged into %s %d (%s) on %s (merge %d; liaison undo-import %d takes it back).\n",
			entity, m.Into, name, local(m.At), m.BatchID, m.BatchID)
	}
	return kinds, nil
}
