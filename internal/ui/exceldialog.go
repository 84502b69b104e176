package ui

import (
	"context"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/importer"
	"liaison/internal/xlsx"
)

// importExcel reads a workbook and shows what Liaison found in it: each
// sheet's header, the column mapping (which the officer may correct, and
// which is remembered for files with the same headers) and a preview.
func (u *UI) importExcel(uri fyne.URI) {
	var book *xlsx.Book
	u.tasks.run(lang.L("Reading the workbook"), func(ctx context.Context) error {
		r, err := storage.Reader(uri)
		if err != nil {
			return openError(uri, err)
		}
		defer r.Close()
		book, err = xlsx.Read(io.Reader(r))
		if err != nil {
			return fileError(uri, err)
		}
		return nil
	}, func() { u.showExcelImport(uri.Name(), book) })
}

// sheetView is one sheet in the Excel import dialog.
type sheetView struct {
	u       *UI
	sheet   *xlsx.Sheet
	mapping xlsx.Mapping
	use     *widget.Check
	preview *sliceSource[[]string]
	table   *dataTable[[]string]
	status  *widget.Label
}

// previewColumns are the columns of the preview of a diplomatic list.
var previewColumns = []string{msg("Row"), msg("Mission"), msg("Country"), msg("Head of mission"), msg("Rank"),
	msg("Credentials"), msg("Problems")}

func (u *UI) newSheetView(s *xlsx.Sheet) *sheetView {
	v := &sheetView{u: u, sheet: s, mapping: xlsx.Mapping{}, preview: &sliceSource[[]string]{}}
	for f, c := range s.Mapping {
		v.mapping[f] = c
	}
	if saved, ok := u.prefs.mapping(xlsx.Signature(s.Headers)); ok && s.HeaderRow > 0 {
		v.mapping = xlsx.Mapping{}
		for f, c := range saved {
			v.mapping[xlsx.Field(f)] = c
		}
	}
	v.use = widget.NewCheck(lang.L("Import this sheet"), nil)
	v.use.SetChecked(s.HeaderRow > 0)
	if s.HeaderRow == 0 {
		v.use.Disable()
	}
	var cols []column[[]string]
	for i, h := range previewColumns {
		width := float32(150)
		if i == 0 {
			width = 50
		}
		if h == "Problems" {
			width = 380
		}
		cols = append(cols, column[[]string]{lang.L(h), width, func(r []string) string { return r[i] }})
	}
	v.table = newDataTable(cols, v.preview, nil)
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.refresh()
	return v
}

// content lays the sheet out: what was found, the mapping, the preview.
func (v *sheetView) content() fyne.CanvasObject {
	s := v.sheet
	if s.HeaderRow == 0 {
		return container.NewCenter(widget.NewLabel(lang.L("No header row Liaison recognises in the first rows of this sheet; it is left out.")))
	}
	found := widget.NewLabel(fmt.Sprintf(lang.L("Header in row %d; %d rows below it."), s.HeaderRow, s.DataRows()))
	if s.IsInvitationList() {
		found.SetText(found.Text + " " + lang.L("This is an invitation list from Liaison: its replies update the event."))
		return container.NewBorder(container.NewVBox(v.use, found), v.status, nil, nil, widget.NewLabel(""))
	}
	form := widget.NewForm()
	options := []string{noMission}
	for i, h := range s.Headers {
		options = append(options, fmt.Sprintf("%s: %s", colLetter(i), strings.TrimSpace(h)))
	}
	for _, f := range xlsx.ListFields {
		sel := widget.NewSelect(options, nil)
		if c, ok := v.mapping[f]; ok && c < len(s.Headers) {
			sel.SetSelectedIndex(c + 1)
		} else {
			sel.SetSelectedIndex(0)
		}
		field := f
		sel.OnChanged = func(string) { v.setColumn(field, sel.SelectedIndex()-1) }
		form.Append(lang.L(f.Label()), sel)
	}
	left := container.NewVScroll(form)
	split := container.NewHSplit(left, container.NewBorder(nil, v.status, nil, nil, v.table.table))
	split.Offset = 0.32
	return container.NewBorder(container.NewVBox(v.use, found), nil, nil, nil, split)
}

// setColumn maps a field to a column (-1 for none), remembers the mapping
// for this header, and shows the preview again.
func (v *sheetView) setColumn(f xlsx.Field, col int) {
	if col < 0 {
		delete(v.mapping, f)
	} else {
		v.mapping[f] = col
	}
	saved := map[string]int{}
	for k, c := range v.mapping {
		saved[string(k)] = c
	}
	v.u.prefs.setMapping(xlsx.Signature(v.sheet.Headers), saved)
	v.refresh()
}

