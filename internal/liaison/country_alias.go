package liaison

import "sync"

// A countryAlias lists names officers use for a country that neither ISO
// nor CLDR gives, or that the CLDR of golang.org/x/text gives only because
// it is old ("Swaziland", "Macedonia", "Turkey"): abbreviations, former
// and colloquial names, and other spellings in Russian and Kazakh.
type countryAlias struct {
	code  string
	names []string
}

// countryAliases are the names ParseCountry and GuessCountry accept on top
// of ISO's and CLDR's. They come first: where an alias and ISO's or
// CLDR's name fold alike, the alias stands.
var countryAliases = []countryAlias{
	{"AE", []string{"UAE", "U.A.E.", "ОАЭ", "БАӘ", "Эмираты"}},
	{"BA", []string{"Bosnia", "Босния"}},
	{"BY", []string{"Belorussia", "Byelorussia", "Белоруссия", "Белорусь", "Беларусия"}},
	{"CD", []string{"Democratic Republic of Congo", "DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Congo (Kinshasa)", "ДРК", "ДР Конго", "Конго-Киншаса"}},
	{"CG", []string{"Republic of Congo", "Congo-Brazzaville", "Congo (Brazzaville)", "Конго-Браззавиль"}},
	{"CI", []string{"Ivory Coast", "Берег Слоновой Кости"}},
	{"CN", []string{"PRC", "P.R. China", "КНР", "ҚХР"}},
	{"CZ", []string{"Czech Republic", "Чехия"}},
	{"DE", []string{"FRG", "ФРГ", "ГФР"}},
	{"GB", []string{"UK", "U.K.", "Great Britain", "Britain", "England", "Великобритания", "Англия", "Ұлыбритания"}},
	{"IR", []string{"Persia", "Персия"}},
	{"KG", []string{"Kyrgyzstan", "Kirghizia", "Kirgizia", "Киргизия", "Кыргызстан", "Кыргызская Республика", "Қырғызстан"}},
	{"KP", []string{"DPRK", "D.P.R.K.", "КНДР", "ҚХДР"}},
	{"KR", []string{"Korea", "ROK", "R.O.K.", "Корея", "Южная Корея"}},
	{"KZ", []string{"Qazaqstan", "Kazakstan", "Kazakhstan Republic", "Казахстан", "Қазақстан", "РК"}},
	{"LA", []string{"Laos", "Lao PDR", "Лаос", "ЛНДР"}},
	{"MD", []string{"Moldavia", "Молдавия"}},
	{"MK", []string{"Macedonia", "FYROM", "Republic of Macedonia", "Македония", "Республика Македония"}},
	{"MM", []string{"Burma", "Бирма"}},
	{"NL", []string{"Holland", "Голландия"}},
	{"RU", []string{"РФ", "Ресей Федерациясы"}},
	{"SZ", []string{"Swaziland", "Свазиленд"}},
	{"TL", []string{"East Timor"}},
	{"TR", []string{"Turkey", "Türkiye", "Turkiye", "Турция", "Түркия"}},
	{"US", []string{"USA", "U.S.A.", "США", "АҚШ"}},
	{"VA", []string{"Vatican", "Vatican City", "Holy See", "Ватикан", "Святой Престол", "Святейший Престол"}},
	{"ZA", []string{"RSA", "ЮАР", "ОАР"}},
}

// AliasedCountryNames returns, for a folded search word that is one of the
// officers' aliases of a country ("юар", "сша", "uae"), the names search
// keys hold for that country: its English, Russian and Kazakh names,
// folded. Keys carry those names, not the aliases, so a search for an alias
// looks for them too. nil for any other word.
func AliasedCountryNames(word string) []string {
	code, ok := aliasOf()[word]
	if !ok {
		return nil
	}
	var out []string
	for _, n := range countryNames(code) {
		if f := Fold(n); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// aliasOf maps each alias, folded, to its country.
var aliasOf = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, a := range countryAliases {
		for _, name := range a.names {
			m[Fold(name)] = a.code
		}
	}
	return m
})
