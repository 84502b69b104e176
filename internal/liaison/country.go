package liaison

import (
	"strings"

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
