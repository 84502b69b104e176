package ui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// flashFor is how long the pane behind the confirmation line stays lit
// after a check-in: long enough to see from the door, short enough for
// the next guest.
var flashFor = 1500 * time.Millisecond

// maxMatches is how many invitees a name search at the door shows.
const maxMatches = 8

// checkinView is the screen at the door of an event, made for a laptop
// there: one entry that keeps the focus, into which a USB scanner types a
// badge's code (store.BadgeCode) and Enter, or the officer a few letters
// of a name; the guest is marked attended at once, with a big
// confirmation line and a flash, and the counts at the top follow.
type checkinView struct {
	u       *UI
	back    func()
	eventID int64
	event   liaison.Event
	rows    []store.InvitationRow
	staff   map[int64][]liaison.Person
	loads   int

	title   *widget.Label
	counts  [4]*widget.Label // expected, arrived, deputies, to come
	entry   *checkinEntry
	result  *widget.Label // the guest, in large type
	detail  *widget.Label // mission and when they arrived, or what went wrong
	flash   *canvas.Rectangle
	flashes int
	matches []store.InvitationRow
	chosen  int // the match Enter checks in
	list    *widget.List
	deputy  *widget.Button // Came instead…
	undoBtn *widget.Button
	// done are the check-ins this door made, the last last: Undo takes
	// them back one by one.
	done []checkedIn
	root fyne.CanvasObject
}

// checkedIn is a check-in the door may undo.
type checkedIn struct {
	name   string
	before liaison.Invitation // as it was, at the version the check-in left
}

func newCheckinView(u *UI, back func()) *checkinView {
	v := &checkinView{u: u, back: back}
	v.title = widget.NewLabel("")
	v.title.TextStyle.Bold = true
	v.title.Truncation = fyne.TextTruncateEllipsis
	captions := []string{lang.L("Expected"), lang.L("Arrived"), lang.L("Deputies"), lang.L("Still to come")}
	var boxes []fyne.CanvasObject
	for i := range v.counts {
		v.counts[i] = newCheckinLabel(sizeNameCount)
		v.counts[i].TextStyle.Bold = true
		caption := widget.NewLabel(captions[i])
		caption.Alignment = fyne.TextAlignCenter
		caption.Wrapping = fyne.TextWrapWord // "Вместо приглашённых" in large type
		boxes = append(boxes, container.NewVBox(v.counts[i], caption))
	}
	v.entry = newCheckinEntry(v)
	v.entry.SetPlaceHolder(lang.L("Scan a badge, or type a few letters of a name and press Enter"))
	v.entry.OnChanged = v.onTyped
	v.entry.OnSubmitted = v.onSubmitted
	v.result = newCheckinLabel(sizeNameResult)
	v.result.TextStyle.Bold = true
	v.detail = newCheckinLabel(sizeNameDetail)
	v.flash = canvas.NewRectangle(color.Transparent)
	v.flash.CornerRadius = theme.InputRadiusSize()
	answer := container.NewStack(v.flash, container.NewPadded(container.NewVBox(v.result, v.detail)))
	v.list = widget.NewList(func() int { return len(v.matches) }, v.createMatch, v.updateMatch)
	v.list.OnSelected = v.onMatchTapped
	v.deputy = widget.NewButtonWithIcon(lang.L("Came instead…"), theme.AccountIcon(), v.onDeputy)
	v.deputy.Disable()
	v.undoBtn = widget.NewButtonWithIcon(lang.L("Undo last check-in"), theme.ContentUndoIcon(), v.onUndo)
	v.undoBtn.Disable()
	top := container.NewBorder(nil, nil,
		widget.NewButtonWithIcon(lang.L("Event"), theme.NavigateBackIcon(), v.onBack),
		container.NewHBox(v.deputy, v.undoBtn), v.title)
	head := container.NewVBox(top, container.NewGridWithColumns(4, boxes...), v.entry, answer)
	v.root = container.NewThemeOverride(container.NewBorder(head, nil, nil, nil, v.list), largeTheme{fyne.CurrentApp().Settings().Theme()})
	return v
}

