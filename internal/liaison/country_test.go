package liaison

import "testing"

func TestParseCountry(t *testing.T) {
	tests := []struct{ in, want string }{
		{"DE", "DE"}, {"de", "DE"}, {"Germany", "DE"}, {"Германия", "DE"}, {"германия", "DE"},
		{"Қазақстан", "KZ"}, {"Kazakhstan", "KZ"}, {"USA", "US"}, {"США", "US"},
		{"Türkiye", "TR"}, {"Turkey", "TR"}, {"Турция", "TR"}, {"Кыргызстан", "KG"}, {"", ""},
	}
	for _, tt := range tests {
		got, err := ParseCountry(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseCountry(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"Atlantis", "XX", "SU"} {
		if got, err := ParseCountry(bad); err == nil {
			t.Errorf("ParseCountry(%q) = %q, want an error", bad, got)
		}
	}
}
