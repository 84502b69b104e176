package documents

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"

	"codeberg.org/go-pdf/fpdf"
	"rsc.io/qr"
)

// Badges are 90 × 55 mm, eight to an A4 sheet in two columns of four,
// with cut marks outside the block.
const (
	badgeWidth  = 90.0
	badgeHeight = 55.0
	badgeCols   = 2
	badgeRows   = 4
	badgeLeft   = (210 - badgeCols*badgeWidth) / 2
	badgeTop    = (297 - badgeRows*badgeHeight) / 2
	badgePad    = 5.0
	badgeQR     = 30.0 // the QR code's side, quiet zone included
)

// CheckInCode is the text of a badge's QR code: the event and the
// invitee, which the check-in screen reads as a USB scanner types it.
func CheckInCode(eventID, personID int64) string {
	return fmt.Sprintf("LIAISON-INV:%d:%d", eventID, personID)
}

// QRImage is the QR code of text as an image, one pixel a module with
// the four modules of quiet zone the standard asks for around it.
func QRImage(text string) (*image.Gray, error) {
	code, err := qr.Encode(text, qr.M)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	const quiet = 4
	side := code.Size + 2*quiet
	img := image.NewGray(image.Rect(0, 0, side, side))
	for y := 0; y < side; y++ {
		for x := 0; x < side; x++ {
			c := color.Gray{Y: 0xFF}
			if code.Black(x-quiet, y-quiet) {
				c.Y = 0
			}
			img.SetGray(x, y, c)
		}
	}
	return img, nil
}

// badges writes the guests' badges (see Guests), eight to a sheet: the
// name of whoever comes, their mission, the event, and the QR code of
// the invitation, which is the invitee's whoever comes instead.
func (j Job) badges() (*fpdf.Fpdf, int, error) {
	guests := Guests(j.Invitees)
	if len(guests) == 0 {
		return nil, 0, ErrNobody
	}
	pdf := newPDF(j, "P", a4)
	for i, in := range guests {
		slot := i % (badgeCols * badgeRows)
		if slot == 0 {
			pdf.AddPage()
			cutMarks(pdf)
		}
		x := badgeLeft + float64(slot%badgeCols)*badgeWidth
		y := badgeTop + float64(slot/badgeCols)*badgeHeight
		if err := j.badge(pdf, in, x, y); err != nil {
			return nil, 0, err
		}
	}
	return pdf, len(guests), pdfErr(pdf)
}

// badge prints one badge with its top left corner at x, y.
func (j Job) badge(pdf *fpdf.Fpdf, in Invitee, x, y float64) error {
	img, err := QRImage(CheckInCode(j.Event.ID, in.Placed.Person.ID))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	name := fmt.Sprintf("qr-%d", in.Placed.Person.ID)
	pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
	pdf.ImageOptions(name, x+badgeWidth-badgePad-badgeQR+2, y+(badgeHeight-badgeQR)/2, badgeQR, badgeQR,
		false, fpdf.ImageOptions{}, 0, "")

	m := in.Placed.Mission
	w := badgeWidth - 2*badgePad - badgeQR + 2
	// The event at the top, small.
	pdf.SetTextColor(90, 90, 90)
	pdf.SetFont(fontFamily, "", 7)
	pdf.SetXY(x+badgePad, y+badgePad)
	pdf.CellFormat(w, lineHeight(7), truncate(pdf, j.Event.Title, w), "", 0, "L", false, 0, "")
	pdf.SetTextColor(0, 0, 0)
	// The name, as large as fits on two lines at most.
	name2 := j.Lang.PrintedName(in.comer(), m.Country)
	size := 15.0
	for ; size > 9; size -= 0.5 {
		pdf.SetFont(fontFamily, "B", size)
		if len(pdf.SplitText(name2, w)) <= 2 {
			break
		}
	}
	pdf.SetFont(fontFamily, "B", size)
	pdf.SetLeftMargin(x + badgePad)
	pdf.SetXY(x+badgePad, y+badgePad+9)
	pdf.MultiCell(w, lineHeight(size), name2, "", "L", false)
	// The country or organisation, then the mission's name.
	pdf.SetFont(fontFamily, "", 9)
	pdf.SetXY(x+badgePad, pdf.GetY()+2)
	if c := countryLine(j.Lang, m); c != "" {
		pdf.SetFont(fontFamily, "B", 9)
		pdf.MultiCell(w, lineHeight(9), c, "", "L", false)
	}
	if mn := missionName(j.Lang, m); mn != "" {
		pdf.SetFont(fontFamily, "", 8)
		for _, line := range firstLines(pdf, mn, w, 2) {
			pdf.SetX(x + badgePad)
			pdf.CellFormat(w, lineHeight(8), line, "", 1, "L", false, 0, "")
		}
	}
	pdf.SetLeftMargin(0)
	return nil
}

// truncate shortens s with an ellipsis to fit in the width w in the
// current font.
func truncate(pdf *fpdf.Fpdf, s string, w float64) string {
	if pdf.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && pdf.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// firstLines wraps s to the width w in the current font and keeps at
// most n lines, the last shortened with an ellipsis when more followed.
func firstLines(pdf *fpdf.Fpdf, s string, w float64, n int) []string {
	lines := pdf.SplitText(s, w)
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	lines[n-1] = truncate(pdf, lines[n-1]+"…", w)
	return lines
}

// cutMarks draws short lines outside the block of badges where each
// column and row edge is cut.
func cutMarks(pdf *fpdf.Fpdf) {
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetLineWidth(0.2)
	const gap, mark = 2.0, 6.0
	right := badgeLeft + badgeCols*badgeWidth
	bottom := badgeTop + badgeRows*badgeHeight
	for c := 0; c <= badgeCols; c++ {
		x := badgeLeft + float64(c)*badgeWidth
		pdf.Line(x, badgeTop-gap-mark, x, badgeTop-gap)
		pdf.Line(x, bottom+gap, x, bottom+gap+mark)
	}
	for r := 0; r <= badgeRows; r++ {
		y := badgeTop + float64(r)*badgeHeight
		pdf.Line(badgeLeft-gap-mark, y, badgeLeft-gap, y)
		pdf.Line(right+gap, y, right+gap+mark, y)
	}
}
