package documents

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"liaison/internal/i18n"
)

// defaultTexts are the letters' templates as a ministry writes them in
// each language. The details go on lines of their own, so that no
// language has to decline a title or a date typed in another.
var defaultTexts = map[i18n.Lang]string{
	i18n.En: `I have the honour to invite you to the event "{{EventTitle}}".

[[Host: {{Host}}]]
Date: {{EventDate}}[[, {{EventTime}}]]
[[Venue: {{Venue}}]]
[[Dress code: {{DressCode}}]]

[[I should be grateful if you would kindly confirm your participation by {{ReplyBy}}.]]

Please accept the assurances of my highest consideration.`,
	i18n.Ru: `Имею честь пригласить Вас на мероприятие «{{EventTitle}}».

[[Организатор: {{Host}}]]
Дата проведения: {{EventDate}}[[, начало в {{EventTime}}]]
[[Место проведения: {{Venue}}]]
[[Форма одежды: {{DressCode}}]]

[[Просим подтвердить Ваше участие до {{ReplyBy}}]]

Пользуясь случаем, прошу Вас принять уверения в моём высоком уважении.`,
	i18n.Kk: `Сізді «{{EventTitle}}» іс-шарасына шақыруды өзіме мәртебе санаймын.

[[Ұйымдастырушы: {{Host}}]]
Өтетін күні: {{EventDate}}[[, сағат {{EventTime}}]]
[[Өтетін орны: {{Venue}}]]
[[Киім үлгісі: {{DressCode}}]]

[[Қатысуыңызды растау мерзімі: {{ReplyBy}}]]

Осы мүмкіндікті пайдалана отырып, Сізге деген жоғары құрметімді білдіремін.`,
}

// DefaultText is the letters' template in the language: the body of the
// letter between the salutation and the signatory, with placeholders
// written {{Name}} (see Fields) and optional parts in [[double
// brackets]], left out when a placeholder in them is empty. Each line is
// a paragraph; an empty line leaves a space.
func DefaultText(l i18n.Lang) string {
	if t, ok := defaultTexts[l]; ok {
		return t
	}
	return defaultTexts[i18n.En]
}

var (
	placeholder = regexp.MustCompile(`{{\s*([A-Za-z]+)\s*}}`)
	optional    = regexp.MustCompile(`\[\[(.*?)\]\]`)
)

// CheckText returns an error naming the placeholders of text that are
// none of Fields, so that a typing mistake in an edited template is
// found before hundreds of letters print "{{Adressee}}".
func CheckText(text string) error {
	known := map[string]bool{}
	for _, f := range Fields {
		known[f] = true
	}
	var bad []string
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		if !known[m[1]] {
			bad = append(bad, "{{"+m[1]+"}}")
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("documents: the letter's text has placeholders Liaison does not know: %s; the known ones are {{%s}}",
		strings.Join(bad, ", "), strings.Join(Fields, "}}, {{"))
}

// FillText puts the fields into the template text: each {{Name}} becomes
// its field, and each [[optional part]] is left out when a placeholder
// in it is empty. A line left empty by that is dropped, so a letter to
// an event without a dress code has no empty "Dress code:" line.
func FillText(text string, fields map[string]string) string {
	fill := func(s string) string {
		return placeholder.ReplaceAllStringFunc(s, func(m string) string {
			return fields[placeholder.FindStringSubmatch(m)[1]]
		})
	}
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		hadText := strings.TrimSpace(line) != ""
		line = optional.ReplaceAllStringFunc(line, func(m string) string {
			inner := optional.FindStringSubmatch(m)[1]
			for _, p := range placeholder.FindAllStringSubmatch(inner, -1) {
				if strings.TrimSpace(fields[p[1]]) == "" {
					return ""
				}
			}
			return fill(inner)
		})
		line = strings.TrimRight(fill(line), " ")
		if hadText && strings.TrimSpace(line) == "" {
			continue
		}
		out = append(out, line)
	}
	return strings.Trim(strings.Join(out, "\n"), "\n")
}

// The letter's page: A4, margins in millimetres.
const (
	letterLeft  = 25.0
	letterRight = 20.0
	letterTop   = 20.0
	letterWidth = 210 - letterLeft - letterRight
	bodySize    = 12.0
)

// letters writes one page per invitee who has not declined.
func (j Job) letters() (*fpdf.Fpdf, int, error) {
	text := j.Text
	if strings.TrimSpace(text) == "" {
		text = DefaultText(j.Lang)
	}
	if err := CheckText(text); err != nil {
		return nil, 0, err
	}
	to := LetterRecipients(j.Invitees)
	if len(to) == 0 {
		return nil, 0, ErrNobody
	}
	pdf := newPDF(j, "P", a4)
	// A text the officer made long goes on to a second page rather than
	// off the bottom of the first.
	pdf.SetAutoPageBreak(true, 20)
	head, err := letterhead(pdf, j.Settings.Letterhead)
	if err != nil {
		return nil, 0, err
	}
	s := j.Settings
	s.Today = j.today()
	for _, in := range to {
		f := LetterFields(j.Lang, j.Event, in.Placed, s)
		pdf.AddPage()
		y := letterTop
		if head != nil {
			y = head.draw(pdf)
		}
		y = letterDate(pdf, j.Lang, y, f[FieldToday])
		y = addresseeBlock(pdf, j.Lang, y+8, f)
		y = salutationLine(pdf, j.Lang, y+12, f[FieldSalutation])
		y = letterBody(pdf, y+6, FillText(text, f))
		signatory(pdf, y+16, f[FieldSignatoryTitle], f[FieldSignatory])
		if err := pdfErr(pdf); err != nil {
			return nil, 0, err
		}
	}
	return pdf, len(to), nil
}

