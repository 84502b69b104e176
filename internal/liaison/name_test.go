package liaison

import "testing"

func TestSplitFullName(t *testing.T) {
	tests := []struct{ fn, family, given, middle string }{
		{"Иванов Иван Иванович", "Иванов", "Иван", "Иванович"},
		{"Иван Иванович Иванов", "Иванов", "Иван", "Иванович"},
		{"Нұрланов Ерлан", "Нұрланов", "Ерлан", ""},
		{"Jean-Pierre Dubois", "Dubois", "Jean-Pierre", ""},
		{"Mary Ann O'Brien", "O'Brien", "Mary", "Ann"},
		{"Madonna", "Madonna", "", ""},
	}
	for _, tt := range tests {
		f, g, m := SplitFullName(tt.fn)
		if f != tt.family || g != tt.given || m != tt.middle {
			t.Errorf("SplitFullName(%q) = %q, %q, %q; want %q, %q, %q", tt.fn, f, g, m, tt.family, tt.given, tt.middle)
		}
	}
}
