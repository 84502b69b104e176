//go:build !race && (linux || darwin)

package crashtest

import (
	"os"
	"path/filepath"
	"testing"

	"liaison/internal/store"
)

// testBackup kills backups over an earlier backup and checks that the
// target is always a sound backup of everything and the database is sound.
func testBackup(t *testing.T, k *killer, filled string) {
	dir := t.TempDir()
	const name = "liaison-backup.db"
	target := filepath.Join(dir, name)
	env := []string{childEnv + "=backup", dbEnv + "=" + filled, targetEnv + "=" + target}
	before := iteration{mode: k.mode, delay: -1}
	want := recovered(t, before, filled)
	span := k.calibrate(env...)
	checkBackup(t, before, target, want)
	replaced := 0
	for k.more() {
		old, err := os.Stat(target)
		if err != nil {
			t.Fatal(err)
		}
		it := k.kill(&span, env...)
		checkBackup(t, it, target, want)
		if fi, err := os.Stat(target); err == nil && !os.SameFile(old, fi) {
			replaced++
		}
		onlyFiles(t, it, dir, name)
		if got := recovered(t, it, filled); got.People != want.People {
			t.Fatalf("%v: the database holds %d people, want %d", it, got.People, want.People)
		}
	}
	t.Logf("%d of %d killed backups had replaced the earlier one", replaced, k.runs)
}

// checkBackup fails unless the file at path passes the checks a restore
// makes and holds what the database holds.
func checkBackup(t *testing.T, it iteration, path string, want store.BackupInfo) {
	t.Helper()
	got, err := store.Check(t.Context(), path)
	if err != nil {
		t.Fatalf("%v: the backup: %v", it, err)
	}
	if got.People != want.People || got.Missions != want.Missions || got.Events != want.Events {
		t.Fatalf("%v: the backup holds %d people, %d missions, %d events; want %d, %d, %d", it,
			got.People, got.Missions, got.Events, want.People, want.Missions, want.Events)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("%v: %v", it, err)
	}
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Fatalf("%v: the backup's mode is %v, want 0600", it, got)
	}
}