// A letterheadImage is the office's letterhead, registered once and
// drawn at the top of every letter.
type letterheadImage struct {
	name          string
	width, height float64 // as printed, in millimetres
}

// The room the letterhead takes at most, in millimetres.
const (
	letterheadTop       = 10.0
	letterheadMaxHeight = 40.0
)

// letterhead reads the image at path (a PNG or JPEG) and registers it;
// nil when path is "".
func letterhead(pdf *fpdf.Fpdf, path string) (*letterheadImage, error) {
	if strings.TrimSpace(path) == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("documents: cannot read the letterhead: %w", err)
	}
	kind := imageType(b)
	if kind == "" {
		return nil, fmt.Errorf("documents: the letterhead %s is not a PNG or JPEG image", path)
	}
	info := pdf.RegisterImageOptionsReader("letterhead", fpdf.ImageOptions{ImageType: kind}, strings.NewReader(string(b)))
	if err := pdf.Error(); err != nil || info == nil {
		return nil, fmt.Errorf("documents: the letterhead %s cannot be read as an image: %v", path, err)
	}
	w, h := info.Width(), info.Height()
	if w <= 0 || h <= 0 {
		return nil, fmt.Errorf("documents: the letterhead %s is empty", path)
	}
	// As wide as the text, unless that makes it taller than its room.
	pw := letterWidth
	ph := h * pw / w
	if ph > letterheadMaxHeight {
		ph = letterheadMaxHeight
		pw = w * ph / h
	}
	return &letterheadImage{name: "letterhead", width: pw, height: ph}, nil
}

// draw prints the letterhead centred at the top and returns where the
// text starts under it.
func (h *letterheadImage) draw(pdf *fpdf.Fpdf) float64 {
	x := letterLeft + (letterWidth-h.width)/2
	pdf.ImageOptions(h.name, x, letterheadTop, h.width, h.height, false, fpdf.ImageOptions{}, 0, "")
	return letterheadTop + h.height + 6
}

// letterDate prints the date at the right and returns the line under it.
func letterDate(pdf *fpdf.Fpdf, l i18n.Lang, y float64, today string) float64 {
	pdf.SetFont(fontFamily, "", 11)
	pdf.SetXY(letterLeft, y)
	pdf.CellFormat(letterWidth, lineHeight(11), today, "", 1, "R", false, 0, "")
	return pdf.GetY()
}

// addresseeBlock prints the addressee, position, mission and address:
// at the left in English, at the right in Russian and Kazakh, as their
// letters place it. It returns the line under it.
func addresseeBlock(pdf *fpdf.Fpdf, l i18n.Lang, y float64, f map[string]string) float64 {
	x, w := letterLeft, 95.0
	if l != i18n.En {
		x, w = 210-letterRight-88, 88.0
	}
	pdf.SetXY(x, y)
	pdf.SetLeftMargin(x)
	pdf.SetFont(fontFamily, "B", 11)
	pdf.MultiCell(w, lineHeight(11), f[FieldAddressee], "", "L", false)
	pdf.SetFont(fontFamily, "", 11)
	for _, k := range []string{FieldPosition, FieldMission, FieldMissionAddress} {
		if s := f[k]; s != "" {
			pdf.SetX(x)
			pdf.MultiCell(w, lineHeight(11), s, "", "L", false)
		}
	}
	pdf.SetLeftMargin(letterLeft)
	return pdf.GetY()
}

// salutationLine prints the salutation: centred in Russian and Kazakh,
// at the left in English. It returns the line under it.
func salutationLine(pdf *fpdf.Fpdf, l i18n.Lang, y float64, s string) float64 {
	align := "C"
	if l == i18n.En {
		align = "L"
	}
	pdf.SetFont(fontFamily, "B", bodySize)
	pdf.SetXY(letterLeft, y)
	pdf.CellFormat(letterWidth, lineHeight(bodySize), s, "", 1, align, false, 0, "")
	return pdf.GetY()
}

// letterBody prints the filled-in text, a paragraph a line, justified,
// and returns the line under it.
func letterBody(pdf *fpdf.Fpdf, y float64, text string) float64 {
	pdf.SetFont(fontFamily, "", bodySize)
	lh := lineHeight(bodySize)
	pdf.SetXY(letterLeft, y)
	for _, para := range strings.Split(text, "\n") {
		if strings.TrimSpace(para) == "" {
			pdf.SetY(pdf.GetY() + lh/2)
			continue
		}
		pdf.SetX(letterLeft)
		pdf.MultiCell(letterWidth, lh, para, "", "J", false)
	}
	return pdf.GetY()
}

// signatory prints the signatory's title at the left and their name at
// the right of its last line, as official letters sign.
func signatory(pdf *fpdf.Fpdf, y float64, title, name string) {
	if title == "" && name == "" {
		return
	}
	lh := lineHeight(bodySize)
	pdf.SetFont(fontFamily, "", bodySize)
	pdf.SetXY(letterLeft, y)
	if title != "" {
		pdf.MultiCell(90, lh, title, "", "L", false)
		y = pdf.GetY() - lh
	}
	pdf.SetFont(fontFamily, "B", bodySize)
	pdf.SetXY(letterLeft, y)
	pdf.CellFormat(letterWidth, lh, name, "", 1, "R", false, 0, "")
}
