package vcf

import (
	"math/bits"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// Outlook and old phones write 8-bit text in the system's code page
// without saying which. guessCharset reads such text in each code page
// officers meet and keeps the reading that looks most like words of one
// language: letters of one script inside a word, vowels among the
// consonants, capitals at the start, letters the language has, and no
// stray symbols or control characters. All such text of a card is judged
// together, as one word may be ambiguous ("Aydın" or "Aydýn") where a
// card is not.

// A codePage is a single-byte encoding a card may be written in, with
// what each byte means to the guess.
type codePage struct {
	name   string // as the note says it
	runes  [256]rune
	glyphs [256]glyph
}

// codePages are the encodings guessCharset chooses between. On a tie the
// earlier wins: the same text reads the same in Windows-1252 and -1250.
var codePages = []*codePage{
	newCodePage(charmap.Windows1251, msg("Windows-1251 (Cyrillic)")),
	newCodePage(charmap.Windows1252, msg("Windows-1252 (Western European)")),
	newCodePage(charmap.Windows1250, msg("Windows-1250 (Central European)")),
	newCodePage(charmap.Windows1254, msg("Windows-1254 (Turkish)")),
	newCodePage(charmap.Windows1253, msg("Windows-1253 (Greek)")),
	newCodePage(charmap.KOI8R, msg("KOI8-R (Cyrillic)")),
	newCodePage(charmap.CodePage866, msg("CP866 (Cyrillic, DOS)")),
	newCodePage(charmap.Windows1255, msg("Windows-1255 (Hebrew)")),
	newCodePage(charmap.Windows1256, msg("Windows-1256 (Arabic)")),
}

func newCodePage(m *charmap.Charmap, name string) *codePage {
	cp := &codePage{name: name}
	for b := range 256 {
		r := m.DecodeByte(byte(b))
		cp.runes[b] = r
		cp.glyphs[b] = glyphOf(r)
	}
	return cp
}

// decode reads b in the code page.
func (cp *codePage) decode(b string) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for i := 0; i < len(b); i++ {
		sb.WriteRune(cp.runes[b[i]])
	}
	return sb.String()
}

// guessCharset returns the code page in which the values read best.
func guessCharset(values []string) *codePage {
	best, bestScore := codePages[0], float32(-1e30)
	for _, cp := range codePages {
		var s scorer
		for _, v := range values {
			for i := 0; i < len(v); i++ {
				s.add(&cp.glyphs[v[i]])
			}
			s.endWord()
		}
		if score := s.total(); score > bestScore {
			best, bestScore = cp, score
		}
	}
	return best
}

// A glyph is what a decoded character tells the guess.
type glyph struct {
	kind   glyphKind
	script uint8 // of a letter: latin, cyrillic, greek, hebrew, arabic
	upper  bool
	vowel  bool
	tonos  bool // a Greek vowel with an accent
	final  bool // a letter that ends words: Greek ς, Hebrew ך ם ן ף ץ
	signs  bool // ь, ъ or ы: never at the start of a Russian word nor after a vowel
	ascii  bool
	weight float32 // how common the letter is in the languages that have it
	langs  uint32  // the languages whose alphabet has the letter (non-ASCII letters)
}

type glyphKind uint8

const (
	breaks  glyphKind = iota // space, digit, punctuation: between words
	letter                   // a letter of a script the code pages write
	odd                      // a symbol no text has inside a word
	garbage                  // a control character or a byte the code page lacks
)

const (
	latin uint8 = iota + 1
	cyrillic
	greek
	hebrew
	arabic
)

// languages lists, for each language, the letters beyond ASCII its
// alphabet has (lower case); a card's text is judged by the language it
// fits best.
var languages = []string{
	"äöüß",              // German
	"àâæçéèêëîïôœùûüÿ",  // French
	"áéíñóúü",           // Spanish
	"áâãàçéêíóôõú",      // Portuguese
	"àèéìíîòóù",         // Italian
	"áéèëïóöü",          // Dutch
	"æøåäöé",            // Danish, Norwegian, Swedish, Finnish
	"áðéíóúýþæö",        // Icelandic
	"ąćęłńóśźż",         // Polish
	"áčďéěíňóřšťúůýž",   // Czech
	"áäčďéíĺľňóôŕšťúýž", // Slovak
	"áéíóöőúüű",         // Hungarian
	"ăâîșțşţ",           // Romanian
	"čćđšž",             // Croatian, Serbian, Slovene, Bosnian
	"çğıİöşüâîû",        // Turkish, Azerbaijani
	"çë",                // Albanian
	"абвгдеёжзийклмнопрстуфхцчшщъыьэюя",          // Russian, Kazakh
	"абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",          // Ukrainian
	"абвгдеёжзійклмнопрстуўфхцчшыьэюя",           // Belarusian
	"абвгдђежзијклљмнњопрстћуфхцчџшѓќѕ",          // Serbian, Macedonian
	"αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋΐΰ",       // Greek
	"אבגדהוזחטיךכלםמןנסעףפץצקרשת",                // Hebrew
	"ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژگکی", // Arabic, Persian
}

