package liaison

import "testing"

// benchMissionNames are mission names and country cells as ministry lists
// write them, the text GuessCountry reads once per row of an import.
var benchMissionNames = []string{
	"Embassy of the Federal Republic of Germany in the Republic of Kazakhstan",
	"Посольство Южно-Африканской Республики в Республике Казахстан",
	"Генеральное консульство Российской Федерации в Алматы",
	"OSCE Programme Office in Astana",
	"Embassy of the United Kingdom of Great Britain and Northern Ireland",
	"Посольство Боливарианской Республики Венесуэла",
	"Германия Федеративтік Республикасының Қазақстан Республикасындағы Елшілігі",
	"Ambassade de France au Kazakhstan",
	"Honorary Consulate of the Republic of Estonia in Almaty",
	"ЮАР",
}

func BenchmarkGuessCountry(b *testing.B) {
	GuessCountry("") // build the tables outside the timing
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		GuessCountry(benchMissionNames[i%len(benchMissionNames)])
	}
}

func BenchmarkParseCountry(b *testing.B) {
	ParseCountry("Germany")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ParseCountry(benchMissionNames[i%len(benchMissionNames)])
	}
}

// BenchmarkCountryTables measures what the first GuessCountry of a run
// pays: building the tables of names.
func BenchmarkCountryTables(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildCountryPhrases()
	}
}
