package documents

import (
	"errors"
	"io"
)

// WriteDOCX writes the job's letters into the office's Word template:
// one letter (a section of the .docx) to each invitee a letter goes to
// (LetterRecipients), in the list's order, its placeholders filled with
// LetterFields in the job's language. It returns how many letters it
// wrote. Only letters come from a Word template.
func (j Job) WriteDOCX(template io.ReaderAt, size int64, w io.Writer) (int, error) {
	if j.Kind != Letters && j.Kind != "" {
		return 0, errors.New("documents: a Word template makes letters only, not " + string(j.Kind))
	}
	to := LetterRecipients(j.Invitees)
	if len(to) == 0 {
		return 0, ErrNobody
	}
	s := j.Settings
	s.Today = j.today()
	records := make([]map[string]string, len(to))
	for i, in := range to {
		records[i] = LetterFields(j.Lang, j.Event, in.Placed, s)
	}
	if err := MergeDOCX(template, size, records, w); err != nil {
		return 0, err
	}
	return len(to), nil
}
