package ui

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/backup"
	"liaison/internal/store"
)

// sslModes are PostgreSQL's sslmode values, the usual one first.
var sslModes = []string{"prefer", "require", "verify-ca", "verify-full", "disable", "allow"}

// officeDialog is File › Office database…: connect the window to the
// office's shared database on a PostgreSQL server, test an address, or go
// back to the officer's own file.
type officeDialog struct {
	u        *UI
	host     *keyEntry
	port     *keyEntry
	database *keyEntry
	user     *keyEntry
	sslmode  *keySelect
	address  *keyEntry // a whole URL, which wins over the fields
	result   *widget.Label
	pgpass   *fyne.Container // where .pgpass is, shown with a refused password
	test     *widget.Button
	connect  *widget.Button
	local    *widget.Button
	dlg      *dialog.CustomDialog
}

// errPassword refuses an address with a password in it.
var errPassword = errors.New("password in the address")

func (u *UI) onOfficeDatabase() {
	u.office = u.newOfficeDialog()
	u.office.dlg.Show()
}

func (u *UI) newOfficeDialog() *officeDialog {
	o := &officeDialog{u: u, host: newKeyEntry(), port: newKeyEntry(), database: newKeyEntry(), user: newKeyEntry(), address: newKeyEntry()}
	o.host.SetPlaceHolder("db.office.local")
	o.port.SetPlaceHolder("5432")
	o.database.SetPlaceHolder("liaison")
	o.user.SetPlaceHolder(lang.L("your login"))
	o.address.SetPlaceHolder("postgres://officer@db.office.local/liaison?sslmode=require")
	o.sslmode = newKeySelect(sslModes, nil)
	o.sslmode.SetSelected(sslModes[0])
	o.fill()
	o.result = widget.NewLabel("")
	o.result.Wrapping = fyne.TextWrapWord
	o.pgpass = container.NewHBox(widget.NewLabel(lang.L("On this computer:")), pgpassLink())
	o.pgpass.Hide()

	intro := widget.NewLabel(lang.L("Liaison works on your own database file unless you connect it to the office's shared database "+
		"on a PostgreSQL server. Liaison does not keep the password: PostgreSQL reads it from .pgpass, PGPASSWORD or a service file.") +
		"\n" + lang.L("Open now:") + " " + databaseName(u.store))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Server"), container.NewBorder(nil, nil, nil,
			container.NewHBox(widget.NewLabel(lang.L("Port")), container.NewGridWrap(fyne.NewSize(90, o.port.MinSize().Height), o.port)), o.host)),
		widget.NewFormItem(lang.L("Database"), o.database),
		widget.NewFormItem(lang.L("User"), o.user),
		widget.NewFormItem(lang.L("Encryption (sslmode)"), o.sslmode),
		widget.NewFormItem(lang.L("Or an address"), o.address),
	)
	o.test = widget.NewButton(lang.L("Test"), o.onTest)
	o.connect = widget.NewButton(lang.L("Connect"), o.onConnect)
	o.connect.Importance = widget.HighImportance
	o.local = widget.NewButton(lang.L("Back to my file"), o.onDisconnect)
	if u.store.Engine() != store.EnginePostgres {
		o.local.Disable()
	}
	closeButton := widget.NewButton(lang.L("Close"), func() { o.dlg.Hide() })
	body := container.NewVBox(intro, form, o.result, o.pgpass)
	o.dlg = dialog.NewCustomWithoutButtons(lang.L("Office database"), body, u.win)
	o.dlg.SetButtons([]fyne.CanvasObject{closeButton, o.local, o.test, o.connect})
	fitDialog(o.dlg, u.win, fyne.NewSize(720, 0).Max(o.dlg.MinSize()))
	return o
}

// fill shows the server open now, else the one remembered, in the fields.
func (o *officeDialog) fill() {
	target := o.u.prefs.server()
	if o.u.store.Engine() == store.EnginePostgres {
		target = o.u.store.Path()
	}
	a, err := url.Parse(target)
	if target == "" || err != nil {
		return
	}
	o.host.SetText(a.Hostname())
	o.port.SetText(a.Port())
	o.database.SetText(strings.TrimPrefix(a.Path, "/"))
	if a.User != nil {
		o.user.SetText(a.User.Username())
	}
	q := a.Query()
	if m := q.Get("sslmode"); m != "" {
		o.sslmode.SetSelected(m)
	}
	// Settings the fields cannot say stay in the address.
	q.Del("sslmode")
	if len(q) > 0 {
		o.address.SetText(target)
	}
}

// target is the server's address from what the officer wrote: the
// address when there is one, else the fields.
func (o *officeDialog) target() (string, error) {
	if raw := strings.TrimSpace(o.address.Text); raw != "" {
		if !store.IsServerURL(raw) {
			return "", errors.New(lang.L("The address must begin with postgres:// or postgresql://."))
		}
		a, err := url.Parse(raw)
		if err != nil {
			return "", errors.New(lang.L("The address is not a valid URL; check it or fill in the fields instead."))
		}
		if _, set := a.User.Password(); set || a.Query().Has("password") {
			return "", errPassword
		}
		return raw, nil
	}
	host := strings.TrimSpace(o.host.Text)
	db := strings.TrimSpace(o.database.Text)
	switch {
	case host == "":
		return "", errors.New(lang.L("Write the name or address of the server, or paste an address."))
	case db == "":
		return "", errors.New(lang.L("Write the name of the database on the server."))
	}
	if p := strings.TrimSpace(o.port.Text); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return "", errors.New(lang.L("The port is a number from 1 to 65535; leave it empty for 5432."))
		}
		host += ":" + p
	}
	a := url.URL{Scheme: "postgres", Host: host, Path: "/" + db}
	if user := strings.TrimSpace(o.user.Text); user != "" {
		a.User = url.User(user)
	}
	a.RawQuery = url.Values{"sslmode": {o.sslmode.Selected}}.Encode()
	return a.String(), nil
}

