package locale

import "testing"

func TestPrepare(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string // LANGUAGE afterwards
	}{
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, "en"},
		{"POSIX with encoding in LC_ALL", map[string]string{"LC_ALL": "POSIX.utf8", "LANG": "ru_RU.UTF-8"}, "en"},
		{"a real locale", map[string]string{"LANG": "ru_RU.UTF-8"}, ""},
		{"plain C is left alone", map[string]string{"LANG": "C"}, ""},
		{"LANGUAGE already set", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "kk"}, "kk"},
		{"LC_ALL wins over LANG", map[string]string{"LC_ALL": "kk_KZ.UTF-8", "LANG": "C.UTF-8"}, ""},
		{"nothing set", map[string]string{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range tt.env {
				env[k] = v
			}
			Prepare(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
			if got := env["LANGUAGE"]; got != tt.want {
				t.Errorf("LANGUAGE = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFromSystem(t *testing.T) {
	tests := []struct {
		name   string
		env    map[string]string
		system string
		want   string // LANGUAGE afterwards
	}{
		{"Windows in Russian", map[string]string{}, "ru-RU", "ru-RU"},
		{"Windows in Kazakh", map[string]string{}, "kk-KZ", "kk-KZ"},
		{"LANG set by the user wins", map[string]string{"LANG": "en_US.UTF-8"}, "ru-RU", ""},
		{"LANGUAGE set wins", map[string]string{"LANGUAGE": "kk"}, "ru-RU", "kk"},
		{"outside Windows", map[string]string{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range tt.env {
				env[k] = v
			}
			FromSystem(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil }, tt.system)
			if got := env["LANGUAGE"]; got != tt.want {
				t.Errorf("LANGUAGE = %q, want %q", got, tt.want)
			}
		})
	}
}
