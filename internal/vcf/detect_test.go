package vcf

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestGuessCharset writes names in the code pages colleagues' Outlook
// uses and checks that they read back exactly.
func TestGuessCharset(t *testing.T) {
	tests := []struct {
		cm    *charmap.Charmap
		texts []string
	}{
		{charmap.Windows1252, []string{"Sören Täve Nüßlebaum"}},
		{charmap.Windows1252, []string{"Hélène Dupré"}},
		{charmap.Windows1252, []string{"Dupré;Hélène", "Ambassade de France", "Conseillère"}},
		{charmap.Windows1252, []string{"Müller;Jürgen", "Botschaft der Bundesrepublik Deutschland", "Gesandter"}},
		{charmap.Windows1252, []string{"García Márquez;José", "Embajada de España"}},
		{charmap.Windows1250, []string{"Wiśniewski;Łukasz"}},
		{charmap.Windows1250, []string{"Wiśniewski"}},
		{charmap.Windows1250, []string{"Dvořák;Jiří", "Velvyslanectví České republiky"}},
		{charmap.Windows1250, []string{"Kovács;Ödön", "Magyarország Nagykövetsége"}},
		{charmap.Windows1254, []string{"Aydın"}},
		{charmap.Windows1254, []string{"Öztürk;Mehmet Şükrü", "Türkiye Cumhuriyeti Büyükelçiliği"}},
		{charmap.Windows1253, []string{"Παπαδόπουλος;Γιώργος"}},
		{charmap.Windows1253, []string{"Οικονόμου;Ελένη", "Πρεσβεία της Ελλάδος"}},
		{charmap.Windows1251, []string{"Петров;Петр"}},
		{charmap.Windows1251, []string{"Ёлкин;Андрей;Викторович", "Посольство Республики Беларусь"}},
		{charmap.Windows1251, []string{"Ткаченко;Олеся;Ігорівна"}},
		{charmap.Windows1251, []string{"ИВАНОВ;ИВАН"}},
		{charmap.KOI8R, []string{"Петров;Петр"}},
		{charmap.KOI8R, []string{"Сергеев;Дмитрий;Павлович", "Посольство Российской Федерации"}},
		{charmap.KOI8R, []string{"Жуков"}},
		{charmap.CodePage866, []string{"Смирнова;Анна"}},
		{charmap.Windows1255, []string{"אפרים קישון"}},
		{charmap.Windows1256, []string{"محمد العلي", "سفارة المملكة العربية السعودية"}},
		{charmap.Windows1251, []string{"петров петр", "посольство"}},
		{charmap.Windows1252, []string{"Schmidt;Hans", "Spende: 100 €"}},
	}
	for _, tt := range tests {
		var values []string
		for _, s := range tt.texts {
			b, err := tt.cm.NewEncoder().String(s)
			if err != nil {
				t.Fatalf("%s: %v", s, err)
			}
			values = append(values, b)
		}
		cp := guessCharset(values)
		for i, v := range values {
			if got := cp.decode(v); got != tt.texts[i] {
				t.Errorf("%q in %s read as %s: %q", tt.texts[i], tt.cm, cp.name, got)
			}
		}
	}
}

// TestGuessOneName reads single names, the least evidence a card gives,
// in each code page that can write them. Known to come out wrong, as one
// letter alone cannot tell: Polish ę and Romanian ă in a name with no
// other letter of their own (read as French ê, Portuguese ã), and an
// acronym of three capitals in KOI8-R ("ЮАР" reads as Windows-1251 "абт").
func TestGuessOneName(t *testing.T) {
	sets := []struct {
		cm    []*charmap.Charmap
		names []string
	}{
		{[]*charmap.Charmap{charmap.Windows1252}, []string{"Jürgen Müller", "Björn Schäfer", "Uwe Weiß", "Käthe Kollwitz", "Günther Groß", "François Lefèvre", "Jérôme Bélanger", "Cécile Gauthier", "Anaïs Moreau", "Noël Perrault", "Zoé Lemaître", "José Núñez", "María Peña", "Ángel Muñoz", "Inés Ibáñez", "João Gonçalves", "Conceição Araújo", "Niccolò Rossi", "Søren Kierkegaard", "Åsa Öberg", "Bjørn Dæhlie", "Hélène", "René", "Zoë", "Chloé Dubois", "Strasse Köln", "Ambassade de Belgique, Chaussée de Waterloo", "Embajada de España en Astaná"}},
		{[]*charmap.Charmap{charmap.Windows1250}, []string{"Łukasz Wiśniewski", "Małgorzata Żółć", "Paweł Kowalczyk", "Józef Piłsudski", "Jiří Dvořák", "Tomáš Novák", "Věra Čáslavská", "Pavel Nedvěd", "Ödön Kovács", "Erzsébet Szőke", "Győző Németh", "Đurđa Kovačić", "Željko Šimić", "Lech Wałęsa", "Wrocław"}},
		{[]*charmap.Charmap{charmap.Windows1254}, []string{"Aydın", "Mehmet Öztürk", "Şükrü Saracoğlu", "Gülşen Çelik", "İsmail Yılmaz", "Ayşe Doğan", "Ilham Aliyev Bakı", "Ankara Büyükelçiliği"}},
		{[]*charmap.Charmap{charmap.Windows1253}, []string{"Νίκος Καζαντζάκης", "Γιάννης Παπαδόπουλος", "Ελευθέριος Βενιζέλος", "Μαρία", "Αθήνα"}},
		{[]*charmap.Charmap{charmap.Windows1251, charmap.KOI8R, charmap.CodePage866}, []string{"Сергей Лавров", "Мария Захарова", "Юрий Гагарин", "Фёдор Щербаков", "Эдуард Шеварднадзе", "Иванов", "Петр", "Ольга", "Посольство", "Андрей Викторович Ёлкин", "Ким Чен Ын"}},
		{[]*charmap.Charmap{charmap.Windows1251}, []string{"Віталій Кличко", "Олеся Ігорівна", "Тарас Шевченко", "Аляксандр Лукашэнка", "Ўладзімір", "Љубиша Јовановић", "Ђорђе"}},
	}
	for _, set := range sets {
		for _, cm := range set.cm {
			for _, name := range set.names {
				b, err := cm.NewEncoder().String(name)
				if err != nil {
					continue
				}
				cp := guessCharset([]string{b})
				if got := cp.decode(b); got != name {
					t.Errorf("%q in %s read as %s: %q", name, cm, cp.name, got)
				}
			}
		}
	}
}
