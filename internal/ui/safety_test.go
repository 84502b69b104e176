package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/backup"
	"liaison/internal/demo"
	"liaison/internal/liaison"
	"liaison/internal/safefile"
	"liaison/internal/store"
)

// selectFirst selects the first row of the list in the top dialog.
func selectFirst(t *testing.T, u *UI) {
	t.Helper()
	for _, o := range objects(u) {
		if l, ok := o.(*widget.List); ok && l.Visible() {
			l.Select(0)
			u.tasks.wait()
			return
		}
	}
	t.Fatal("no list on screen")
}

// snapshot is everything the store holds, as text: every mission, every
// person with their mission and photo, every event, every invitation.
func snapshot(t *testing.T, s *store.Store) string {
	t.Helper()
	ctx := context.Background()
	rows, err := s.ExportRows(ctx, store.ExportQuery{IncludeDeparted: true})
	if err != nil {
		t.Fatal(err)
	}
	events, err := s.Events(ctx, store.EventQuery{IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	missions, err := s.Missions(ctx, store.MissionQuery{IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%+v\n%+v\n%+v\n", missions, rows, events)
	for _, e := range events {
		invs, err := s.Invitations(ctx, e.Event.ID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%+v\n", invs)
	}
	if len(rows) == 0 || len(events) == 0 {
		t.Fatal("nothing to compare")
	}
	return b.String()
}

// TestBackupNowAndRestore backs up from the window, changes the data,
// restores the backup from the window and gets the exact data back.
func TestBackupNowAndRestore(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	t.Cleanup(func() { u.store.Close() })
	before := snapshot(t, s)

	u.onBackupNow()
	u.tasks.wait()
	path := backup.PathFor(backup.DefaultFolder(s.Path()), testNow())
	if !strings.Contains(u.status.message.Text, path) {
		t.Fatalf("status after Back up now = %q, want the path %s", u.status.message.Text, path)
	}

	// Work after the backup.
	atlantis := liaison.Mission{Kind: liaison.OtherMission, Name: "Atlantis Trade Office"}
	if err := s.CreateMission(ctx, &atlantis); err != nil {
		t.Fatal(err)
	}
	u.reloadAll()
	u.tasks.wait()

	u.onRestore()
	u.tasks.wait()
	if !strings.Contains(shownText(u), filepath.Base(path)) {
		t.Fatalf("the restore dialog does not list the backup:\n%s", shownText(u))
	}
	selectFirst(t, u)
	tapButton(t, u, "Restore…")
	if text := shownText(u); !strings.Contains(text, "62 missions") {
		t.Fatalf("the confirmation does not say what the backup holds:\n%s", text)
	}
	tapButton(t, u, "Restore")
	if u.store == s {
		t.Fatal("the window still works on the closed store")
	}
	if text := shownText(u); !strings.Contains(text, "Restored "+filepath.Base(path)) || !strings.Contains(text, "liaison-before-restore-") {
		t.Errorf("no message after the restore:\n%s", text)
	}
	if after := snapshot(t, u.store); after != before {
		t.Fatalf("the data after restore differs from the backup's")
	}
	if u.missions.rows.Len() != 62 {
		t.Errorf("the missions screen shows %d, want the backup's 62", u.missions.rows.Len())
	}
	// The people screen reads the new store too.
	u.show(screenPeople)
	u.people.reload()
	u.tasks.wait()
	if strings.Contains(shownText(u), "database is closed") {
		t.Error("a screen still reads the closed store")
	}
}

// TestImportUndoneInOneStep imports business cards and takes the import
// back, first from the status bar, then from Edit › Undo an import.
func TestImportUndoneInOneStep(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	importCards := func() {
		u.onDropped(fyne.NewPos(10, 10), []fyne.URI{fixtureURI(t, "outlook21_cp1251_qp.vcf"), fixtureURI(t, "android21.vcf")})
		u.tasks.wait()
		tapButton(t, u, "Import")
		if n, _ := s.CountPeople(ctx, store.PeopleQuery{}); n != 6 {
			t.Fatalf("%d people after Import, want 6", n)
		}
	}
	importCards()
	tapButton(t, u, "Undo import of outlook21_cp1251_qp.vcf, android21.vcf")
	if n, _ := s.CountPeople(ctx, store.PeopleQuery{IncludeArchived: true}); n != 0 {
		t.Errorf("%d people after undoing the import, want 0", n)
	}
	if ms, _ := s.Missions(ctx, store.MissionQuery{IncludeArchived: true}); len(ms) != 0 {
		t.Errorf("%d missions after undoing the import, want 0", len(ms))
	}

	importCards()
	u.onUndoImport()
	u.tasks.wait()
	selectFirst(t, u)
	tapButton(t, u, "Undo import…")
	tapButton(t, u, "Undo import")
	if n, _ := s.CountPeople(ctx, store.PeopleQuery{IncludeArchived: true}); n != 0 {
		t.Errorf("%d people after Edit › Undo an import, want 0", n)
	}
	if !strings.Contains(u.status.message.Text, "Undone: the import of outlook21_cp1251_qp.vcf") {
		t.Errorf("status = %q", u.status.message.Text)
	}
}

// TestChangesTab shows a person's changes, old and new values.
func TestChangesTab(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	rows, _ := s.People(ctx, store.PeopleQuery{Limit: 1})
	p := rows[0].Person
	was := p.Position
	p.Position = "Dean of the diplomatic corps"
	if err := s.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	u.show(screenPeople)
	u.people.open(p.ID)
	u.tasks.wait()
	var text strings.Builder
	for _, seg := range u.people.details.changes.text.Segments {
		text.WriteString(seg.Textual() + "\n")
	}
	want := "Position: “" + was + "” → “Dean of the diplomatic corps”"
	if !strings.Contains(text.String(), want) || !strings.Contains(text.String(), "Changed") || !strings.Contains(text.String(), "Created") {
		t.Errorf("Changes tab:\n%s\nwant %q", text.String(), want)
	}
	if who, err := user.Current(); err == nil && who.Username != "" &&
		!strings.Contains(text.String(), "Changed · User: "+who.Username+"\n") {
		t.Errorf("Changes tab:\n%s\nwant the change by %s", text.String(), who.Username)
	}
}

// TestChangesBeforeWhoWasRecorded: a change recorded before Liaison noted
// who made it names nobody.
func TestChangesBeforeWhoWasRecorded(t *testing.T) {
	cs := []store.Change{
		{ID: 2, At: "2026-12-01T09:00:00Z", Entity: store.EntityMission, EntityID: 1, Action: store.ActionArchive, Who: "a.sadykova"},
		{ID: 1, At: "2026-11-01T09:00:00Z", Entity: store.EntityMission, EntityID: 1, Action: store.ActionCreate},
	}
	segs := changeSegments(cs, store.EntityMission, historyNames{})
	var heads []string
	for _, seg := range segs {
		if ts, ok := seg.(*widget.TextSegment); ok && ts.Style == headStyle {
			heads = append(heads, ts.Text)
		}
	}
	if len(heads) != 2 || !strings.HasSuffix(heads[0], "Archived · User: a.sadykova") || !strings.HasSuffix(heads[1], "Created") {
		t.Errorf("heads = %q, want the archive by a.sadykova and the create by nobody named", heads)
	}
}

// TestEraseFromTheWindow erases a person from their page.
func TestEraseFromTheWindow(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	rows, _ := s.People(ctx, store.PeopleQuery{Limit: 1})
	p := rows[0].Person
	u.show(screenPeople)
	u.people.open(p.ID)
	u.tasks.wait()
	u.people.details.onErase()
	if !strings.Contains(shownText(u), "cannot be undone") {
		t.Fatalf("no warning before erasing:\n%s", shownText(u))
	}
	tapButton(t, u, "Erase")
	if _, err := s.Person(ctx, p.ID); !errors.Is(err, liaison.ErrNotFound) {
		t.Errorf("the person is still there: %v", err)
	}
	if !strings.Contains(u.status.message.Text, "Erased "+p.FullName()) {
		t.Errorf("status = %q", u.status.message.Text)
	}
	if u.status.undo.Visible() {
		t.Error("an erasure offers Undo")
	}
	if text := shownText(u); strings.Contains(text, "not found") {
		t.Errorf("the page tried to show the erased person again:\n%s", text)
	}
}

// TestDamagedDatabaseOffersTheLatestBackup starts on a damaged database:
// the window says so and restores the latest good backup.
func TestDamagedDatabaseOffersTheLatestBackup(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "liaison.db")
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(ctx, s, liaison.DateOf(testNow())); err != nil {
		t.Fatal(err)
	}
	folder := backup.DefaultFolder(db)
	if _, _, err := backup.DailyBackup(ctx, s, folder, testNow()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, _ := os.ReadFile(db)
	for i := 2 * 4096; i < len(b)-4096; i++ {
		b[i] = byte(i * 7)
	}
	os.WriteFile(db, b, 0o600)
	_, err = store.Open(ctx, db)
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("Open = %v, want ErrDamaged", err)
	}

	a := test.NewTempApp(t)
	tk := testTasks()
	var got *store.Store
	var message string
	w := startupError(a, db, err, tk, func(s *store.Store, msg string) { got, message = s, msg })
	w.Resize(fyne.NewSize(640, 320))
	var text strings.Builder
	var restore *widget.Button
	for _, o := range test.LaidOutObjects(w.Content()) {
		switch x := o.(type) {
		case *widget.Label:
			text.WriteString(x.Text)
		case *widget.Button:
			if x.Text == "Restore this backup" {
				restore = x
			}
		}
	}
	if !strings.Contains(text.String(), "damaged") || !strings.Contains(text.String(), "liaison-2026-11-24.db") || restore == nil {
		t.Fatalf("the window does not offer the backup:\n%s", text.String())
	}
	test.Tap(restore)
	tk.wait()
	if got == nil {
		t.Fatal("the restore did not open the database")
	}
	defer got.Close()
	if ms, _ := got.Missions(ctx, store.MissionQuery{}); len(ms) != 62 {
		t.Errorf("%d missions after the restore, want 62", len(ms))
	}
	if !strings.Contains(message, "liaison-damaged-") {
		t.Errorf("message = %q, want where the damaged file went", message)
	}
}

// TestAutomaticBackupAtClose makes the day's backup when the window
// closes, once a day.
func TestAutomaticBackupAtClose(t *testing.T) {
	u, s := newDemoUI(t)
	path := backup.PathFor(backup.DefaultFolder(s.Path()), testNow())
	if err := u.Close(); err != nil {
		t.Fatal(err)
	}
	info, err := store.Check(context.Background(), path)
	if err != nil || info.Missions != 62 {
		t.Errorf("the backup at close: %+v, %v", info, err)
	}
}

// TestCleanUpAtStart removes what interrupted writes left beside the
// database, in the backup folder and where the window exported lately.
func TestCleanUpAtStart(t *testing.T) {
	a := test.NewTempApp(t)
	prefs := settings{a.Preferences()}
	base := t.TempDir()
	db := filepath.Join(base, "data", "liaison.db")
	exports := filepath.Join(base, "Documents")
	for _, d := range []string{filepath.Dir(db), backup.DefaultFolder(db), exports} {
		os.MkdirAll(d, 0o700)
	}
	prefs.addExportFolder(exports)
	prefs.addExportFolder(filepath.Join(base, "gone"))
	leftovers := []string{
		filepath.Join(filepath.Dir(db), safefile.TempPrefix+"liaison.db-1"),
		filepath.Join(backup.DefaultFolder(db), safefile.TempPrefix+"liaison-2026-11-24.db-2"),
		filepath.Join(exports, safefile.TempPrefix+"Briefing.xlsx-3"),
	}
	for _, p := range leftovers {
		os.WriteFile(p, []byte("half"), 0o600)
	}
	keep := filepath.Join(exports, "Briefing.xlsx")
	os.WriteFile(keep, []byte("done"), 0o600)
	if n := cleanUp(prefs, db); n != 3 {
		t.Errorf("cleanUp removed %d files, want 3", n)
	}
	for _, p := range leftovers {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is still there", p)
		}
	}
	if _, err := os.Stat(keep); err != nil {
		t.Error("a finished export was removed")
	}
}
