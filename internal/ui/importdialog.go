package ui

import (
	"context"
	"fmt"
	"io"
	"maps"
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
		case ".xlsx", ".xlsm":
			u.importExcel(uri)
		default:
			inform(u.win, lang.L("Import"), fmt.Sprintf(lang.L(
				"Liaison cannot import %s: it reads vCard (.vcf) and Excel (.xlsx, .xlsm) files."), uri.Name()))
			return
		}
	}
	if len(cards) == 0 {
		return
	}
	uris = cards
	var sources []importer.Source
	u.tasks.run(lang.L("Reading the cards"), func(ctx context.Context) error {
		for _, uri := range uris {
			src, err := readVCard(uri)
			if err != nil {
				return err
			}
			sources = append(sources, src)
		}
		return nil
	}, func() { u.planCards(sources, map[importer.Card]bool{}) })
}

// planCards works out the import of the cards with the officer's choices
// of whom to merge, and shows it.
func (u *UI) planCards(sources []importer.Source, merge map[importer.Card]bool) {
	var plan *importer.Plan
	u.tasks.run(lang.L("Reading the cards"), func(ctx context.Context) (err error) {
		plan, err = importer.NewPlanWith(ctx, u.store, importer.Options{Merge: merge}, sources...)
		return err
	}, func() { u.showImportPreview(plan, sources, merge) })
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

// A cardPreview shows what importing cards will do before anything is
// written. A card that is possibly someone stored offers to merge it with
// them (or, once merged, to keep it apart); the plan is then worked out
// again with that choice.
type cardPreview struct {
	u       *UI
	plan    *importer.Plan
	sources []importer.Source
	merge   map[importer.Card]bool // the officer's choices so far
	table   *dataTable[importer.Item]
	detail  *widget.Label
	choice  *widget.Button // Merge with… / Keep as a new person
	dialog  dialog.Dialog
}

// showImportPreview lists what each card will do and asks to confirm.
func (u *UI) showImportPreview(plan *importer.Plan, sources []importer.Source, merge map[importer.Card]bool) {
	p := &cardPreview{u: u, plan: plan, sources: sources, merge: merge}
	p.build()
	fitDialog(p.dialog, u.win, fyne.NewSize(1100, 620))
	p.dialog.Show()
	u.importPreview = p.dialog
	u.cardPreview = p
}

func (p *cardPreview) build() {
	p.table = newDataTable([]column[importer.Item]{
		{lang.L("File"), 150, func(it importer.Item) string { return it.Source }},
		{lang.L("Line"), 70, func(it importer.Item) string { return fmt.Sprint(it.Contact.Line) }},
		{lang.L("Action"), 130, func(it importer.Item) string { return lang.L(it.Action.String()) }},
		{lang.L("Name"), 210, func(it importer.Item) string { return it.Name }},
		{lang.L("Mission"), 200, func(it importer.Item) string { return it.Mission }},
		{lang.L("Details"), 460, importDetails},
	}, &sliceSource[importer.Item]{rows: p.plan.Items}, p.onSelect)
	counts := p.plan.Counts()
	summary := widget.NewLabel(fmt.Sprintf(lang.L("%d cards: %s. Nothing is written until you press Import."), len(p.plan.Items), counts.In(uiLang)))
	summary.Wrapping = fyne.TextWrapWord
	p.detail = widget.NewLabel(lang.L("Select a row to read all it says."))
	p.detail.Wrapping = fyne.TextWrapWord
	if counts.Likely > 0 {
		p.detail.SetText(fmt.Sprintf(lang.L("%d cards are possibly someone already stored and stay new people. Select one to merge it."), counts.Likely))
	}
	p.choice = widget.NewButton("", nil)
	p.choice.Hide()
	body := container.NewBorder(summary, container.NewVBox(p.detail, container.NewHBox(p.choice)), nil, nil, p.table.table)
	confirmText := lang.L("Import")
	if p.nothing() {
		confirmText = lang.L("Close")
	}
	p.dialog = dialog.NewCustomConfirm(lang.L("Import business cards"), confirmText, lang.L("Cancel"), body, p.onConfirm, p.u.win)
}

// nothing reports whether the import would write nothing.
func (p *cardPreview) nothing() bool {
	c := p.plan.Counts()
	return c.New+c.Update == 0
}

// onSelect shows all a row says, and offers the choice a possible match
// leaves to the officer.
func (p *cardPreview) onSelect(_ int, it importer.Item) {
	p.detail.SetText(it.Summary(uiLang))
	card := importer.Card{Source: it.Source, Line: it.Contact.Line}
	switch {
	case it.Likely != "":
		p.choice.SetText(fmt.Sprintf(lang.L("Merge with %s"), it.Likely))
	case it.Match == "likely":
		p.choice.SetText(lang.L("Keep as a new person"))
	default:
		p.choice.Hide()
		return
	}
	p.choice.OnTapped = func() { p.onChoose(card, it.Likely != "") }
	p.choice.Show()
}

// onChoose records whether to merge a card and works the plan out again.
func (p *cardPreview) onChoose(card importer.Card, merge bool) {
	next := maps.Clone(p.merge)
	next[card] = merge
	p.dialog.Hide()
	p.u.planCards(p.sources, next)
}

func (p *cardPreview) onConfirm(ok bool) {
	if !ok || p.nothing() {
		return
	}
	u, plan, counts := p.u, p.plan, p.plan.Counts()
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
}

// importDetails is the Details column: how the person was found, what
// changes, what stays.
func importDetails(it importer.Item) string { return it.Details(uiLang) }