// weights say how often a letter comes in the languages that have it;
// letters not listed weigh 1.
var weights = map[rune]float32{
	'œ': 0.3, 'ð': 0.3, 'þ': 0.3, 'ÿ': 0.3, 'ý': 0.5, 'ë': 0.6, 'ï': 0.6, 'î': 0.6, 'û': 0.6, 'ì': 0.6,
	'ò': 0.6, 'õ': 0.6, 'æ': 0.6, 'ź': 0.6, 'ď': 0.5, 'ť': 0.5, 'ň': 0.5, 'ľ': 0.5, 'ĺ': 0.3, 'ŕ': 0.3,
	'đ': 0.6, 'ţ': 0.6, 'ù': 0.6,
	'я': 0.7, 'ы': 0.7, 'ь': 0.7, 'г': 0.7, 'з': 0.7, 'б': 0.7, 'ч': 0.7, 'й': 0.7, 'х': 0.7, 'ж': 0.7,
	'ш': 0.7, 'ю': 0.7, 'ц': 0.4, 'щ': 0.4, 'э': 0.4, 'ф': 0.4, 'ъ': 0.3, 'ё': 0.4,
	'ґ': 0.5, 'є': 0.5, 'ї': 0.5, 'ў': 0.5, 'ђ': 0.3, 'ј': 0.5, 'љ': 0.5, 'њ': 0.5, 'ћ': 0.3, 'џ': 0.3,
	'ѓ': 0.3, 'ќ': 0.3, 'ѕ': 0.3,
	'γ': 0.7, 'δ': 0.7, 'θ': 0.7, 'χ': 0.7, 'φ': 0.7, 'β': 0.7, 'ξ': 0.4, 'ψ': 0.4, 'ζ': 0.4,
	'ϊ': 0.3, 'ϋ': 0.3, 'ΐ': 0.3, 'ΰ': 0.3,
}

// letterLangs maps each letter of languages to the set of languages that
// have it.
var letterLangs = func() map[rune]uint32 {
	m := map[rune]uint32{}
	for i, alphabet := range languages {
		for _, r := range alphabet {
			m[r] |= 1 << i
		}
	}
	return m
}()

// separators are the punctuation marks beyond ASCII that text has between
// words: no sign of a wrong code page.
const separators = "\u00a0«»—–…“”„‘’•·№€°§"

// vowels are the vowels of the languages, lower case.
const vowels = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęěıőűůăаеёиоуыэюяіїєўαεηιοωυάέήίόύώϊϋΐΰ"

func glyphOf(r rune) glyph {
	switch {
	case r == unicode.ReplacementChar, unicode.IsControl(r) && r >= 0x80:
		return glyph{kind: garbage}
	case r < 0x80 && (unicode.IsLetter(r)):
		lower := unicode.ToLower(r)
		return glyph{kind: letter, script: latin, ascii: true, upper: unicode.IsUpper(r), vowel: strings.ContainsRune(vowels, lower)}
	case r < 0x80, unicode.IsSpace(r), strings.ContainsRune(separators, r):
		return glyph{kind: breaks}
	case !unicode.IsLetter(r):
		return glyph{kind: odd}
	}
	g := glyph{kind: letter, upper: unicode.IsUpper(r)}
	switch {
	case unicode.Is(unicode.Latin, r):
		g.script = latin
	case unicode.Is(unicode.Cyrillic, r):
		g.script = cyrillic
	case unicode.Is(unicode.Greek, r):
		g.script = greek
	case unicode.Is(unicode.Hebrew, r):
		g.script, g.vowel = hebrew, true // written without vowels
	case unicode.Is(unicode.Arabic, r):
		g.script, g.vowel = arabic, true
	default:
		return glyph{kind: odd} // µ, ª, º: symbols to a guess
	}
	lower := unicode.ToLower(r)
	g.vowel = g.vowel || strings.ContainsRune(vowels, lower)
	if r == 'İ' {
		lower = r
	}
	g.langs = letterLangs[lower]
	g.weight = 1
	if w, ok := weights[lower]; ok {
		g.weight = w
	}
	g.final = strings.ContainsRune("ςךםןףץ", lower)
	g.signs = strings.ContainsRune("ьъы", lower)
	if g.script == hebrew {
		g.weight = 0.9 // capitals in KOI8-R are Hebrew letters in Windows-1255: Cyrillic first
	}
	g.tonos = strings.ContainsRune("άέήίόύώΐΰ", lower)
	return g
}