// The sizes of the check-in's large type.
const (
	sizeNameCount  fyne.ThemeSizeName = "checkinCount"
	sizeNameResult fyne.ThemeSizeName = "checkinResult"
	sizeNameDetail fyne.ThemeSizeName = "checkinDetail"
)

// largeTheme is the app's theme with text half as large again, and the
// counts and the confirmation larger still: the door is read from a step
// away.
type largeTheme struct{ fyne.Theme }

func (t largeTheme) Size(n fyne.ThemeSizeName) float32 {
	text := t.Theme.Size(theme.SizeNameText)
	switch n {
	case theme.SizeNameText:
		return text * 1.5
	case sizeNameCount:
		return text * 3
	case sizeNameResult:
		return text * 2.6
	case sizeNameDetail:
		return text * 1.6
	}
	return t.Theme.Size(n)
}

// newCheckinLabel returns a centred label in one of the check-in's large
// sizes, wrapped rather than wider than the window.
func newCheckinLabel(size fyne.ThemeSizeName) *widget.Label {
	l := widget.NewLabel("")
	l.SizeName = size
	l.Alignment = fyne.TextAlignCenter
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (v *checkinView) shown() bool { return v.eventID != 0 }

// load shows the check-in of an event, with nothing checked in yet by
// this door.
func (v *checkinView) load(e liaison.Event) {
	if e.ID != v.eventID {
		v.done = nil
		v.undoBtn.Disable()
		v.say("", "", widget.MediumImportance)
	}
	v.eventID, v.event = e.ID, e
	v.title.SetText(fmt.Sprintf(lang.L("Check-in: %s"), e.Title))
	v.entry.SetText("")
	v.reload()
	v.focus()
}

// focus puts the cursor back in the entry: the scanner types there.
func (v *checkinView) focus() {
	if v.shown() && v.u.win.Canvas().Overlays().Top() == nil {
		v.u.win.Canvas().Focus(v.entry)
	}
}

// reload reads the event's list again: after a check-in here, and when
// another door (another laptop) checked someone in.
func (v *checkinView) reload() {
	id := v.eventID
	v.loads++
	load := v.loads
	var rows []store.InvitationRow
	var staff map[int64][]liaison.Person
	v.u.tasks.run(lang.L("Loading the event"), func(ctx context.Context) (err error) {
		if rows, err = v.u.store.Invitations(ctx, id); err != nil {
			return err
		}
		staff, err = missionStaff(ctx, v.u.store, rows)
		return err
	}, func() {
		if load != v.loads || id != v.eventID {
			return
		}
		v.rows, v.staff = rows, staff
		c := store.CountArrivals(rows)
		for i, n := range []int{c.Expected, c.Arrived, c.Deputies, c.ToCome} {
			v.counts[i].SetText(strconv.Itoa(n))
		}
		v.onTyped(v.entry.Text)
	})
}

// onTyped shows the invitees whose name starts with what is typed, unless
// it is a badge's code coming in from the scanner.
func (v *checkinView) onTyped(text string) {
	v.matches = nil
	if !store.LooksLikeBadgeCode(text) {
		v.matches = store.FindInvitees(v.rows, text)
	}
	if len(v.matches) > maxMatches {
		v.matches = v.matches[:maxMatches]
	}
	v.chosen = 0
	v.list.Refresh()
	v.showDeputyState()
}

// showDeputyState offers Came instead… for the chosen invitee while they
// have not arrived and belong to a mission.
func (v *checkinView) showDeputyState() {
	r, ok := v.chosenRow()
	if ok && r.Invitation.Status != liaison.Attended && r.Placed.Mission.ID != 0 {
		v.deputy.Enable()
		return
	}
	v.deputy.Disable()
}

func (v *checkinView) chosenRow() (store.InvitationRow, bool) {
	if v.chosen < 0 || v.chosen >= len(v.matches) {
		return store.InvitationRow{}, false
	}
	return v.matches[v.chosen], true
}

// choose moves the choice among the matches by step (the arrow keys).
func (v *checkinView) choose(step int) {
	if len(v.matches) == 0 {
		return
	}
	v.chosen = (v.chosen + step + len(v.matches)) % len(v.matches)
	v.list.Refresh()
	v.list.ScrollTo(v.chosen)
	v.showDeputyState()
}

func (v *checkinView) createMatch() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (v *checkinView) updateMatch(i widget.ListItemID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	r := v.matches[i]
	text := r.Placed.Person.FullName() + "  ·  " + missionName(r.Placed.Mission) + "  ·  " + statusOf(r.Invitation.Status, r.Placed.Person)
	if r.RepresentedBy.ID != 0 {
		text += "  ·  " + fmt.Sprintf(lang.L("represented by %s"), r.RepresentedBy.FullName())
	}
	if i == v.chosen {
		text = "→ " + text
	}
	l.TextStyle.Bold = i == v.chosen
	l.SetText(text)
}

// onMatchTapped checks in the invitee clicked.
func (v *checkinView) onMatchTapped(i widget.ListItemID) {
	v.list.UnselectAll()
	if i >= 0 && i < len(v.matches) {
		r := v.matches[i]
		v.entry.SetText("")
		v.checkIn(r, 0)
	}
	v.focus()
}

// onSubmitted answers Enter: a badge's code checks its guest in; a name
// checks in the chosen match.
func (v *checkinView) onSubmitted(text string) {
	defer v.focus()
	if eventID, personID, ok := store.ParseBadgeCode(text); ok {
		v.entry.SetText("")
		v.checkInCode(eventID, personID)
		return
	}
	if store.LooksLikeBadgeCode(text) {
		v.entry.SetText("")
		v.say(lang.L("Not a badge of Liaison"), lang.L("Scan the badge again, or type the name."), widget.DangerImportance)
		return
	}
	if r, ok := v.chosenRow(); ok {
		v.entry.SetText("") // ready for the next guest while this one is saved
		v.checkIn(r, 0)
		return
	}
	if text != "" {
		v.say(lang.L("Not on the list"), fmt.Sprintf(lang.L("Nobody on the list of this event is called %q."), text), widget.DangerImportance)
	}
}

// checkInCode checks in the guest of a badge, when the badge is of this
// event and its guest on the list.
func (v *checkinView) checkInCode(eventID, personID int64) {
	if eventID != v.eventID {
		id := eventID
		var other liaison.Event
		v.u.tasks.run(lang.L("Checking in"), func(ctx context.Context) error {
			var err error
			other, err = v.u.store.Event(ctx, id)
			if errors.Is(err, liaison.ErrNotFound) {
				return nil
			}
			return err
		}, func() {
			what := lang.L("This badge is of an event Liaison does not know.")
			if other.ID != 0 {
				what = fmt.Sprintf(lang.L("This badge is for another event: %s, %s."), other.Title, formatDate(other.StartsAt))
			}
			v.say(lang.L("Another event"), what, widget.DangerImportance)
			v.focus()
		})
		return
	}
	for _, r := range v.rows {
		if r.Invitation.PersonID == personID {
			v.checkIn(r, 0)
			return
		}
	}
	v.say(lang.L("Not on the list"), lang.L("This badge's guest is not on the list of this event."), widget.DangerImportance)
}

// checkIn marks r's invitee attended, with deputyID (when not 0) as who
// came instead, and says so.
func (v *checkinView) checkIn(r store.InvitationRow, deputyID int64) {
	var a store.Arrival
	var deputy liaison.Person
	var refused error
	id, pid := v.eventID, r.Invitation.PersonID
	v.u.tasks.run(lang.L("Checking in"), func(ctx context.Context) (err error) {
		a, err = v.u.store.CheckIn(ctx, id, pid, deputyID)
		if err == nil && a.Invitation.RepresentedBy != 0 {
			deputy, err = v.u.store.Person(ctx, a.Invitation.RepresentedBy)
		}
		if err != nil && !errors.Is(err, context.Canceled) {
			// Said in the big line, not in a dialog that takes the
			// focus from the scanner.
			refused, err = err, nil
		}
		return err
	}, func() {
		if refused != nil {
			why := errorText(v.u.offline(windowError(refused)))
			if errors.Is(refused, liaison.ErrNotFound) {
				why = lang.L("No longer on the list of this event: taken off it elsewhere.")
			}
			v.say(r.Placed.Person.FullName(), why, widget.DangerImportance)
			v.reload()
			v.focus()
			return
		}
		v.showArrival(r, a, deputy)
		if !a.Already {
			v.done = append(v.done, checkedIn{name: r.Placed.Person.FullName(), before: a.Before})
			v.undoBtn.Enable()
			v.changed()
		}
		v.focus()
	})
}

// showArrival says who arrived, or that they had already.
func (v *checkinView) showArrival(r store.InvitationRow, a store.Arrival, deputy liaison.Person) {
	name := r.Placed.Person.FullName()
	if deputy.ID != 0 {
		name = fmt.Sprintf(lang.L("%s instead of %s"), deputy.FullName(), name)
	}
	when := arrivalTime(a.At, v.u.opts.Now())
	if a.Already {
		what := lang.L("already arrived")
		if when != "" {
			what = fmt.Sprintf(lang.L("already arrived at %s"), when)
		}
		v.say(name, missionName(r.Placed.Mission)+"  ·  "+what, widget.WarningImportance)
		return
	}
	v.say(name, missionName(r.Placed.Mission)+"  ·  "+fmt.Sprintf(lang.L("arrived %s"), when), widget.SuccessImportance)
}

// arrivalTime is "18:04" today, "18.10.2026 18:04" another day, "" when
// unknown.
func arrivalTime(at, now time.Time) string {
	if at.IsZero() {
		return ""
	}
	at = at.In(now.Location())
	if liaison.DateOf(at) == liaison.DateOf(now) {
		return at.Format("15:04")
	}
	return formatDate(liaison.DateOf(at)) + " " + at.Format("15:04")
}

// say shows the big line and the one under it in the colour of imp (a
// success, a warning, an error); the colour lights the pane behind them
// for a moment, a flash that needs no sound.
func (v *checkinView) say(big, small string, imp widget.Importance) {
	v.result.Importance = imp
	v.result.Text, v.detail.Text = big, small
	v.flash.FillColor = color.Transparent
	if c := flashColor(imp); c != nil {
		r, g, b, _ := c.RGBA()
		v.flash.FillColor = color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x50}
		v.flashes++
		n := v.flashes
		time.AfterFunc(flashFor, func() {
			v.u.tasks.post(func() {
				if v.flashes == n {
					v.flash.FillColor = color.Transparent
					v.flash.Refresh()
				}
			})
		})
	}
	v.result.Refresh()
	v.detail.Refresh()
	v.flash.Refresh()
}

