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
	}
	for _, tt := range tests {
		var values [][]byte
		for _, s := range tt.texts {
			b, err := tt.cm.NewEncoder().Bytes([]byte(s))
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