// A scorer adds up the evidence of one reading; languages has fewer than
// 32 entries.
type scorer struct {
	penalty float32
	letters int         // letters beyond ASCII
	inLang  [32]float32 // their weight in each language that has them
	count   [32]int     // how many each language has
	word    wordState
}

type wordState struct {
	letters, nonASCII, vowels, tonos   int
	scripts                            uint8 // bit per script
	prevLower, prevNonASCII, prevVowel bool
	final                              bool   // the last letter ends words
	odd                                int    // odd symbols since the last letter
	last                               *glyph // the last letter
}

func (s *scorer) add(g *glyph) {
	w := &s.word
	switch g.kind {
	case breaks:
		s.endWord()
	case garbage:
		s.penalty += 5
	case odd:
		w.odd++
	case letter:
		if w.odd > 0 {
			if w.letters > 0 {
				s.penalty += 3 * float32(w.odd) // a symbol inside a word
			} else {
				s.penalty += float32(w.odd)
			}
			w.odd = 0
		}
		if w.final {
			s.penalty += 3 // "Οεςπξβ": Windows-1251 read as Windows-1253
		}
		if g.upper && w.prevLower && (!g.ascii || w.prevNonASCII) {
			s.penalty += 1.5 // "рЕФТПЧ": KOI8-R read as Windows-1251
		}
		w.letters++
		w.scripts |= 1 << g.script
		if g.vowel {
			w.vowels++
		}
		if g.tonos {
			w.tonos++
		}
		w.final, w.last = g.final, g
		if g.signs && (w.letters == 1 || w.prevVowel) {
			s.penalty++ // "ВИЫЕО": Hebrew read as KOI8-R
		}
		w.prevLower, w.prevNonASCII, w.prevVowel = !g.upper, !g.ascii, g.vowel
		if !g.ascii {
			w.nonASCII++
			s.letters++
			for set := g.langs; set != 0; set &= set - 1 {
				i := bits.TrailingZeros32(set)
				s.inLang[i] += g.weight
				s.count[i]++
			}
		}
	}
}

// endWord judges the word that ends.
func (s *scorer) endWord() {
	w := &s.word
	s.penalty += float32(w.odd)
	if w.nonASCII > 0 {
		if w.scripts&(w.scripts-1) != 0 {
			s.penalty += 4 // Latin and Cyrillic letters in one word
		}
		if w.letters >= 3 && w.vowels == 0 {
			s.penalty += 2
		}
		if w.scripts == 1<<latin && w.letters >= 3 && 2*w.nonASCII > w.letters {
			s.penalty += float32(w.nonASCII) - float32(w.letters)/2 // "Ïåòðîâ"
		}
		if w.tonos > 1 {
			s.penalty += 2 * float32(w.tonos-1)
		}
		if w.letters == 1 {
			// One letter tells little ("100 €" is "100 А" in CP866), a rare
			// one that it is no word ("100 Ђ" in Windows-1251).
			s.takeBack(w.last)
			if w.last.weight < 0.5 {
				s.penalty++
			}
		}
	}
	*w = wordState{}
}

// takeBack withdraws what a letter added to the languages.
func (s *scorer) takeBack(g *glyph) {
	s.letters--
	for set := g.langs; set != 0; set &= set - 1 {
		i := bits.TrailingZeros32(set)
		s.inLang[i] -= g.weight
		s.count[i]--
	}
}

// total is the score of the reading: the letters that fit the language
// they fit best, less those that fit it not, less the penalties.
func (s *scorer) total() float32 {
	s.endWord()
	best := float32(-1e9)
	for i := range languages {
		if v := s.inLang[i] - float32(s.letters-s.count[i]); v > best {
			best = v
		}
	}
	if s.letters == 0 {
		best = 0
	}
	return best - s.penalty
}