// flashColor is the colour of a flash for imp; nil for none.
func flashColor(imp widget.Importance) color.Color {
	switch imp {
	case widget.SuccessImportance:
		return theme.Color(theme.ColorNameSuccess)
	case widget.WarningImportance:
		return theme.Color(theme.ColorNameWarning)
	case widget.DangerImportance:
		return theme.Color(theme.ColorNameError)
	}
	return nil
}

// changed reads the list again after a change made here; the other
// screens read theirs when shown next.
func (v *checkinView) changed() {
	v.reload()
	v.u.stale[screenUpcoming] = true
}

// onDeputy chooses who came instead of the chosen invitee, among the
// current people of their mission, and checks the invitee in with them.
func (v *checkinView) onDeputy() {
	r, ok := v.chosenRow()
	if !ok {
		return
	}
	var people []liaison.Person
	var names []string
	for _, p := range v.staff[r.Placed.Mission.ID] {
		if p.ID != r.Invitation.PersonID && p.Current() {
			people = append(people, p)
			names = append(names, p.FullName())
		}
	}
	if len(people) == 0 {
		v.say(r.Placed.Person.FullName(), fmt.Sprintf(lang.L("%s has nobody else at post."), missionName(r.Placed.Mission)), widget.DangerImportance)
		return
	}
	choice := widget.NewSelect(names, nil)
	choice.SetSelectedIndex(0)
	body := container.NewVBox(widget.NewLabel(fmt.Sprintf(lang.L("Who came instead of %s (%s)?"),
		r.Placed.Person.FullName(), missionName(r.Placed.Mission))), choice)
	d := dialog.NewCustomConfirm(lang.L("Came instead…"), lang.L("Check in"), lang.L("Cancel"), body, func(ok bool) {
		if ok && choice.SelectedIndex() >= 0 {
			v.entry.SetText("")
			v.checkIn(r, people[choice.SelectedIndex()].ID)
		}
		v.focus()
	}, v.u.win)
	d.Show()
}

