package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/documents"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/safefile"
)

// The preferences of the event's paperwork: chosen once, kept for the
// next time.
const (
	prefLetterhead     = "documents.letterhead"     // path of the letterhead image; "" for none
	prefSignatory      = "documents.signatory"      // who signs the letters
	prefSignatoryTitle = "documents.signatoryTitle" // their title
	prefLetterText     = "documents.text."          // + a language: the letters' template as edited; "" for the default
	prefSender         = "documents.sender"         // the envelopes' sender line; "" for the event's host
	prefTemplate       = "documents.template"       // the office's Word template for letters; "" for none
)

// documentKinds are the PDF kinds the dialog offers, with their labels.
func documentKinds() []struct {
	kind  documents.Kind
	label string
} {
	return []struct {
		kind  documents.Kind
		label string
	}{
		{documents.Letters, lang.L("Invitation letters")},
		{documents.Envelopes, lang.L("Envelopes")},
		{documents.PlaceCards, lang.L("Place cards")},
		{documents.Badges, lang.L("Badges")},
		// From the event's seating plan: the stored one, else the one
		// made on the fly, as liaison documents does.
		{documents.SeatingPlan, lang.L("Table plan")},
		{documents.SeatList, lang.L("Who sits where")},
	}
}

// documentsDialog is Documents… on an event's page: which kind of
// paperwork, in which language, and what letters and envelopes need.
type documentsDialog struct {
	p              *eventPage
	kind           *keySelect
	language       *keySelect
	size           *keySelect
	sender         *widget.Entry
	signatory      *widget.Entry
	signatoryTitle *widget.Entry
	letterhead     *widget.Label
	letterheadPath string
	// template is the office's Word template for the letters: with one,
	// the letters come out as one .docx in its fonts and letterhead.
	template     *widget.Label
	templatePath string
	chooseTmpl   *widget.Button
	clearTmpl    *widget.Button
	editText     *widget.Button
	chooseHead   *widget.Button
	clearHead    *widget.Button
}

// onDocuments opens Documents… for the event shown.
func (p *eventPage) onDocuments() { newDocumentsDialog(p).show() }

func newDocumentsDialog(p *eventPage) *documentsDialog { return &documentsDialog{p: p} }

func (d *documentsDialog) show() {
	prefs := d.p.u.prefs.p
	kinds := documentKinds()
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.label
	}
	// A drop-down, not radio buttons: six kinds in a column pushed the
	// dialog past a 640-pixel screen.
	d.kind = newKeySelect(names, func(string) { d.onKind() })
	langNames := make([]string, len(i18n.Langs))
	for i, l := range i18n.Langs {
		langNames[i] = l.Name()
	}
	d.language = newKeySelect(langNames, nil)
	d.language.SetSelected(uiLang.Name())
	sizes := make([]string, len(documents.EnvelopeSizes))
	for i, s := range documents.EnvelopeSizes {
		sizes[i] = string(s)
	}
	d.size = newKeySelect(sizes, nil)
	d.size.SetSelectedIndex(0)
	d.sender = widget.NewEntry()
	d.sender.SetText(prefs.String(prefSender))
	d.sender.SetPlaceHolder(d.p.event.Host)
	d.signatory = widget.NewEntry()
	d.signatory.SetText(prefs.String(prefSignatory))
	d.signatoryTitle = widget.NewEntry()
	d.signatoryTitle.SetText(prefs.String(prefSignatoryTitle))
	d.letterhead = widget.NewLabel("")
	d.letterhead.Truncation = fyne.TextTruncateEllipsis
	d.setLetterhead(prefs.String(prefLetterhead))
	d.chooseHead = widget.NewButton(lang.L("Choose…"), d.onChooseLetterhead)
	d.clearHead = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { d.setLetterhead("") })
	d.editText = widget.NewButton(lang.L("Edit the text…"), d.onEditText)
	d.template = widget.NewLabel("")
	d.template.Truncation = fyne.TextTruncateEllipsis
	d.chooseTmpl = widget.NewButton(lang.L("Choose…"), d.onChooseTemplate)
	d.clearTmpl = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { d.setTemplate("") })
	d.setTemplate(prefs.String(prefTemplate))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Document"), d.kind),
		widget.NewFormItem(lang.L("Language"), d.language),
		widget.NewFormItem(lang.L("Envelope size"), d.size),
		widget.NewFormItem(lang.L("Sender"), d.sender),
		widget.NewFormItem(lang.L("Signatory"), d.signatory),
		widget.NewFormItem(lang.L("Signatory's title"), d.signatoryTitle),
		widget.NewFormItem(lang.L("Letterhead"), container.NewBorder(nil, nil, nil,
			container.NewHBox(d.chooseHead, d.clearHead), d.letterhead)),
		widget.NewFormItem(lang.L("Letter text"), container.NewHBox(d.editText)),
		widget.NewFormItem(lang.L("Word template"), container.NewBorder(nil, nil, nil,
			container.NewHBox(d.chooseTmpl, d.clearTmpl), d.template)),
	)
	d.kind.SetSelected(names[0])
	dlg := dialog.NewCustomConfirm(lang.L("Documents"), lang.L("Choose file…"), lang.L("Cancel"), form, func(ok bool) {
		if ok {
			d.onConfirm()
		}
	}, d.p.u.win)
	dlg.Resize(fyne.NewSize(560, 0).Max(dlg.MinSize()))
	dlg.Show()
}

