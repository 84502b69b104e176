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
	"liaison/internal/vcf"
)

// importFiles reads the files, works out what importing them would do,
// and shows it before anything is written.
func (u *UI) importFiles(uris []fyne.URI) {
	var cards []fyne.URI
	for _, uri := range uris {
		switch strings.ToLower(uri.Extension()) {
		case ".vcf", ".vcard":
			cards = append(cards, uri)
		case ".xlsx":
			u.importExcel(uri)
		default:
			inform(u.win, lang.L("Import"), fmt.Sprintf(lang.L(
				"Liaison cannot import %s: it reads vCard (.vcf) and Excel (.xlsx) files."), uri.Name()))
			return
		}
	}
	if len(cards) == 0 {
		return
	}
	uris = cards
	var plan *importer.Plan
	u.tasks.run(lang.L("Reading the cards"), func(ctx context.Context) error {
		var sources []importer.Source
		for _, uri := range uris {
			src, err := readVCard(uri)
			if err != nil {
				return err
			}
			sources = append(sources, src)
		}
		var err error
		plan, err = importer.NewPlan(ctx, u.store, uiLang, sources...)
		return err
	}, func() { u.showImportPreview(plan) })
}

// readVCard reads the contacts of one file.
func readVCard(uri fyne.URI) (importer.Source, error) {
	r, err := storage.Reader(uri)
	if err != nil {
		return importer.Source{}, openError(uri, err)
	}
	defer r.Close()
	contacts, err := vcf.Decode(io.Reader(r), uiLang)
	if err != nil {
		return importer.Source{}, fileError(uri, err)
	}
	return importer.Source{Name: uri.Name(), Contacts: contacts}, nil
}

// showImportPreview lists what each card will do and asks to confirm.
func (u *UI) showImportPreview(plan *importer.Plan) {
	rows := &sliceSource[importer.Item]{rows: plan.Items}
	table := newDataTable([]column[importer.Item]{
		{lang.L("File"), 150, func(it importer.Item) string { return it.Source }},
		{lang.L("Line"), 70, func(it importer.Item) string { return fmt.Sprint(it.Contact.Line) }},
		{lang.L("Action"), 130, func(it importer.Item) string { return lang.L(it.Action.String()) }},
		{lang.L("Name"), 210, func(it importer.Item) string { return it.Name }},
		{lang.L("Mission"), 200, func(it importer.Item) string { return it.Mission }},
		{lang.L("Details"), 460, importDetails},
	}, rows, nil)
	counts := plan.Counts()
	summary := widget.NewLabel(fmt.Sprintf(lang.L("%d cards: %s. Nothing is written until you press Import."), len(plan.Items), counts.In(uiLang)))
	summary.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(lang.L("Select a row to read all it says."))
	detail.Wrapping = fyne.TextWrapWord
	table.onSelect = func(_ int, it importer.Item) { detail.SetText(it.Summary()) }
	body := container.NewBorder(summary, container.NewVScroll(detail), nil, nil, table.table)
	nothing := counts.New+counts.Update == 0
	confirmText := lang.L("Import")
	if nothing {
		confirmText = lang.L("Close")
	}
	d := dialog.NewCustomConfirm(lang.L("Import business cards"), confirmText, lang.L("Cancel"), body, func(ok bool) {
		if !ok || nothing {
			return
		}
		var batch int64
		u.write(lang.L("Importing"), func(ctx context.Context) (err error) {
			if batch, err = plan.Apply(ctx, u.store); err != nil {
				return fmt.Errorf(lang.L("Nothing was imported: %w"), err)
			}
			return nil
		}, func() {
			u.imported(batch, plan.Source())
			u.notify(fmt.Sprintf(lang.L("Imported: %d new, %d updated."), counts.New, counts.Update))
		})
	}, u.win)
	d.Resize(fyne.NewSize(1100, 620))
	d.Show()
	u.importPreview = d
}

// importDetails is the Details column: how the person was found, what
// changes, what stays.
func importDetails(it importer.Item) string {
	s := it.Summary()
	if i := strings.Index(s, " — "); i >= 0 {
		return s[i+len(" — "):]
	}
	return ""
}