// onUndo takes back the last check-in of this door, unless someone
// changed the invitation since.
func (v *checkinView) onUndo() {
	defer v.focus()
	if len(v.done) == 0 {
		v.say(lang.L("Nothing to undo"), "", widget.MediumImportance)
		return
	}
	last := v.done[len(v.done)-1]
	var conflict bool
	v.u.tasks.run(lang.L("Undo"), func(ctx context.Context) error {
		err := v.u.store.RestoreInvitations(ctx, []liaison.Invitation{last.before})
		if errors.Is(err, store.ErrConflict) {
			conflict = true
			return nil
		}
		return err
	}, func() {
		v.done = v.done[:len(v.done)-1]
		if len(v.done) == 0 {
			v.undoBtn.Disable()
		}
		if conflict {
			v.say(last.name, lang.L("Not undone: the invitation was changed elsewhere since."), widget.DangerImportance)
		} else {
			v.say(last.name, lang.L("Check-in undone."), widget.WarningImportance)
		}
		v.changed()
		v.focus()
	})
}

// onBack goes back to the event's page.
func (v *checkinView) onBack() {
	v.eventID = 0
	v.back()
}

// atTheDoor returns the check-in when it is on screen with no dialog over it.
func (u *UI) atTheDoor() (*checkinView, bool) {
	v := u.events.checkin
	return v, v.shown() && u.current() == screenEvents && u.win.Canvas().Overlays().Top() == nil
}

