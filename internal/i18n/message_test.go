package i18n

import (
	"testing"

	"liaison/internal/liaison"
)

func TestMessageIn(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    Message
		l    Lang
		want string
	}{
		{"plain", M("merged into the card above"), Ru, "объединено с карточкой выше"},
		{"a label is translated", M("status %s → %s", liaison.Invited, liaison.Accepted), Ru, "статус: Приглашён → Принял"},
		{"a nested message", M("represented by %s", M("nobody")), En, "represented by nobody"},
		{"a field in English is lower case", M("fills %s", Field("Family name")), En, "fills family name"},
		{"a report date", M("credentials %s → %s", ReportDate{}, ReportDate(liaison.Day(2026, 3, 11))), En, "credentials none → 2026-03-11"},
		{"a report date in Russian", M("credentials %s → %s", ReportDate{}, ReportDate(liaison.Day(2026, 3, 11))), Ru, "верительные грамоты: нет → 11.03.2026"},
		{"a country", M("new mission: %s", Country("DE")), Kk, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.m.In(tc.l)
			if tc.want == "" {
				if got == "" || got == tc.m.Text {
					t.Errorf("In(%s) = %q", tc.l, got)
				}
				return
			}
			if got != tc.want {
				t.Errorf("In(%s) = %q, want %q", tc.l, got, tc.want)
			}
		})
	}
	if got := M("").In(Ru); got != "" {
		t.Errorf("the zero message says %q", got)
	}
}