// chosenKind is the kind selected.
func (d *documentsDialog) chosenKind() documents.Kind {
	for _, k := range documentKinds() {
		if k.label == d.kind.Selected {
			return k.kind
		}
	}
	return documents.Letters
}

// chosenLang is the language selected.
func (d *documentsDialog) chosenLang() i18n.Lang {
	for _, l := range i18n.Langs {
		if l.Name() == d.language.Selected {
			return l
		}
	}
	return uiLang
}

// onKind enables what the chosen kind uses: the envelope's size, and the
// signatory, letterhead and text of letters.
func (d *documentsDialog) onKind() {
	k := d.chosenKind()
	enable(d.size, k == documents.Envelopes)
	enable(d.sender, k == documents.Envelopes)
	for _, w := range []fyne.Disableable{d.signatory, d.signatoryTitle, d.chooseHead, d.clearHead, d.editText, d.chooseTmpl, d.clearTmpl} {
		enable(w, k == documents.Letters)
	}
}

func enable(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

func (d *documentsDialog) setLetterhead(path string) {
	d.letterheadPath = path
	if path == "" {
		d.letterhead.SetText(lang.L("None"))
		return
	}
	d.letterhead.SetText(filepath.Base(path))
}

// onChooseLetterhead asks for the letterhead's image.
func (d *documentsDialog) onChooseLetterhead() {
	d.chooseFile(lang.L("Letterhead"), []string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}, d.setLetterhead)
}

// chooseFile asks for a file of one of the extensions and gives its path
// to set; what names it in an error.
func (d *documentsDialog) chooseFile(what string, extensions []string, set func(path string)) {
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(d.p.u.win, what, err)
			return
		}
		if r == nil {
			return
		}
		r.Close()
		set(r.URI().Path())
	}, d.p.u.win)
	open.SetFilter(storage.NewExtensionFileFilter(extensions))
	open.Show()
}

// letterText is the letters' template in the language: as the officer
// edited it, else the default.
func (d *documentsDialog) letterText(l i18n.Lang) string {
	if t := d.p.u.prefs.p.String(prefLetterText + string(l)); strings.TrimSpace(t) != "" {
		return t
	}
	return documents.DefaultText(l)
}

// onEditText edits the letters' text in the language chosen; a
// placeholder Liaison does not know is refused with its name.
func (d *documentsDialog) onEditText() {
	l := d.chosenLang()
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetText(d.letterText(l))
	text.SetMinRowsVisible(12)
	help := widget.NewLabel(lang.L("Placeholders:") + " {{" + strings.Join(documents.Fields, "}}, {{") + "}}. " +
		lang.L("A part in [[double brackets]] is left out when a placeholder in it is empty."))
	help.Wrapping = fyne.TextWrapWord
	reset := widget.NewButton(lang.L("Default text"), func() { text.SetText(documents.DefaultText(l)) })
	body := container.NewBorder(help, container.NewHBox(reset), nil, nil, text)
	dlg := dialog.NewCustomConfirm(fmt.Sprintf(lang.L("Letter text (%s)"), l.Name()), lang.L("Save"), lang.L("Cancel"), body,
		func(ok bool) {
			if !ok {
				return
			}
			if err := documents.CheckText(text.Text); err != nil {
				showError(d.p.u.win, lang.L("Letter text"), err)
				return
			}
			if text.Text == documents.DefaultText(l) {
				d.p.u.prefs.p.RemoveValue(prefLetterText + string(l))
				return
			}
			d.p.u.prefs.p.SetString(prefLetterText+string(l), text.Text)
		}, d.p.u.win)
	dlg.Resize(fyne.NewSize(720, 520))
	dlg.Show()
}

// onConfirm keeps the choices and asks where to save the document.
func (d *documentsDialog) onConfirm() {
	prefs := d.p.u.prefs.p
	prefs.SetString(prefSignatory, strings.TrimSpace(d.signatory.Text))
	prefs.SetString(prefSignatoryTitle, strings.TrimSpace(d.signatoryTitle.Text))
	prefs.SetString(prefLetterhead, d.letterheadPath)
	prefs.SetString(prefSender, strings.TrimSpace(d.sender.Text))
	prefs.SetString(prefTemplate, d.templatePath)
	j := d.job()
	ext := ".pdf"
	if d.usesTemplate() {
		ext = ".docx"
	}
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(d.p.u.win, lang.L("Documents"), err)
			return
		}
		if w == nil {
			return
		}
		// The dialog made an empty file; safefile replaces it whole.
		path := w.URI().Path()
		w.Close()
		if ext == ".docx" {
			d.p.writeDocumentFrom(path, j, d.kind.Selected, d.templatePath)
			return
		}
		d.p.writeDocumentFrom(path, j, d.kind.Selected, "")
	}, d.p.u.win)
	save.SetFileName(fileName(fmt.Sprintf("%s - %s (%s)", d.p.event.Title, d.kind.Selected, j.Lang)) + ext)
	save.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	save.Show()
}