// say shows the outcome under the form; a refused password shows where
// .pgpass is.
func (o *officeDialog) say(text string, imp widget.Importance, err error) {
	o.result.Importance = imp
	o.result.SetText(text)
	if errors.Is(err, errPassword) {
		o.pgpass.Show()
	} else {
		o.pgpass.Hide()
	}
	o.dlg.Resize(o.dlg.MinSize().Max(fyne.NewSize(min(720, o.u.win.Canvas().Size().Width-40), 0)))
}

// refused says why target() would not give an address.
func (o *officeDialog) refused(err error) {
	if errors.Is(err, errPassword) {
		o.say(lang.L("A password is not written in the address: Liaison would have to keep it. "+
			"Put it in .pgpass, in the PGPASSWORD variable or in a PostgreSQL service file."), widget.DangerImportance, err)
		return
	}
	o.say(err.Error(), widget.DangerImportance, err)
}

func (o *officeDialog) onTest() {
	target, err := o.target()
	if err != nil {
		o.refused(err)
		return
	}
	o.say(lang.L("Connecting…"), widget.MediumImportance, nil)
	var srv store.Server
	var probeErr error
	o.u.tasks.run(lang.L("Testing the connection"), func(ctx context.Context) error {
		srv, probeErr = store.Probe(ctx, target)
		return nil
	}, func() {
		switch {
		case errors.Is(probeErr, context.Canceled):
			o.say("", widget.MediumImportance, nil)
		case probeErr != nil:
			o.say(lang.L("It does not work:")+" "+errorText(probeErr), widget.DangerImportance, probeErr)
		default:
			text := fmt.Sprintf(lang.L("OK: connected to %s as %s (PostgreSQL %s)."), serverName(target), srv.User, srv.Version)
			if srv.Liaison {
				text += " " + lang.L("The database holds Liaison's data.")
			} else {
				text += " " + lang.L("The database is empty: Connect creates Liaison's tables in it.")
			}
			o.say(text, widget.SuccessImportance, nil)
		}
	})
}

func (o *officeDialog) onConnect() {
	target, err := o.target()
	if err != nil {
		o.refused(err)
		return
	}
	o.say(lang.L("Connecting…"), widget.MediumImportance, nil)
	o.u.switchDatabase(lang.L("Connecting to the office database"), target, func() {
		o.dlg.Hide()
		o.u.prefs.setServer(target)
		o.u.notify(lang.L("Connected to the office database") + " " + serverName(target) + ".")
	}, func(err error) { o.say(lang.L("It does not work:")+" "+errorText(err), widget.DangerImportance, err) })
}

func (o *officeDialog) onDisconnect() {
	o.u.switchDatabase(lang.L("Opening your file"), o.u.opts.LocalFile, func() {
		o.dlg.Hide()
		o.u.prefs.setServer("")
		o.u.notify(lang.L("Back on your own file") + " " + o.u.opts.LocalFile + ".")
	}, func(err error) { o.say(errorText(err), widget.DangerImportance, err) })
}

// switchDatabase opens the database at target and puts it in place of the
// one open now, which is closed (a file after its daily backup); then it
// reads every screen again and calls done. When target cannot be opened,
// the window stays on the database it has and failed says why.
func (u *UI) switchDatabase(what, target string, done func(), failed func(error)) {
	var openErr error
	watching := false
	u.tasks.run(what, func(ctx context.Context) error {
		s, err := store.Open(ctx, target)
		if err != nil {
			openErr = err
			return nil
		}
		var old *store.Store
		u.tasks.onUI(func() {
			watching = u.live.cancel != nil
			u.stopWatch()
			old = u.store
			u.setStore(s)
		})
		if old.Engine() == store.EngineSQLite {
			if _, _, err := backup.DailyBackup(context.WithoutCancel(ctx), old, u.prefs.backupFolder(old.Path()), u.opts.Now()); err != nil {
				u.prefs.setBackupError(err.Error()) // told at the next start, as after closing
			}
		}
		return old.Close()
	}, func() {
		if openErr != nil {
			if !errors.Is(openErr, context.Canceled) {
				failed(openErr)
			}
			return
		}
		if watching {
			u.startWatch()
		}
		u.afterSwitch()
		done()
	})
}

// afterSwitch shows a database just put in place: what can be undone
// belonged to the other one.
func (u *UI) afterSwitch() {
	u.undo = undo{}
	u.status.undo.Hide()
	u.hideConnection()
	u.showDatabase()
	u.showReadOnly()
	u.reloadAll()
}

// pgpassFile is where PostgreSQL looks for passwords on this computer.
func pgpassFile() string {
	if f := os.Getenv("PGPASSFILE"); f != "" {
		return f
	}
	if runtime.GOOS == "windows" {
		return filepath.Join(os.Getenv("APPDATA"), "postgresql", "pgpass.conf")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "~/.pgpass"
	}
	return filepath.Join(home, ".pgpass")
}

// pgpassLink names the .pgpass file as a link to its folder, where the
// officer (or whoever helps her) creates it.
func pgpassLink() *widget.Hyperlink {
	path := pgpassFile()
	link := widget.NewHyperlink(path, nil)
	if dir, err := filepath.Abs(filepath.Dir(path)); err == nil {
		link.URL = &url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
	}
	return link
}
