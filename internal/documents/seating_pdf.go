package documents

import (
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/seating"
)

// The page of a seating document: A4 portrait, in millimetres.
const (
	seatMargin = 15.0
	seatBottom = 297 - 15.0
	seatRow    = 6.5 // the height of a row, in millimetres
)

// The kinds of document made from an event's seating plan rather than
// its list (see WriteSeating).
const (
	SeatingPlan Kind = "seating"
	SeatList    Kind = "seat-list"
)

// WriteSeating writes the seating document of the kind, SeatingPlan
// (SeatingPDF) or SeatList (SeatListPDF), and returns what that one
// counts.
func WriteSeating(w io.Writer, kind Kind, l i18n.Lang, e liaison.Event, p seating.Plan, today time.Time) (int, error) {
	switch kind {
	case SeatList:
		return SeatListPDF(w, l, e, p, today)
	case SeatingPlan:
		return SeatingPDF(w, l, e, p, today)
	}
	return 0, fmt.Errorf("documents: %q is not a seating document", kind)
}

// SeatingPDF writes an event's seating plan in the language l: table by
// table, each seat with where it is from the host (right 1, left 1...),
// who sits there with their form of address, and their country; empty
// seats a guest has left are marked. The rules the plan was made by are
// stated under the title. It returns how many tables it printed.
func SeatingPDF(w io.Writer, l i18n.Lang, e liaison.Event, p seating.Plan, today time.Time) (int, error) {
	if len(p.Tables) == 0 {
		return 0, fmt.Errorf("documents: the seating plan has no tables")
	}
	pdf := newPDF(Job{Event: e, Lang: l, Settings: Settings{Today: today}}, "P", a4)
	pdf.AddPage()
	y := seatTitle(pdf, fmt.Sprintf(l.T("Seating: %s"), e.Title), seatRules(l, p.Rules))
	cols := []float64{10, 28, 94, 48} // seat, place, name, country
	for ti, t := range p.Tables {
		seats := p.Table(ti + 1)
		// A table starts on a new page unless its heading and three
		// seats fit.
		if y+2*seatRow+3*seatRow > seatBottom {
			pdf.AddPage()
			y = seatMargin
		}
		title := fmt.Sprintf(l.T("Table %d"), ti+1)
		if t.Head {
			title = fmt.Sprintf(l.T("Table %d, head table"), ti+1)
		}
		title += " · " + fmt.Sprintf(l.T("Seats: %d"), t.Seats)
		y += 3
		pdf.SetFont(fontFamily, "B", 13)
		pdf.SetXY(seatMargin, y)
		pdf.CellFormat(180, 7, title, "", 0, "L", false, 0, "")
		y += 8
		for _, s := range seats {
			if y+seatRow > seatBottom {
				pdf.AddPage()
				y = seatMargin
			}
			name, mission, vacated := seatLine(l, p, s)
			cells := []string{fmt.Sprint(s.Number), seatPlace(l, t, s.Number, ti < len(p.Hosts)), name, mission}
			x := seatMargin
			for i, c := range cells {
				style := ""
				if s.Kind == seating.AtHost && i == 2 {
					style = "B"
				}
				pdf.SetTextColor(0, 0, 0)
				if vacated || i == 1 {
					pdf.SetTextColor(110, 110, 110)
				}
				fitSize(pdf, style, c, cols[i]-2, 10, 6.5)
				pdf.SetXY(x, y)
				pdf.CellFormat(cols[i]-2, seatRow, c, "", 0, "L", false, 0, "")
				x += cols[i]
			}
			pdf.SetDrawColor(215, 215, 215)
			pdf.Line(seatMargin, y+seatRow, seatMargin+180, y+seatRow)
			y += seatRow
		}
		if err := pdfErr(pdf); err != nil {
			return 0, err
		}
	}
	pdf.SetTextColor(0, 0, 0)
	if len(p.Unseated) > 0 {
		seatUnseated(pdf, l, p.Unseated, y)
	}
	if err := pdfErr(pdf); err != nil {
		return 0, err
	}
	if err := pdf.Output(w); err != nil {
		return 0, fmt.Errorf("documents: %w", err)
	}
	return len(p.Tables), nil
}

// SeatListPDF writes the alphabetical who-sits-where list of the plan
// for the entrance (seating.SeatList): each guest, family name first,
// with their country, table and seat. It returns how many guests it lists.
func SeatListPDF(w io.Writer, l i18n.Lang, e liaison.Event, p seating.Plan, today time.Time) (int, error) {
	list := seating.SeatList(p)
	if len(list) == 0 {
		return 0, ErrNobody
	}
	pdf := newPDF(Job{Event: e, Lang: l, Settings: Settings{Today: today}}, "P", a4)
	pdf.AddPage()
	y := seatTitle(pdf, fmt.Sprintf(l.T("Who sits where: %s"), e.Title), "")
	cols := []float64{90, 58, 16, 16}
	head := []string{l.T("Name"), l.T("Mission"), l.T("Table"), l.T("Seat")}
	row := func(cells []string, style string) {
		x := seatMargin
		for i, c := range cells {
			fitSize(pdf, style, c, cols[i]-2, 11, 7)
			pdf.SetXY(x, y)
			pdf.CellFormat(cols[i]-2, seatRow+0.5, c, "", 0, "L", false, 0, "")
			x += cols[i]
		}
		pdf.SetDrawColor(215, 215, 215)
		pdf.Line(seatMargin, y+seatRow+0.5, seatMargin+180, y+seatRow+0.5)
		y += seatRow + 0.5
	}
	row(head, "B")
	for _, en := range list {
		if y+seatRow > seatBottom {
			pdf.AddPage()
			y = seatMargin
			row(head, "B")
		}
		seat := fmt.Sprint(en.Seat)
		if en.Spouse != 0 {
			seat = fmt.Sprintf("%d, %d", en.Seat, en.Spouse)
		}
		name := en.Guest.Person.FullName() // as the list is sorted: the family name first
		if en.Guest.Deputy {
			name = fmt.Sprintf(l.T("%s (deputy)"), name)
		}
		row([]string{name, countryLine(l, en.Guest.Mission), fmt.Sprint(en.Table), seat}, "")
	}
	if err := pdfErr(pdf); err != nil {
		return 0, err
	}
	if err := pdf.Output(w); err != nil {
		return 0, fmt.Errorf("documents: %w", err)
	}
	return len(list), nil
}

