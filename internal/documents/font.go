package documents

import (
	"codeberg.org/go-pdf/fpdf"
	"fyne.io/fyne/v2/theme"
)

// fontFamily is the family every document is set in: Noto Sans, the font
// Fyne embeds in the binary (SIL Open Font License 1.1, which allows
// embedding it in documents). It covers Cyrillic with the Kazakh letters
// ә ғ қ ң ө ұ ү һ і; no font of the system is ever used, so a letter
// prints the same on every machine.
const fontFamily = "NotoSans"

// addFonts registers Noto Sans regular and bold as UTF-8 fonts; fpdf
// embeds only the glyphs a document uses.
func addFonts(pdf *fpdf.Fpdf) {
	pdf.AddUTF8FontFromBytes(fontFamily, "", theme.DefaultTextFont().Content())
	pdf.AddUTF8FontFromBytes(fontFamily, "B", theme.DefaultTextBoldFont().Content())
}
