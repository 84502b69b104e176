package documents

import (
	"codeberg.org/go-pdf/fpdf"

	"liaison/internal/i18n"
)

// A place card is an A4 sheet, landscape, folded along its long side
// into a tent: each half carries the name and the country, the upper
// half turned upside down, so that both sides read upright on the table.
const (
	cardWidth   = 297.0
	cardHeight  = 210.0
	cardFold    = cardHeight / 2
	cardMargin  = 20.0
	cardNameMax = 44.0 // points
)

// placeCards writes one tent card a page for every guest (see Guests):
// the name of whoever comes (the deputy when one comes instead) with the
// form of address, and the invitee's country or organisation.
func (j Job) placeCards() (*fpdf.Fpdf, int, error) {
	guests := Guests(j.Invitees)
	if len(guests) == 0 {
		return nil, 0, ErrNobody
	}
	pdf := newPDF(j, "L", a4)
	for _, in := range guests {
		m := in.Placed.Mission
		name := j.Lang.ListedName(in.comer(), m.Country)
		country := countryLine(j.Lang, m)
		pdf.AddPage()
		foldLine(pdf)
		cardFace(pdf, j.Lang, name, country)
		pdf.TransformBegin()
		pdf.TransformRotate(180, cardWidth/2, cardFold)
		cardFace(pdf, j.Lang, name, country)
		pdf.TransformEnd()
		if err := pdfErr(pdf); err != nil {
			return nil, 0, err
		}
	}
	return pdf, len(guests), nil
}

// foldLine marks the fold with a light dashed line.
func foldLine(pdf *fpdf.Fpdf) {
	pdf.SetDrawColor(170, 170, 170)
	pdf.SetLineWidth(0.2)
	pdf.SetDashPattern([]float64{3, 2}, 0)
	pdf.Line(5, cardFold, cardWidth-5, cardFold)
	pdf.SetDashPattern(nil, 0)
	pdf.SetDrawColor(0, 0, 0)
}

// cardFace prints the name and the country in the lower half, centred
// in it.
func cardFace(pdf *fpdf.Fpdf, l i18n.Lang, name, country string) {
	w := cardWidth - 2*cardMargin
	nameSize := fitSize(pdf, "B", name, w, cardNameMax, 18)
	countrySize := 22.0
	if country != "" {
		countrySize = fitSize(pdf, "", country, w, 22, 12)
	}
	height := lineHeight(nameSize)
	if country != "" {
		height += 4 + lineHeight(countrySize)
	}
	y := cardFold + (cardHeight-cardFold-height)/2
	pdf.SetFont(fontFamily, "B", nameSize)
	pdf.SetXY(cardMargin, y)
	pdf.CellFormat(w, lineHeight(nameSize), name, "", 0, "C", false, 0, "")
	if country != "" {
		pdf.SetFont(fontFamily, "", countrySize)
		pdf.SetTextColor(70, 70, 70)
		pdf.SetXY(cardMargin, y+lineHeight(nameSize)+4)
		pdf.CellFormat(w, lineHeight(countrySize), country, "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	}
}
