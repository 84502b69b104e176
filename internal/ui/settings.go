package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"fyne.io/fyne/v2"

	"liaison/internal/backup"
	"liaison/internal/store"
)

// Preference keys and their defaults, in one place.
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
	prefScreen       = "window.screen"
	prefMapping      = "xlsx.mapping."    // + a hash of the header row: the columns the officer chose
	prefBackupFolder = "backup.folder"    // "" for the default, beside the database
	prefBackupError  = "backup.lastError" // why the automatic backup at the last closing failed
	prefExportDirs   = "export.folders"   // where exports were written lately, to clean up after a crash
	prefLanguage     = "language"         // "en", "ru", "kk"; "" to follow the system
	prefAppearance   = "appearance"       // "light", "dark"; "" to follow the system
	prefColumns      = "table.columns."   // + a table's name: the column widths the officer dragged
	prefServer       = "office.server"    // the office database's URL, without a password; "" for the local file
	defWindowWidth   = 1280
	defWindowHeight  = 800
	defScreen        = screenMissions
	minWindowWidth   = 800
	minWindowHeight  = 500
)

// settings is a typed view of the app's preferences.
type settings struct {
	p fyne.Preferences
}

// windowSize returns the size the officer left the window at, never
// smaller than a usable one, and false when none is remembered.
func (s settings) windowSize() (fyne.Size, bool) {
	w := s.p.Float(prefWindowWidth)
	h := s.p.Float(prefWindowHeight)
	if w <= 0 || h <= 0 {
		return fyne.Size{}, false
	}
	return fyne.NewSize(float32(max(w, minWindowWidth)), float32(max(h, minWindowHeight))), true
}

func (s settings) setWindowSize(size fyne.Size) {
	s.p.SetFloat(prefWindowWidth, float64(size.Width))
	s.p.SetFloat(prefWindowHeight, float64(size.Height))
}

// screen returns the screen shown when the window last closed.
func (s settings) screen() string { return s.p.StringWithFallback(prefScreen, defScreen) }

func (s settings) setScreen(name string) { s.p.SetString(prefScreen, name) }

// mapping returns the column mapping the officer chose for sheets whose
// header row has this signature, if any.
func (s settings) mapping(signature string) (map[string]int, bool) {
	v := s.p.String(mappingKey(signature))
	if v == "" {
		return nil, false
	}
	var m map[string]int
	if json.Unmarshal([]byte(v), &m) != nil {
		return nil, false
	}
	return m, true
}

// setMapping remembers a corrected mapping for sheets with this header.
func (s settings) setMapping(signature string, m map[string]int) {
	b, _ := json.Marshal(m) // a map of ints always marshals
	s.p.SetString(mappingKey(signature), string(b))
}

func mappingKey(signature string) string {
	sum := sha256.Sum256([]byte(signature))
	return prefMapping + hex.EncodeToString(sum[:8])
}

// backupFolder is the folder the officer chose for backups, else the
// default beside the database at dbPath.
func (s settings) backupFolder(dbPath string) string {
	if dir := s.p.String(prefBackupFolder); dir != "" {
		return dir
	}
	return backup.DefaultFolder(dbPath)
}

func (s settings) setBackupFolder(dir string) { s.p.SetString(prefBackupFolder, dir) }

// setBackupError remembers why the automatic backup failed, to tell at
// the next start: when it runs, the window is gone.
func (s settings) setBackupError(msg string) { s.p.SetString(prefBackupError, msg) }

// takeBackupError returns the failure remembered, and forgets it.
func (s settings) takeBackupError() string {
	msg := s.p.String(prefBackupError)
	if msg != "" {
		s.p.SetString(prefBackupError, "")
	}
	return msg
}

// maxExportFolders is how many export folders are remembered.
const maxExportFolders = 10

// exportFolders returns the folders exports were written to lately.
func (s settings) exportFolders() []string { return s.p.StringList(prefExportDirs) }

// addExportFolder remembers a folder an export is written to, so that a
// temporary file an interrupted export left there is removed at the next
// start.
func (s settings) addExportFolder(dir string) {
	dirs := []string{dir}
	for _, d := range s.exportFolders() {
		if d != dir && len(dirs) < maxExportFolders {
			dirs = append(dirs, d)
		}
	}
	s.p.SetStringList(prefExportDirs, dirs)
}

// language is the language chosen in the window, "" to follow the system.
func (s settings) language() string { return s.p.String(prefLanguage) }

func (s settings) setLanguage(code string) { s.p.SetString(prefLanguage, code) }

// appearance is the theme the officer chose: appearanceLight,
// appearanceDark or appearanceSystem.
func (s settings) appearance() string { return s.p.String(prefAppearance) }

func (s settings) setAppearance(code string) { s.p.SetString(prefAppearance, code) }

// columnWidths returns the widths the officer gave the columns of the
// named table; a column left alone, or a list of another length (the
// table gained a column since), is 0: its default.
func (s settings) columnWidths(table string, n int) []float32 {
	widths := make([]float32, n)
	var saved []float32
	if json.Unmarshal([]byte(s.p.String(prefColumns+table)), &saved) != nil || len(saved) != n {
		return widths
	}
	for i, w := range saved {
		if w > 0 {
			widths[i] = w
		}
	}
	return widths
}

func (s settings) setColumnWidths(table string, widths []float32) {
	b, _ := json.Marshal(widths) // a slice of floats always marshals
	s.p.SetString(prefColumns+table, string(b))
}

// server is the office database the window opens at the start, as
// store.RedactURL left it (passwords come from .pgpass, PGPASSWORD or a
// service file); "" for the local file.
func (s settings) server() string { return s.p.String(prefServer) }

func (s settings) setServer(url string) {
	if url != "" {
		url = store.RedactURL(url)
	}
	s.p.SetString(prefServer, url)
}