// job is the document chosen, without the list, which writeDocument
// reads.
func (d *documentsDialog) job() documents.Job {
	l, kind := d.chosenLang(), d.chosenKind()
	j := documents.Job{Kind: kind, Lang: l, Event: d.p.event, Envelope: documents.EnvelopeSize(d.size.Selected),
		Sender: strings.TrimSpace(d.sender.Text)}
	if kind == documents.Letters {
		j.Text = d.letterText(l)
		j.Settings = documents.Settings{Signatory: strings.TrimSpace(d.signatory.Text),
			SignatoryTitle: strings.TrimSpace(d.signatoryTitle.Text), Letterhead: d.letterheadPath}
	}
	j.Settings.Today = d.p.u.opts.Now()
	return j
}

// writeDocument reads the event's list, writes the document to path
// through a temporary file, opens it in the system's viewer, and after
// letters to invitees still planned offers to mark them invited by
// letter today.
func (p *eventPage) writeDocument(path string, j documents.Job, what string) {
	p.writeDocumentFrom(path, j, what, "")
}

// writeDocumentFrom is writeDocument, with the letters merged into the
// Word template at template when it is not "", and the seating kinds
// written from the event's seating plan.
func (p *eventPage) writeDocumentFrom(path string, j documents.Job, what, template string) {
	var n, planned int
	p.u.prefs.addExportFolder(filepath.Dir(path))
	p.u.tasks.run(lang.L("Writing the documents"), func(ctx context.Context) error {
		if j.Kind == documents.SeatingPlan || j.Kind == documents.SeatList {
			plan, _, err := p.u.store.Seating(ctx, j.Event.ID)
			if err != nil {
				return err
			}
			n, err = writeSeatingFile(path, j.Kind, j.Lang, j.Event, plan, j.Settings.Today)
			return err
		}
		rows, err := p.u.store.Invitations(ctx, j.Event.ID)
		if err != nil {
			return err
		}
		j.Invitees = make([]documents.Invitee, len(rows))
		for i, r := range rows {
			j.Invitees[i] = documents.Invitee{Invitation: r.Invitation, Placed: r.Placed, RepresentedBy: r.RepresentedBy}
			if r.Invitation.Status == liaison.Planned {
				planned++
			}
		}
		err = safefile.Write(path, func(w io.Writer) error {
			if template != "" {
				f, err := os.Open(template)
				if err != nil {
					return fmt.Errorf(lang.L("cannot read the Word template: %w"), err)
				}
				defer f.Close()
				fi, err := f.Stat()
				if err != nil {
					return err
				}
				n, err = j.WriteDOCX(f, fi.Size(), w)
				return err
			}
			n, err = j.Write(w)
			return err
		})
		if errors.Is(err, documents.ErrNobody) {
			return errors.New(lang.L("Nobody on the list gets this document: letters and envelopes go to everyone who has not declined, place cards and badges to those invited who have not declined."))
		}
		return err
	}, func() {
		p.u.notify(fmt.Sprintf(lang.L("%s: %d, written to %s."), what, n, path))
		if err := p.u.app.OpenURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}); err != nil {
			inform(p.u.win, lang.L("Documents"), fmt.Sprintf(lang.L("The file is written, but the system could not open it (%v). Open %s in a PDF viewer."), err, path))
		}
		if j.Kind == documents.Letters && planned > 0 {
			p.offerMarkInvitedByLetter(planned)
		}
	})
}

// offerMarkInvitedByLetter asks, after letters were written, whether the
// invitees still planned are now invited, dated today, by letter.
func (p *eventPage) offerMarkInvitedByLetter(planned int) {
	msg := fmt.Sprintf(lang.L("Letters to invitees still planned: %d. Mark them invited today, sent by letter?"), planned)
	dialog.ShowConfirm(lang.L("Mark planned as invited"), msg, func(ok bool) {
		if ok {
			p.markPlannedInvited(liaison.Letter)
		}
	}, p.u.win)
}

// usesTemplate reports whether the letters go into the office's Word
// template.
func (d *documentsDialog) usesTemplate() bool {
	return d.chosenKind() == documents.Letters && d.templatePath != ""
}

// setTemplate shows the Word template chosen, "" for none.
func (d *documentsDialog) setTemplate(path string) {
	d.templatePath = path
	if path == "" {
		d.template.SetText(lang.L("None: the letters come out as a PDF"))
		return
	}
	d.template.SetText(filepath.Base(path))
}

// onChooseTemplate lets the officer pick the office's .docx template.
func (d *documentsDialog) onChooseTemplate() {
	d.chooseFile(lang.L("Word template"), []string{".docx", ".dotx"}, d.setTemplate)
}
