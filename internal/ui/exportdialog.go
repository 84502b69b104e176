package ui

import (
	"context"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/safefile"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

// An exportChoice is one thing File › Export… can write.
type exportChoice struct {
	label string
	query store.ExportQuery
	name  string // the file name offered
}

// exportChoices lists what can be exported from where the officer is:
// the open event's invitees, the selected mission's staff, the selected
// person, everyone.
func (u *UI) exportChoices() []exportChoice {
	var out []exportChoice
	if u.current() == screenEvents && u.events.page.shown() {
		e := u.events.page.event
		out = append(out, exportChoice{fmt.Sprintf(lang.L("Invitees of %s"), e.Title),
			store.ExportQuery{EventID: e.ID}, fileName(e.Title)})
	}
	if m := u.missions.details.current; m.ID != 0 && u.current() == screenMissions {
		out = append(out, exportChoice{fmt.Sprintf(lang.L("Staff of %s"), m.DisplayName()),
			store.ExportQuery{MissionID: m.ID}, fileName(m.DisplayName())})
	}
	if p := u.people.details.current; p.ID != 0 && u.current() == screenPeople {
		out = append(out, exportChoice{p.FullName(), store.ExportQuery{PersonIDs: []int64{p.ID}}, fileName(p.FullName())})
	}
	return append(out, exportChoice{lang.L("Everyone at post"), store.ExportQuery{}, "liaison-contacts"})
}

// fileName makes a file name from a title.
func fileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	if len(s) > 80 {
		s = s[:80]
	}
	return s
}

// onExport asks what to export and where, then writes the file.
func (u *UI) onExport() {
	choices := u.exportChoices()
	labels := make([]string, len(choices))
	for i, c := range choices {
		labels[i] = c.label
	}
	what := widget.NewRadioGroup(labels, nil)
	what.SetSelected(labels[0])
	versions := []string{"vCard 3.0 (Outlook, phones)", "vCard 4.0"}
	format := widget.NewRadioGroup(versions, nil)
	format.SetSelected(versions[0])
	form := widget.NewForm(widget.NewFormItem(lang.L("Export"), what), widget.NewFormItem(lang.L("Format"), format))
	dialog.ShowCustomConfirm(lang.L("Export"), lang.L("Choose file…"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		choice := choices[indexOf(labels, what.Selected)]
		version := vcf.V3
		if format.Selected == versions[1] {
			version = vcf.V4
		}
		u.chooseExportFile(choice, version)
	}, u.win)
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return 0
}

// exportTo writes the cards of choice to path, off the UI thread.
func (u *UI) exportTo(path string, choice exportChoice, version vcf.Version) {
	var n int
	u.tasks.run(lang.L("Exporting"), func(ctx context.Context) error {
		rows, err := u.store.ExportRows(ctx, choice.query)
		if err != nil {
			return err
		}
		entries := make([]vcf.Entry, len(rows))
		for i, r := range rows {
			entries[i] = vcf.Entry{Person: r.Person, Mission: r.Mission, Photo: r.Photo}
		}
		n = len(entries)
		return safefile.Write(path, func(w io.Writer) error { return vcf.Encode(w, entries, version) })
	}, func() {
		u.notify(fmt.Sprintf(lang.L("Wrote %d cards to %s."), n, path))
	})
}

// chooseExportFile asks where to save and writes the cards there.
func (u *UI) chooseExportFile(choice exportChoice, version vcf.Version) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(u.win, lang.L("Export"), err)
			return
		}
		if w == nil {
			return
		}
		// The dialog made an empty file; safefile replaces it whole.
		path := w.URI().Path()
		w.Close()
		u.exportTo(path, choice, version)
	}, u.win)
	d.SetFileName(choice.name + ".vcf")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".vcf"}))
	d.Show()
}
