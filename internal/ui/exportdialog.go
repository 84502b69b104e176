package ui

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/exporter"
	"liaison/internal/safefile"
	"liaison/internal/store"
	"liaison/internal/vcf"
	"liaison/internal/xlsx"
)

// An exportChoice is one thing File › Export… can write.
type exportChoice struct {
	label string
	ext   string // ".xlsx" or ".vcf"
	name  string // the file name offered, without extension
	// job gathers the export; version is the vCard version chosen.
	job func(ctx context.Context, version vcf.Version) (exporter.Job, error)
}

// exportChoices lists what can be exported from where the officer is:
// the open event's list, the selected mission's staff or person, and the
// directories.
func (u *UI) exportChoices() []exportChoice {
	var out []exportChoice
	today := u.today().String()
	if u.current() == screenEvents && u.events.page.shown() {
		e := u.events.page.event
		out = append(out,
			exportChoice{fmt.Sprintf(lang.L("Invitation list of %s (Excel)"), e.Title), ".xlsx", fileName(e.Title),
				func(ctx context.Context, _ vcf.Version) (exporter.Job, error) {
					return exporter.Invitations(ctx, u.store, uiLang, e.ID)
				}},
			exportChoice{fmt.Sprintf(lang.L("Invitees of %s (vCard)"), e.Title), ".vcf", fileName(e.Title),
				u.vcards(store.ExportQuery{EventID: e.ID})})
	}
	if m := u.missions.details.current; m.ID != 0 && u.current() == screenMissions {
		out = append(out, exportChoice{fmt.Sprintf(lang.L("Staff of %s (vCard)"), missionName(m)), ".vcf",
			fileName(missionName(m)), u.vcards(store.ExportQuery{MissionID: m.ID})})
	}
	if p := u.people.details.current; p.ID != 0 && u.current() == screenPeople {
		out = append(out, exportChoice{p.FullName() + " (vCard)", ".vcf", fileName(p.FullName()),
			u.vcards(store.ExportQuery{PersonIDs: []int64{p.ID}})})
	}
	return append(out,
		exportChoice{lang.L("Missions directory (Excel)"), ".xlsx", "missions-" + today,
			func(ctx context.Context, _ vcf.Version) (exporter.Job, error) {
				return exporter.Missions(ctx, u.store, uiLang, u.today())
			}},
		exportChoice{lang.L("People list (Excel)"), ".xlsx", "people-" + today,
			func(ctx context.Context, _ vcf.Version) (exporter.Job, error) {
				return exporter.People(ctx, u.store, uiLang, u.today())
			}},
		exportChoice{lang.L("Everyone at post (vCard)"), ".vcf", "liaison-contacts-" + today, u.vcards(store.ExportQuery{})},
	)
}

func (u *UI) vcards(q store.ExportQuery) func(context.Context, vcf.Version) (exporter.Job, error) {
	return func(ctx context.Context, v vcf.Version) (exporter.Job, error) {
		return exporter.VCards(ctx, u.store, q, v)
	}
}

// fileName makes a file name from a title.
func fileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80])
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
	versions := []string{"3.0 (Outlook, phones)", "4.0"}
	version := newKeySelect(versions, nil)
	version.SetSelectedIndex(0)
	form := widget.NewForm(widget.NewFormItem(lang.L("Export"), what), widget.NewFormItem(lang.L("vCard version"), version))
	dialog.ShowCustomConfirm(lang.L("Export"), lang.L("Choose file…"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		v := vcf.V3
		if version.SelectedIndex() == 1 {
			v = vcf.V4
		}
		u.chooseExportFile(choices[indexOf(labels, what.Selected)], v)
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

// exportTo writes an export to path, off the UI thread, through a
// temporary file.
func (u *UI) exportTo(path string, choice exportChoice, version vcf.Version) {
	var job exporter.Job
	var rep xlsx.Report
	u.prefs.addExportFolder(filepath.Dir(path))
	u.tasks.run(lang.L("Exporting"), func(ctx context.Context) error {
		var err error
		if job, err = choice.job(ctx, version); err != nil {
			return err
		}
		return safefile.Write(path, func(w io.Writer) error {
			rep, err = job.Write(w)
			return err
		})
	}, func() {
		u.notify(fmt.Sprintf(lang.L("Wrote %s to %s."), job.What(uiLang), path))
		if len(rep.Truncated) > 0 {
			inform(u.win, lang.L("Export"), lang.L("Excel holds at most 32,767 characters in a cell; these were cut:")+"\n"+
				strings.Join(rep.Truncated, "\n"))
		}
	})
}

// chooseExportFile asks where to save and writes the export there.
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
	d.SetFileName(choice.name + choice.ext)
	d.SetFilter(storage.NewExtensionFileFilter([]string{choice.ext}))
	d.Show()
}
