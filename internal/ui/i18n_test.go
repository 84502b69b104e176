package ui

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"liaison/assets"
	"liaison/internal/i18n"
	"liaison/internal/importer"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/xlsx"
)

// repoRoot is the module's folder, seen from this package.
const repoRoot = "../.."

// translationsDir is where the translation files are, seen from here.
var translationsDir = filepath.Join(repoRoot, "assets", "translations")

// usedKeys returns every key the code translates, with where it is used,
// and whether it is counted (lang.N: plural forms).
func usedKeys(t *testing.T) (keys map[string]string, plural map[string]bool) {
	t.Helper()
	keys, plural = map[string]string{}, map[string]bool{}
	use := func(key, where string) {
		if _, ok := keys[key]; !ok {
			keys[key] = where
		}
	}
	fset := token.NewFileSet()
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != repoRoot {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		inLiaison := f.Name.Name == "liaison"
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			where := fset.Position(call.Pos()).String()
			first, isConst := constString(call.Args[0])
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				if fn.Name == "msg" && isConst {
					use(first, where)
				}
			case *ast.SelectorExpr:
				pkg, _ := fn.X.(*ast.Ident)
				switch {
				case pkg != nil && pkg.Name == "lang" && (fn.Sel.Name == "L" || fn.Sel.Name == "X" || fn.Sel.Name == "N"):
					if !isConst {
						return true // a key made at run time: listed below
					}
					use(first, where)
					if fn.Sel.Name == "N" {
						plural[first] = true
					}
				case pkg != nil && pkg.Name == "i18n" && (fn.Sel.Name == "M" || fn.Sel.Name == "Field") && isConst:
					use(first, where) // a Message, said where it is shown
				case fn.Sel.Name == "T" && len(call.Args) == 1 && isConst:
					use(first, where) // i18n.Lang.T
				case inLiaison && fn.Sel.Name == "add" && len(call.Args) >= 2:
					// a check's problem: its field and its text (the
					// value that was wrong is not translated)
					for _, a := range call.Args[:2] {
						if s, ok := constString(a); ok {
							use(s, where)
						}
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Keys made at run time.
	for _, x := range labelled() {
		use(i18n.LabelKey(x.Label()), "a label of the domain")
	}
	for _, r := range liaison.Ranks {
		use(i18n.LabelKey(r.ShortLabel()), "a short rank")
	}
	for _, f := range xlsx.ListFields {
		use(f.Label(), "a column of a workbook")
	}
	for _, title := range xlsx.ColumnTitles() {
		use(title, "a column of an exported list")
	}
	for a := importer.New; a <= importer.Merged; a++ {
		use(a.String(), "an import action")
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		use(d.String(), "a weekday")
	}
	for entity, typ := range map[string]any{store.EntityMission: liaison.Mission{}, store.EntityPerson: liaison.Person{},
		store.EntityEvent: liaison.Event{}, store.EntityInvitation: liaison.Invitation{}} {
		rt := reflect.TypeOf(typ)
		for i := range rt.NumField() {
			if name := rt.Field(i).Name; name != "ID" && name != "Version" { // never in the history
				use(fieldKey(entity, name), "a field in the Changes tab")
			}
		}
	}
	return keys, plural
}

// labelled lists every rank, kind, status and channel.
func labelled() []interface{ Label() string } {
	var out []interface{ Label() string }
	for _, x := range liaison.Ranks {
		out = append(out, x)
	}
	for _, x := range liaison.MissionKinds {
		out = append(out, x)
	}
	for _, x := range liaison.EventKinds {
		out = append(out, x)
	}
	for _, x := range liaison.Statuses {
		out = append(out, x)
	}
	for _, x := range liaison.Channels {
		out = append(out, x)
	}
	return out
}

// constString evaluates a constant string expression: a literal, or
// literals joined with +.
func constString(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(x.X)
		b, ok2 := constString(x.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return constString(x.X)
	}
	return "", false
}

// readTranslations reads a translation file as keys and raw values.
func readTranslations(t *testing.T, name string) map[string]json.RawMessage {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(translationsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// forms returns a value's texts: one for a text, one per plural form.
func forms(raw json.RawMessage) (map[string]string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return map[string]string{"other": s}, false
	}
	var m map[string]string
	if json.Unmarshal(raw, &m) != nil {
		return nil, false
	}
	return m, true
}

// pluralForms are the forms CLDR gives each language's cardinal numbers.
var pluralForms = map[i18n.Lang][]string{i18n.En: {"one", "other"}, i18n.Ru: {"few", "many", "one", "other"},
	i18n.Kk: {"one", "other"}}

var (
	verbRE     = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)
	templateRE = regexp.MustCompile(`{{\s*\.\w+\s*}}`)
)

// placeholders lists a text's printf verbs (without argument indexes)
// and template fields, sorted, so that a translation can reorder them.
func placeholders(s string) []string {
	var out []string
	for _, v := range verbRE.FindAllString(s, -1) {
		out = append(out, regexp.MustCompile(`\[\d+\]`).ReplaceAllString(v, ""))
	}
	for _, v := range templateRE.FindAllString(s, -1) {
		out = append(out, strings.ReplaceAll(v, " ", ""))
	}
	sort.Strings(out)
	return out
}

// TestTranslations fails when the code uses a key some translation file
// lacks, a file has a key no code uses, a text is empty, or a translation
// loses a placeholder of its key. LIAISON_UPDATE_TRANSLATIONS=1 (make
// translations) rewrites the files instead: a new key goes into every
// file with its English text, which make untranslated then lists.
func TestTranslations(t *testing.T) {
	used, plural := usedKeys(t)
	if os.Getenv("LIAISON_UPDATE_TRANSLATIONS") != "" {
		updateTranslations(t, used, plural)
	}
	for _, l := range i18n.Langs {
		name := string(l) + ".json"
		file := readTranslations(t, name)
		var missing, unused []string
		for k, where := range used {
			if _, ok := file[k]; !ok {
				missing = append(missing, strconv.Quote(k)+" ("+where+")")
			}
		}
		for k := range file {
			if _, ok := used[k]; !ok {
				unused = append(unused, strconv.Quote(k))
			}
		}
		sort.Strings(missing)
		sort.Strings(unused)
		if len(missing) > 0 {
			t.Errorf("%s lacks %d keys the code uses (make translations adds them):\n%s", name, len(missing), strings.Join(missing, "\n"))
		}
		if len(unused) > 0 {
			t.Errorf("%s has %d keys no code uses (make translations removes them):\n%s", name, len(unused), strings.Join(unused, "\n"))
		}
		for k, raw := range file {
			fs, isPlural := forms(raw)
			switch {
			case fs == nil:
				t.Errorf("%s: %q is neither a text nor plural forms", name, k)
				continue
			case plural[k] && !isPlural:
				t.Errorf("%s: %q is counted (lang.N) and needs the forms %v", name, k, pluralForms[l])
			case isPlural && !slices.Equal(slices.Sorted(mapKeys(fs)), pluralForms[l]):
				t.Errorf("%s: %q has the forms %v, want %v", name, k, slices.Sorted(mapKeys(fs)), pluralForms[l])
			}
			for form, text := range fs {
				if strings.TrimSpace(text) == "" {
					t.Errorf("%s: %q (%s) is empty", name, k, form)
				}
				if got, want := placeholders(text), placeholders(k); !slices.Equal(got, want) {
					t.Errorf("%s: %q (%s) has the placeholders %q, its key %q", name, k, form, got, want)
				}
			}
		}
	}
	if err := i18n.Err(); err != nil {
		t.Errorf("the translations do not load: %v", err)
	}
}

func mapKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestFyneInKazakh checks that fyne.kk.json says every word Fyne's own
// dialogs use: Fyne carries no Kazakh.
func TestFyneInKazakh(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Skipf("cannot find Fyne's source: %v", err)
	}
	base := filepath.Join(strings.TrimSpace(string(out)), "lang", "translations", "base.en.json")
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	var en map[string]json.RawMessage
	if err := json.Unmarshal(data, &en); err != nil {
		t.Fatal(err)
	}
	kk := readTranslations(t, "fyne.kk.json")
	for k := range en {
		if _, ok := kk[k]; !ok {
			t.Errorf("fyne.kk.json lacks Fyne's %q", k)
		}
	}
	for k := range kk {
		if _, ok := en[k]; !ok {
			t.Errorf("fyne.kk.json has %q, which Fyne does not use", k)
		}
	}
	if _, err := fs.ReadFile(assets.Translations, "translations/fyne.kk.json"); err != nil {
		t.Errorf("fyne.kk.json is not embedded: %v", err)
	}
}

// updateTranslations rewrites the files: en.json gets every key used
// (its text the key itself, plural keys as they are), the others every
// key, new ones with the English text; unused keys go.
func updateTranslations(t *testing.T, used map[string]string, plural map[string]bool) {
	t.Helper()
	en := map[string]json.RawMessage{}
	if _, err := os.Stat(filepath.Join(translationsDir, "en.json")); err == nil {
		en = readTranslations(t, "en.json")
	}
	for _, l := range i18n.Langs {
		name := string(l) + ".json"
		file := map[string]json.RawMessage{}
		if _, err := os.Stat(filepath.Join(translationsDir, name)); err == nil {
			file = readTranslations(t, name)
		}
		out := map[string]json.RawMessage{}
		for k := range used {
			if v, ok := file[k]; ok {
				out[k] = v
				continue
			}
			if v, ok := en[k]; ok && l != i18n.En {
				out[k] = v
				continue
			}
			v := any(k)
			if plural[k] {
				m := map[string]string{}
				for _, f := range pluralForms[l] {
					m[f] = k
				}
				v = m
			}
			b, _ := json.Marshal(v)
			out[k] = b
		}
		writeJSON(t, filepath.Join(translationsDir, name), out)
	}
}

// writeJSON writes a translation file sorted by key, one key a line.
func writeJSON(t *testing.T, path string, m map[string]json.RawMessage) {
	t.Helper()
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	})
	var b strings.Builder
	b.WriteString("{\n")
	for i, k := range keys {
		kb, _ := marshalNoEscape(k)
		var v any
		_ = json.Unmarshal(m[k], &v)
		vb, _ := marshalNoEscape(v)
		b.WriteString("  " + kb + ": " + vb)
		if i < len(keys)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// marshalNoEscape writes JSON without escaping <, > and &.
func marshalNoEscape(v any) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
