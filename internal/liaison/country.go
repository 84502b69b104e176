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
// ("DE", "de") or a name in English, Russian or Kazakh ("Germany",
// "Германия", "Германия"), ignoring case, accents and ё. It returns the
// code; "" for an empty string.
func ParseCountry(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if up := strings.ToUpper(s); ValidCountry(up) {
		return up, nil
	}
	if code, ok := countryByName()[Fold(s)]; ok {
		return code, nil
	}
	return "", fmt.Errorf("%q is not a country Liaison knows; use its name or its two-letter code such as DE", s)
}

// countryByName maps the folded names of every country, in the three
// languages, to its code. It is built once, on first use.
var countryByName = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, code := range CountryCodes() {
		for _, name := range countryNames(code) {
			m[Fold(name)] = code
		}
	}
	// Names in common use that CLDR spells otherwise.
	for name, code := range map[string]string{
		"USA": "US", "United States of America": "US", "UK": "GB", "Great Britain": "GB",
		"Britain": "GB", "England": "GB", "Russian Federation": "RU", "Korea": "KR",
		"Republic of Korea": "KR", "Türkiye": "TR", "Turkey": "TR", "Holy See": "VA",
		"Czech Republic": "CZ", "Iran (Islamic Republic of)": "IR", "UAE": "AE",
		"США": "US", "Великобритания": "GB", "Российская Федерация": "RU",
		"Республика Корея": "KR", "Южная Корея": "KR", "ОАЭ": "AE", "Турция": "TR",
		"Святой Престол": "VA", "Чехия": "CZ", "Киргизия": "KG", "Кыргызстан": "KG",
	} {
		m[Fold(name)] = code
	}
	return m
})
