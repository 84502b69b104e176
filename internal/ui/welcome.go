package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/demo"
)

// newWelcome is what the Missions screen shows while the database is
// empty: what Liaison is, and three ways to start.
func newWelcome(u *UI) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("Welcome to Liaison"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	text := widget.NewLabel(lang.L("Liaison keeps the missions accredited in the country, their people, your events and who was invited to each.\nThe database is empty. Start with the sample, import your contacts, or add the first mission by hand."))
	text.Wrapping = fyne.TextWrapWord
	text.Alignment = fyne.TextAlignCenter
	sample := widget.NewButtonWithIcon(lang.L("Load sample data"), theme.DownloadIcon(), u.onLoadSample)
	sample.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon(lang.L("Import…"), theme.FolderOpenIcon(), u.onImport)
	add := widget.NewButtonWithIcon(lang.L("New mission"), theme.ContentAddIcon(), func() { u.missions.newItemWhenEmpty() })
	card := container.NewVBox(title, text, container.NewCenter(container.NewHBox(sample, imp, add)))
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(620, card.MinSize().Height+40), card))
}

// onLoadSample fills the empty database with the same sample as
// liaison demo.
func (u *UI) onLoadSample() {
	var sum demo.Summary
	u.write(lang.L("Loading the sample"), func(ctx context.Context) (err error) {
		sum, err = demo.Load(ctx, u.store, u.today())
		return err
	}, func() {
		u.notify(fmt.Sprintf(lang.L("Loaded the sample: %d missions, %d people, %d events."), sum.Missions, sum.People, sum.Events))
	})
}