// onTypedRune takes a character typed while no field has the focus (the
// officer clicked elsewhere): at the door it goes to the check-in's
// entry, so that a scanned code is not lost.
func (u *UI) onTypedRune(r rune) {
	if v, ok := u.atTheDoor(); ok {
		v.focus()
		v.entry.TypedRune(r)
	}
}

// onUndoKey answers Ctrl+Z: at the door it undoes the last check-in, as
// the check-in's own button does; elsewhere the last change (see onUndo).
func (u *UI) onUndoKey() {
	if v, ok := u.atTheDoor(); ok {
		v.onUndo()
		return
	}
	u.onUndo()
}

// checkinEntry is the entry at the door: the arrow keys choose among the
// names found, Escape clears it, and Ctrl+Z undoes the last check-in
// rather than the typing.
type checkinEntry struct {
	widget.Entry
	v *checkinView
}

func newCheckinEntry(v *checkinView) *checkinEntry {
	e := &checkinEntry{v: v}
	e.ExtendBaseWidget(e)
	return e
}

func (e *checkinEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDown:
		e.v.choose(1)
	case fyne.KeyUp:
		e.v.choose(-1)
	case fyne.KeyEscape:
		e.SetText("")
	default:
		e.Entry.TypedKey(ev)
	}
}

func (e *checkinEntry) TypedShortcut(s fyne.Shortcut) {
	if _, ok := s.(*fyne.ShortcutUndo); ok {
		e.v.onUndo()
		return
	}
	e.Entry.TypedShortcut(s)
}
