package liaison

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// ValidCountry reports whether code is an ISO 3166-1 alpha-2 code of a
// country or territory in use, such as "DE" or "KZ" (upper case). "XK"
// (Kosovo), though user-assigned, is accepted because CLDR names it;
// withdrawn codes (SU, YU) and codes ISO only reserves (UN, EU) are not.
func ValidCountry(code string) bool {
	if len(code) != 2 || strings.ToUpper(code) != code || notCountries[code] {
		return false
	}
	r, err := language.ParseRegion(code)
	return err == nil && r.IsCountry() && r.String() == code && r.Canonicalize().String() == code
}

// notCountries are codes CLDR accepts as regions that name no country
// today: exceptional reservations of ISO 3166, CLDR's own additions, and
// withdrawn codes that CLDR does not map to a successor.
var notCountries = map[string]bool{
	"AC": true, "CP": true, "CQ": true, "DG": true, "EA": true, "EU": true, "EZ": true,
	"IC": true, "QO": true, "TA": true, "UN": true, "ZZ": true,
	"AN": true, "CS": true, "FQ": true, "NT": true, "PC": true, "SU": true, "YU": true,
}

// CountryName returns the country's English name from CLDR ("Germany"), or
// the code itself when CLDR has none.
func CountryName(code string) string {
	return countryNameIn(display.English.Regions(), code)
}

// countryNames returns the country's names in English, Russian and Kazakh,
// the languages officers search in.
func countryNames(code string) []string {
	if code == "" {
		return nil
	}
	return []string{
		countryNameIn(display.English.Regions(), code),
		countryNameIn(display.Russian.Regions(), code),
		countryNameIn(display.Regions(language.Kazakh), code),
	}
}

func countryNameIn(n display.Namer, code string) string {
	if code == "" {
		return ""
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if name := n.Name(r); name != "" {
		return name
	}
	return code
}

// CountryCodes returns every code ValidCountry accepts, in code order.
func CountryCodes() []string {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if code := string([]rune{a, b}); ValidCountry(code) {
				codes = append(codes, code)
			}
		}
	}
	return codes
}

// ParseCountry reads a country as officers and documents write it: a code
// ("DE", "de") or a name in English, Russian or Kazakh, short or official
// ("Germany", "Federal Republic of Germany", "Германия", "Южно-Африканская
// Республика", "Қазақстан Республикасы") or as officers abbreviate it
// ("ЮАР", "UAE"), ignoring case, accents and ё. It returns the code; "" for
// an empty string.
func ParseCountry(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if len(s) == 2 {
		if up := strings.ToUpper(s); ValidCountry(up) {
			return up, nil
		}
	}
	if code, ok := countryByName()[Fold(s)]; ok {
		return code, nil
	}
	return "", fmt.Errorf("%q is not a country Liaison knows; use its name or its two-letter code such as DE", s)
}

//go:generate go run ./internal/gencountries -o countries_gen.go

// An isoCountry holds the names ISO 3166-1 gives a country (short,
// official, common) in English, Russian and Kazakh; countries_gen.go lists
// them.
type isoCountry struct {
	code       string
	en, ru, kk []string
}

// countryByName maps the folded names of every country, in the three
// languages, to its code: the officers' aliases, then ISO's names, then
// CLDR's; where two give one folded name to different codes, the first
// stands. It is built once, on first use.
var countryByName = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	eachCountryName(func(name, code string, _ language.Tag) {
		if key := Fold(name); key != "" {
			if _, taken := m[key]; !taken {
				m[key] = code
			}
		}
	})
	return m
})

// eachCountryName calls fn with every name of every country that
// ParseCountry accepts, and the language it is in: the officers' aliases
// (und), ISO's names and CLDR's, in that order.
func eachCountryName(fn func(name, code string, lang language.Tag)) {
	for _, a := range countryAliases {
		for _, name := range a.names {
			fn(name, a.code, language.Und)
		}
	}
	for _, c := range isoCountries {
		if !ValidCountry(c.code) {
			continue
		}
		for _, name := range c.en {
			fn(name, c.code, language.English)
		}
		for _, name := range c.ru {
			fn(name, c.code, language.Russian)
		}
		for _, name := range c.kk {
			fn(name, c.code, language.Kazakh)
		}
	}
	en, ru, kk := display.English.Regions(), display.Russian.Regions(), display.Regions(language.Kazakh)
	for _, code := range CountryCodes() {
		fn(countryNameIn(en, code), code, language.English)
		fn(countryNameIn(ru, code), code, language.Russian)
		fn(countryNameIn(kk, code), code, language.Kazakh)
	}
}