// seatTitle prints a document's title and a line under it, and returns
// where the text goes on.
func seatTitle(pdf *fpdf.Fpdf, title, sub string) float64 {
	pdf.SetXY(seatMargin, seatMargin)
	fitSize(pdf, "B", title, 180, 16, 10)
	pdf.CellFormat(180, 8, title, "", 0, "L", false, 0, "")
	y := seatMargin + 9
	if sub != "" {
		pdf.SetFont(fontFamily, "", 9.5)
		pdf.SetTextColor(70, 70, 70)
		pdf.SetXY(seatMargin, y)
		pdf.MultiCell(180, 5, sub, "", "L", false)
		pdf.SetTextColor(0, 0, 0)
		y = pdf.GetY()
	}
	return y + 2
}

// seatRules states the rules of the plan in the language.
func seatRules(l i18n.Lang, r seating.Rules) string {
	sp := l.T("Spouses beside their guest")
	if r.Spouses == seating.SpouseNotSeated {
		sp = l.T("Spouses not seated")
	}
	dep := l.T("Deputies by their own rank")
	if r.Deputies == seating.DeputyPrincipal {
		dep = l.T("Deputies in their principal's place")
	}
	return sp + "; " + dep + "."
}

// seatPlace says where a seat is from the table's anchor.
func seatPlace(l i18n.Lang, t seating.Table, n int, hosted bool) string {
	side, k := seating.Place(t, n)
	switch side {
	case seating.Right:
		return fmt.Sprintf(l.T("right %d"), k)
	case seating.Left:
		return fmt.Sprintf(l.T("left %d"), k)
	}
	if hosted {
		return l.T("Host")
	}
	return ""
}

// seatLine says who sits on a seat and their mission, and whether the
// seat was left empty by a guest who no longer comes.
func seatLine(l i18n.Lang, p seating.Plan, s seating.Seat) (name, mission string, vacated bool) {
	switch s.Kind {
	case seating.AtHost:
		if s.Host < len(p.Hosts) && p.Hosts[s.Host].Name != "" {
			return p.Hosts[s.Host].String(), "", false
		}
		if s.Host == 0 {
			return l.T("Host"), "", false
		}
		return l.T("Co-host"), "", false
	case seating.Guest1:
		return guestLine(l, s.Guest), countryLine(l, s.Guest.Mission), false
	case seating.Spouse:
		return fmt.Sprintf(l.T("Spouse of %s"), l.PrintedName(s.Guest.Person, s.Guest.Mission.Country)), countryLine(l, s.Guest.Mission), false
	}
	if s.Vacated {
		if s.Was.Person.ID == 0 {
			return l.T("Empty: the guest is no longer on the list"), "", true
		}
		return fmt.Sprintf(l.T("Empty: %s no longer comes"), s.Was.Person.FullName()), countryLine(l, s.Was.Mission), true
	}
	return "", "", false
}

// guestLine is a guest's name with their form of address, a deputy's
// marked as such.
func guestLine(l i18n.Lang, g seating.Guest) string {
	name := l.ListedName(g.Person, g.Mission.Country)
	if g.Deputy {
		return fmt.Sprintf(l.T("%s (deputy)"), name)
	}
	return name
}

// seatUnseated lists the guests coming without a seat after the tables.
func seatUnseated(pdf *fpdf.Fpdf, l i18n.Lang, gs []seating.Guest, y float64) {
	if y+3*seatRow > seatBottom {
		pdf.AddPage()
		y = seatMargin
	}
	y += 4
	pdf.SetFont(fontFamily, "B", 11)
	pdf.SetXY(seatMargin, y)
	pdf.CellFormat(180, 7, fmt.Sprintf(l.T("Coming without a seat: %d"), len(gs)), "", 0, "L", false, 0, "")
	y += 7
	for _, g := range gs {
		if y+seatRow > seatBottom {
			pdf.AddPage()
			y = seatMargin
		}
		line := guestLine(l, g) + " · " + countryLine(l, g.Mission)
		fitSize(pdf, "", line, 180, 10, 6.5)
		pdf.SetXY(seatMargin, y)
		pdf.CellFormat(180, seatRow, line, "", 0, "L", false, 0, "")
		y += seatRow
	}
}
