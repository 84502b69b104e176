package pgtest

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// errNotInstalled is what Start says when it finds no initdb and pg_ctl.
var errNotInstalled = errors.New("pgtest: PostgreSQL is not installed (no initdb and pg_ctl on PATH or in /usr/lib/postgresql/*/bin): " +
	"apt-get install postgresql, or run make test which installs it")

// debianBins is where Debian and Ubuntu put each major version's server
// programs; only pg_wrapper's client programs are on PATH there. A variable
// for the tests.
var debianBins = "/usr/lib/postgresql/*/bin"

// binaries finds initdb and pg_ctl: PATH's if both are there, else those of
// the highest version under /usr/lib/postgresql.
func binaries() (initdb, pgCtl string, err error) {
	if i, err := exec.LookPath("initdb"); err == nil {
		if p, err := exec.LookPath("pg_ctl"); err == nil {
			return i, p, nil
		}
	}
	dirs, _ := filepath.Glob(debianBins)
	best := ""
	for _, dir := range dirs {
		if !executable(filepath.Join(dir, "initdb")) || !executable(filepath.Join(dir, "pg_ctl")) {
			continue
		}
		if best == "" || versionLess(filepath.Base(filepath.Dir(best)), filepath.Base(filepath.Dir(dir))) {
			best = dir
		}
	}
	if best == "" {
		return "", "", errNotInstalled
	}
	return filepath.Join(best, "initdb"), filepath.Join(best, "pg_ctl"), nil
}

func executable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// versionLess orders version folder names like "9.6", "15" and "16"
// numerically, part by part.
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, errX := strconv.Atoi(as[i])
		y, errY := strconv.Atoi(bs[i])
		if errX != nil || errY != nil {
			if as[i] != bs[i] {
				return as[i] < bs[i]
			}
			continue
		}
		if x != y {
			return x < y
		}
	}
	return len(as) < len(bs)
}

// serverLocale picks the locale initdb gets: C.UTF-8, else en_US.UTF-8,
// whichever the system has (locale -a), else plain C, which PostgreSQL
// accepts with any encoding. Sorting that matters in tests goes through
// ICU collations, which do not depend on it.
func serverLocale() string {
	out, err := exec.Command("locale", "-a").Output()
	if err != nil {
		// No locale program: glibc 2.35 and later always have C.UTF-8.
		return "C.UTF-8"
	}
	have := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		have[normalizeLocale(l)] = true
	}
	for _, l := range []string{"C.UTF-8", "en_US.UTF-8"} {
		if have[normalizeLocale(l)] {
			return l
		}
	}
	return "C"
}

// normalizeLocale maps the spellings "C.UTF-8", "C.utf8" and "c.UTF8" to one.
func normalizeLocale(l string) string {
	return strings.ReplaceAll(strings.ToLower(l), "-", "")
}
