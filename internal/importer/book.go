package importer

import (
	"context"
	"fmt"
	"io"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/xlsx"
)

// A SheetChoice is a sheet to import, read with the mapping of its
// columns the officer confirmed (the detected one by default).
type SheetChoice struct {
	Sheet   *xlsx.Sheet
	Mapping xlsx.Mapping
}

// Choose returns every sheet of the books that Liaison can read, each
// with its detected mapping, and says in notes which sheets are left out
// and why. Only names a single sheet to take (the CLI's --sheet); "" takes
// them all.
func Choose(books []NamedBook, only string) (choices []SheetChoice, notes []i18n.Message, err error) {
	for _, b := range books {
		found := false
		for _, s := range b.Book.Sheets {
			if only != "" && !strings.EqualFold(s.Name, only) {
				continue
			}
			found = true
			if s.HeaderRow == 0 {
				notes = append(notes, i18n.M("%s, sheet %s: no header row found in the first rows; left out", b.Name, s.Name))
				continue
			}
			choices = append(choices, SheetChoice{Sheet: s, Mapping: s.Mapping})
		}
		for _, sk := range b.Book.Skipped {
			if only == "" || strings.EqualFold(sk.Sheet, only) {
				notes = append(notes, i18n.M("%s, sheet %s: %s; left out", b.Name, sk.Sheet, i18n.M(sk.Reason)))
			}
		}
		if only != "" && !found {
			return nil, nil, fmt.Errorf("%s has no sheet %q", b.Name, only)
		}
	}
	return choices, notes, nil
}

// A NamedBook is a workbook and the name of its file.
type NamedBook struct {
	Name string
	Book *xlsx.Book
}

// A BookPlan is an import of workbooks worked out and not yet written:
// the rows of diplomatic lists and people lists, and the replies of
// invitation lists that came back, written together as one batch, so that
// the whole import is undone in one step. The window and the command line
// both make one.
type BookPlan struct {
	Source  string     // the files, for the history
	List    *ListPlan  // nil when no sheet is a list
	Replies *ReplyPlan // nil when no sheet holds replies
}

// NewBookPlan reads the chosen sheets and works out what importing them
// would change. The notes a list writes into missions are in the
// language l.
func NewBookPlan(ctx context.Context, s *store.Store, l i18n.Lang, source string, sheets []SheetChoice) (*BookPlan, error) {
	var entries []xlsx.Entry
	var replies []xlsx.Reply
	var problems, replyProblems []xlsx.Problem
	for _, c := range sheets {
		if c.Sheet.IsInvitationList() {
			r, ps := c.Sheet.ReadReplies(c.Mapping)
			replies, replyProblems = append(replies, r...), append(replyProblems, ps...)
			continue
		}
		e, ps := c.Sheet.Entries(c.Mapping)
		entries, problems = append(entries, e...), append(problems, ps...)
	}
	p := &BookPlan{Source: source}
	var err error
	if len(entries)+len(problems) > 0 {
		if p.List, err = NewListPlan(ctx, s, l, entries, problems); err != nil {
			return nil, err
		}
	}
	if len(replies)+len(replyProblems) > 0 {
		if p.Replies, err = NewReplyPlan(ctx, s, replies, replyProblems); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Empty reports whether no chosen sheet gave anything to import.
func (p *BookPlan) Empty() bool { return p.List == nil && p.Replies == nil }

// Changes reports whether the import would change anything.
func (p *BookPlan) Changes() bool {
	if p.Replies != nil && p.Replies.Changed() > 0 {
		return true
	}
	if p.List != nil {
		for _, it := range p.List.Items {
			if it.Changed() {
				return true
			}
		}
	}
	return false
}

// WriteReport writes what the import will do, in the language l.
func (p *BookPlan) WriteReport(w io.Writer, l i18n.Lang) error {
	if p.List != nil {
		if err := p.List.WriteReport(w, l); err != nil {
			return err
		}
	}
	if p.Replies != nil {
		return p.Replies.WriteReport(w, l)
	}
	return nil
}

// Apply writes the plan in one transaction as one batch, which
// store.UndoImport takes back; a reply that newly says someone answered
// is dated today. It returns 0 when nothing changed.
func (p *BookPlan) Apply(ctx context.Context, s *store.Store, today liaison.Date) (int64, error) {
	return s.Import(ctx, p.Source, func(tx *store.Tx) error {
		if p.List != nil {
			if err := p.List.Write(tx); err != nil {
				return err
			}
		}
		if p.Replies != nil {
			return p.Replies.Write(tx, today)
		}
		return nil
	})
}
