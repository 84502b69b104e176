package importer

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// workbook writes rows (the first is the header) into a one-sheet
// workbook and returns its bytes.
func workbook(t *testing.T, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellValue("Sheet1", cell, v)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestListMatchesWhatIsStored imports a Russian list into the sample: its
// South Africa ("ЮАР") is a new embassy (the sample has none) made once,
// the OSCE office named in Russian is the stored one, and Russia's
// embassy and its consulate general in Almaty stay two missions.
func TestListMatchesWhatIsStored(t *testing.T) {
	s := demoStore(t)
	data := workbook(t, [][]string{
		{"Страна", "Наименование представительства", "Город", "Глава представительства", "Должность", "Телефон"},
		{"ЮАР", "", "", "Мокоена Тхабо", "Чрезвычайный и Полномочный Посол", "+7 7172 00 00 01"},
		{"Южно-Африканская Республика", "", "", "Мокоена Тхабо", "Чрезвычайный и Полномочный Посол", ""},
		{"", "Офис программ ОБСЕ в Астане", "", "", "", "+7 7172 00 00 02"},
		{"Российская Федерация", "", "Алматы", "Никитин Олег Владимирович", "Генеральный консул", ""},
		{"Российская Федерация", "Посольство Российской Федерации", "", "", "", "+7 7172 00 00 03"},
	})
	plan := listPlanOf(t, s, i18n.Ru, data)
	var b bytes.Buffer
	plan.WriteReport(&b, i18n.En)
	report := b.String()
	if len(plan.Items) != 5 {
		t.Fatalf("%d rows read, want 5:\n%s", len(plan.Items), report)
	}
	za, za2, osce, consulate, embassy := plan.Items[0], plan.Items[1], plan.Items[2], plan.Items[3], plan.Items[4]
	if !za.NewMission || za.mission.Country != "ZA" || za.mission.Kind != liaison.Embassy {
		t.Errorf("ЮАР: new %v, %s %s; want a new embassy of ZA:\n%s", za.NewMission, za.mission.Kind, za.mission.Country, report)
	}
	if za2.NewMission || za2.mission.ID != za.mission.ID {
		t.Errorf("Южно-Африканская Республика is not the embassy ЮАР made:\n%s", report)
	}
	if osce.NewMission || osce.mission.Name != "OSCE Programme Office in Astana" {
		t.Errorf("the OSCE office is %q (new %v), want the stored one:\n%s", osce.Mission, osce.NewMission, report)
	}
	if consulate.NewMission || consulate.mission.Kind != liaison.Consulate || consulate.mission.Country != "RU" {
		t.Errorf("the consulate general in Almaty is %q (%s, new %v), want the stored consulate:\n%s",
			consulate.Mission, consulate.mission.Kind, consulate.NewMission, report)
	}
	if embassy.NewMission || embassy.mission.Kind != liaison.Embassy || embassy.mission.ID == consulate.mission.ID {
		t.Errorf("Russia's embassy is %q (%s), want the stored embassy:\n%s", embassy.Mission, embassy.mission.Kind, report)
	}
	if c := plan.Counts(); c.NewMissions != 1 || c.NewHeads != 1 {
		t.Errorf("%s; want one new mission and head (South Africa)", fmt.Sprint(c))
	}
}

// TestCustomerTableIsNoList reads a sheet with a country and an address
// only: no mission is planned.
func TestCustomerTableIsNoList(t *testing.T) {
	data := workbook(t, [][]string{
		{"Customer", "Country", "Street Address", "City"},
		{"Acme GmbH", "Germany", "Hauptstraße 1", "Berlin"},
		{"Dupont SARL", "France", "1 rue de la Paix", "Paris"},
	})
	plan := listPlanOf(t, demoStore(t), i18n.En, data)
	if c := plan.Counts(); c.NewMissions+c.UpdatedMissions != 0 {
		t.Errorf("a customer table planned %s", c)
	}
}

// TestMissionsOfTellsCitiesApart finds consulates and offices by the city
// their names give, in either language and case.
func TestMissionsOfTellsCitiesApart(t *testing.T) {
	mo := newMissionsOf()
	for _, m := range []liaison.Mission{
		{ID: 1, Kind: liaison.Consulate, Country: "RU", Name: "Генеральное консульство Российской Федерации в Алматы"},
		{ID: 2, Kind: liaison.Consulate, Country: "RU", Name: "Consulate of the Russian Federation in Uralsk"},
		{ID: 3, Kind: liaison.InternationalOrgOffice, Name: "OSCE Programme Office in Astana"},
		{ID: 4, Kind: liaison.InternationalOrgOffice, Name: "UNICEF Office in Almaty"},
		{ID: 5, Kind: liaison.InternationalOrgOffice, Name: "UNICEF Kazakhstan Country Office"},
	} {
		mo.add(m)
	}
	for _, tc := range []struct {
		m    liaison.Mission
		city string
		want int64
	}{
		{liaison.Mission{Kind: liaison.Consulate, Country: "RU", Name: "Consulate General of Russia in Almaty"}, "", 1},
		{liaison.Mission{Kind: liaison.Consulate, Country: "RU", Name: "Консульство России"}, "Уральск", 2},
		{liaison.Mission{Kind: liaison.Consulate, Country: "RU", Name: "Консульство России в Шымкенте"}, "", 0},
		{liaison.Mission{Kind: liaison.InternationalOrgOffice, Name: "Офис программ ОБСЕ в Астане"}, "", 3},
		{liaison.Mission{Kind: liaison.InternationalOrgOffice, Name: "Офис ЮНИСЕФ в Алматы"}, "", 4},
	} {
		if got, _ := mo.find(tc.m, tc.city); got != tc.want {
			t.Errorf("find(%q, %q) = %d, want %d", tc.m.Name, tc.city, got, tc.want)
		}
	}
}
