package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/i18n"
	"liaison/internal/importer"
	"liaison/internal/xlsx"
)

// A bookRow is one row of what a workbook import will do.
type bookRow struct {
	sheet, row, action, mission, person, details string
}

// A bookPreview shows, row by row, what importing workbooks will do: each
// row's mission as Liaison has it (or "new"), the person it writes, every
// change, and the rows left out with their problems. Nothing is written
// until the officer presses Import.
type bookPreview struct {
	u      *UI
	plan   *importer.BookPlan
	rows   *sliceSource[bookRow]
	table  *dataTable[bookRow]
	detail *widget.Label
	dialog dialog.Dialog
}

// showBookPlan shows the plan and asks to confirm.
func (u *UI) showBookPlan(plan *importer.BookPlan) {
	p := &bookPreview{u: u, plan: plan, rows: &sliceSource[bookRow]{rows: bookRows(plan)}}
	p.build()
	fitDialog(p.dialog, u.win, fyne.NewSize(1100, 620))
	p.dialog.Show()
	u.importPreview = p.dialog
	u.bookPreview = p
}

func (p *bookPreview) build() {
	p.table = newDataTable([]column[bookRow]{
		{lang.L("Sheet"), 110, func(r bookRow) string { return r.sheet }},
		{lang.L("Row"), 60, func(r bookRow) string { return r.row }},
		{lang.L("Action"), 120, func(r bookRow) string { return r.action }},
		{lang.L("Mission in Liaison"), 240, func(r bookRow) string { return r.mission }},
		{lang.L("Person"), 200, func(r bookRow) string { return r.person }},
		{lang.L("Details"), 420, func(r bookRow) string { return r.details }},
	}, p.rows, p.onSelect)
	summary := widget.NewLabel(p.summary() + " " + lang.L("Nothing is written until you press Import."))
	summary.Wrapping = fyne.TextWrapWord
	p.detail = widget.NewLabel(lang.L("Select a row to read all it says."))
	p.detail.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(summary, p.detail, nil, nil, p.table.table)
	confirm := lang.L("Import")
	if !p.plan.Changes() {
		confirm = lang.L("Close")
	}
	p.dialog = dialog.NewCustomConfirm(lang.L("Import"), confirm, lang.L("Cancel"), body, p.onConfirm, p.u.win)
}

// summary counts what the plan does.
func (p *bookPreview) summary() string {
	var s string
	if l := p.plan.List; l != nil {
		s = fmt.Sprintf(lang.L("%d rows: %s"), len(l.Items), l.Counts().In(uiLang)) + "."
	}
	if r := p.plan.Replies; r != nil {
		s += " " + fmt.Sprintf(lang.L("%d replies: %d change an invitation, %d unchanged; %d rows with problems left out"),
			len(r.Items), r.Changed(), len(r.Items)-r.Changed(), len(r.Problems)) + "."
	}
	return s
}

func (p *bookPreview) onSelect(_ int, r bookRow) {
	p.detail.SetText(fmt.Sprintf("%s, %s %s: %s · %s — %s", r.sheet, lang.L("Row"), r.row, r.mission, r.person, r.details))
}

func (p *bookPreview) onConfirm(ok bool) {
	if ok && p.plan.Changes() {
		p.u.applyExcelImport(p.plan)
	}
}

// bookRows lists the plan's rows in the window's language: the list's,
// the replies' that change something, then every problem.
func bookRows(plan *importer.BookPlan) []bookRow {
	var rows []bookRow
	if l := plan.List; l != nil {
		for _, it := range l.Items {
			mission := it.Mission
			if it.NewMission {
				mission = fmt.Sprintf(lang.L("%s (new)"), it.Mission)
			}
			rows = append(rows, bookRow{it.Entry.Sheet, fmt.Sprint(it.Entry.Row), lang.L(it.Action().String()),
				mission, it.Person(), it.Details(uiLang)})
		}
		rows = append(rows, problemRows(l.Problems)...)
	}
	if r := plan.Replies; r != nil {
		for _, it := range r.Items {
			if len(it.Changes) > 0 {
				rows = append(rows, bookRow{it.Reply.Sheet, fmt.Sprint(it.Reply.Row), lang.L("update"), "", it.Name,
					i18n.Join(uiLang, it.Changes, "; ")})
			}
		}
		rows = append(rows, problemRows(r.Problems)...)
	}
	return rows
}

func problemRows(ps []xlsx.Problem) []bookRow {
	rows := make([]bookRow, len(ps))
	for i, pr := range ps {
		what := pr.What.In(uiLang)
		if pr.Column != nil {
			what = pr.Column.In(uiLang) + ": " + what
		}
		rows[i] = bookRow{pr.Sheet, fmt.Sprint(pr.Row), lang.L("left out"), "", "", what}
	}
	return rows
}
