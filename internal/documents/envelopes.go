package documents

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// An EnvelopeSize is an ISO envelope.
type EnvelopeSize string

// The envelopes Liaison prints on.
const (
	DL EnvelopeSize = "DL" // 220 × 110 mm, an A4 sheet folded in three
	C5 EnvelopeSize = "C5" // 229 × 162 mm, an A4 sheet folded once
	C4 EnvelopeSize = "C4" // 324 × 229 mm, an A4 sheet flat
)

// EnvelopeSizes are the sizes in the order a menu offers them.
var EnvelopeSizes = []EnvelopeSize{DL, C5, C4}

// envelopeSizes are the sizes in millimetres, landscape, and the size of
// the address's type in points.
var envelopeSizes = map[EnvelopeSize]struct{ w, h, font float64 }{
	DL: {220, 110, 11},
	C5: {229, 162, 12},
	C4: {324, 229, 14},
}

// ParseEnvelopeSize reads a size ("dl", "C5"); "" is DL.
func ParseEnvelopeSize(s string) (EnvelopeSize, error) {
	if strings.TrimSpace(s) == "" {
		return DL, nil
	}
	size := EnvelopeSize(strings.ToUpper(strings.TrimSpace(s)))
	if _, ok := envelopeSizes[size]; !ok {
		return "", fmt.Errorf("documents: %q is not an envelope size; the sizes are DL, C5 and C4", s)
	}
	return size, nil
}

// envelopes writes one envelope a page, landscape, for every invitee a
// letter goes to: the sender's line at the top left, the addressee, the
// mission and its postal address in the lower right area, where the post
// looks for it.
func (j Job) envelopes() (*fpdf.Fpdf, int, error) {
	size, err := ParseEnvelopeSize(string(j.Envelope))
	if err != nil {
		return nil, 0, err
	}
	to := LetterRecipients(j.Invitees)
	if len(to) == 0 {
		return nil, 0, ErrNobody
	}
	dim := envelopeSizes[size]
	sender := strings.TrimSpace(j.Sender)
	if sender == "" {
		sender = strings.TrimSpace(j.Event.Host)
	}
	pdf := newPDF(j, "L", fpdf.SizeType{Wd: dim.h, Ht: dim.w})
	s := j.Settings
	s.Today = j.today()
	for _, in := range to {
		f := LetterFields(j.Lang, j.Event, in.Placed, s)
		pdf.AddPage()
		if sender != "" {
			pdf.SetFont(fontFamily, "", dim.font-2)
			pdf.SetXY(12, 10)
			pdf.MultiCell(dim.w*0.45, lineHeight(dim.font-2), sender, "", "L", false)
		}
		x, w := dim.w*0.45, dim.w*0.55-15
		lh := lineHeight(dim.font)
		lines := []string{f[FieldPosition], f[FieldMission]}
		lines = append(lines, strings.Split(f[FieldMissionAddress], "\n")...)
		// The block ends 15 mm above the bottom edge whatever its length.
		height := lh * float64(countLines(pdf, append(lines, f[FieldAddressee]), w, dim.font))
		y := dim.h - 15 - height
		if y < dim.h*0.4 {
			y = dim.h * 0.4
		}
		pdf.SetLeftMargin(x)
		pdf.SetXY(x, y)
		pdf.SetFont(fontFamily, "B", dim.font)
		pdf.MultiCell(w, lh, f[FieldAddressee], "", "L", false)
		pdf.SetFont(fontFamily, "", dim.font)
		for _, line := range lines {
			if line = strings.TrimSpace(line); line != "" {
				pdf.MultiCell(w, lh, line, "", "L", false)
			}
		}
		if err := pdfErr(pdf); err != nil {
			return nil, 0, err
		}
	}
	return pdf, len(to), nil
}

// countLines is how many printed lines the non-empty texts take in the
// width w at the font size.
func countLines(pdf *fpdf.Fpdf, texts []string, w, size float64) int {
	pdf.SetFont(fontFamily, "", size)
	n := 0
	for _, s := range texts {
		if s = strings.TrimSpace(s); s != "" {
			n += len(pdf.SplitText(s, w))
		}
	}
	return n
}
