package liaison

import "testing"

func TestSplitPhone(t *testing.T) {
	tests := []struct{ in, number, label string }{
		{"+7 701 555 01 02 (mobile)", "+7 701 555 01 02", "mobile"},
		{"+7 (7172) 55-12-34", "+7 (7172) 55-12-34", ""},
		{"+7 (7172) 55-12-34 (Reception)", "+7 (7172) 55-12-34", "Reception"},
		{"  8 800 000 00 00  ", "8 800 000 00 00", ""},
	}
	for _, tt := range tests {
		n, l := SplitPhone(tt.in)
		if n != tt.number || l != tt.label {
			t.Errorf("SplitPhone(%q) = %q, %q; want %q, %q", tt.in, n, l, tt.number, tt.label)
		}
		if tt.label != "" && JoinPhone(n, l) != tt.in {
			t.Errorf("JoinPhone(%q, %q) = %q, want %q", n, l, JoinPhone(n, l), tt.in)
		}
	}
}

func TestValidPhone(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"+7 701 555 01 02 (mobile)", true},
		{"+7 (7172) 55-12-34 ext. 201", true},
		{"+1-800-MYFAX (fax)", true},
		{"1 800 ELEPHANT", true},
		{"1.800 E L E P H A N T (home)", true},
		{"1 (home)", false},
		{"7yy-zzz-xxx", false},
		{"ask Jenny for Lisa's number", false},
		{"BusinessPhone (work)", false},
		{"6101231234@pagersample.com", false},
		{"12 (Reception desk)", false},
	}
	for _, tt := range tests {
		if got := ValidPhone(tt.in); got != tt.want {
			t.Errorf("ValidPhone(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