// refresh reads the sheet with the mapping and shows the result.
func (v *sheetView) refresh() {
	if v.sheet.HeaderRow == 0 {
		return
	}
	if v.sheet.IsInvitationList() {
		replies, problems := v.sheet.ReadReplies(v.mapping)
		v.status.SetText(fmt.Sprintf(lang.L("%d replies read; %d rows with problems."), len(replies), len(problems)))
		return
	}
	entries, problems := v.sheet.Entries(v.mapping)
	byRow := map[int][]string{}
	for _, p := range problems {
		what := p.What.In(uiLang)
		if p.Column != nil {
			what = p.Column.In(uiLang) + ": " + what
		}
		byRow[p.Row] = append(byRow[p.Row], what)
	}
	var rows [][]string
	for _, e := range entries {
		head := e.Head.FullName()
		if e.Vacant {
			head = lang.L("vacant")
		}
		rows = append(rows, []string{fmt.Sprint(e.Row), e.Name, countryName(e.Country), head, rankLabel(e.Head.Rank),
			formatDate(e.Head.Credentials.DayOnly()), ""})
	}
	for r, ps := range byRow {
		rows = append(rows, []string{fmt.Sprint(r), "", "", "", "", "", strings.Join(ps, "; ")})
	}
	v.preview.rows = rows
	v.table.reload()
	v.status.SetText(fmt.Sprintf(lang.L("%d missions read; %d rows with problems, left out."), len(entries), len(byRow)))
}

func colLetter(i int) string {
	s := ""
	for n := i + 1; n > 0; n = (n - 1) / 26 {
		s = string(rune('A'+(n-1)%26)) + s
	}
	return s
}

// showExcelImport shows the workbook's sheets and, on Continue, what
// importing them would change.
func (u *UI) showExcelImport(name string, book *xlsx.Book) {
	var views []*sheetView
	tabs := container.NewAppTabs()
	for _, s := range book.Sheets {
		v := u.newSheetView(s)
		views = append(views, v)
		tabs.Append(container.NewTabItem(s.Name, v.content()))
	}
	var body fyne.CanvasObject = tabs
	if len(book.Skipped) > 0 {
		var left []string
		for _, sk := range book.Skipped {
			left = append(left, fmt.Sprintf(lang.L("sheet %s: %s"), sk.Sheet, lang.L(sk.Reason)))
		}
		note := widget.NewLabel(lang.L("Left out:") + " " + strings.Join(left, "; "))
		note.Wrapping = fyne.TextWrapWord
		body = container.NewBorder(note, nil, nil, nil, tabs)
	}
	d := dialog.NewCustomConfirm(fmt.Sprintf(lang.L("Import %s"), name), lang.L("Continue…"), lang.L("Cancel"), body, func(ok bool) {
		if ok {
			u.planExcelImport(name, views)
		}
	}, u.win)
	fitDialog(d, u.win, fyne.NewSize(1150, 650))
	d.Show()
	u.importPreview = d
	u.excelSheets = views
}

// planExcelImport works out what the chosen sheets would change and asks
// to confirm.
func (u *UI) planExcelImport(name string, views []*sheetView) {
	var choices []importer.SheetChoice
	for _, v := range views {
		if v.use.Checked && v.sheet.HeaderRow > 0 {
			choices = append(choices, importer.SheetChoice{Sheet: v.sheet, Mapping: v.mapping})
		}
	}
	var plan *importer.BookPlan
	u.tasks.run(lang.L("Comparing with Liaison"), func(ctx context.Context) (err error) {
		plan, err = importer.NewBookPlan(ctx, u.store, uiLang, name, choices)
		return err
	}, func() {
		if plan.Empty() {
			inform(u.win, lang.L("Import"), lang.L("Nothing to import: no sheet is chosen."))
			return
		}
		u.showBookPlan(plan)
	})
}

func (u *UI) applyExcelImport(plan *importer.BookPlan) {
	var batch int64
	u.write(lang.L("Importing"), func(ctx context.Context) (err error) {
		if batch, err = plan.Apply(ctx, u.store, u.today()); err != nil {
			return fmt.Errorf(lang.L("Nothing was imported: %w"), err)
		}
		return nil
	}, func() {
		u.imported(batch, plan.Source)
		if batch == 0 {
			u.notify(lang.L("Imported: nothing changed."))
		}
	})
}
