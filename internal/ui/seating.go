package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/documents"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/safefile"
	"liaison/internal/seating"
	"liaison/internal/store"
)

// seatingView is an event's seating plan: its tables as cards with their
// seats, the guests seated by precedence. The officer drags a person onto
// another seat to swap the two, seats everyone again by other tables,
// hosts or rules, and saves the plan with the event.
type seatingView struct {
	u       *UI
	event   liaison.Event
	plan    seating.Plan
	stored  bool
	changed bool // moved or seated again since read or saved

	tables   *widget.Entry // "head:12,10,10"
	hosts    *widget.Entry // one "Name, Title" a line
	deputies *widget.RadioGroup
	spouses  *widget.Check
	state    *widget.Label   // stored or not, and the rules
	unseated *widget.Label   // how many come without a seat
	waiting  *fyne.Container // they, to drag onto empty seats
	cards    *fyne.Container
	seats    []*seatWidget
	dialog   dialog.Dialog
}

// onSeating opens the seating plan of the event shown.
func (p *eventPage) onSeating() {
	v := &seatingView{u: p.u, event: p.event}
	p.seating = v
	v.build()
	v.load()
}

func (v *seatingView) build() {
	v.tables = widget.NewEntry()
	v.tables.SetPlaceHolder("head:12,10,10")
	v.hosts = widget.NewMultiLineEntry()
	v.hosts.SetPlaceHolder(lang.L("One host a line: name, title"))
	v.hosts.SetMinRowsVisible(2)
	v.deputies = widget.NewRadioGroup([]string{lang.L("Deputies by their own rank"), lang.L("Deputies in their principal's place")}, nil)
	v.deputies.Horizontal = true
	v.spouses = widget.NewCheck(lang.L("Spouses beside their guest"), nil)
	v.state = widget.NewLabel("")
	v.state.Wrapping = fyne.TextWrapWord
	v.unseated = widget.NewLabel("")
	v.unseated.Wrapping = fyne.TextWrapWord
	v.unseated.Importance = widget.WarningImportance
	v.waiting = container.NewGridWrap(fyne.NewSize(300, 40))
	v.cards = container.NewGridWrap(fyne.NewSize(300, 200))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Tables"), v.tables),
		widget.NewFormItem(lang.L("Hosts"), v.hosts),
		widget.NewFormItem(lang.L("Deputies"), v.deputies),
		widget.NewFormItem(lang.L("Spouses"), v.spouses),
	)
	buttons := container.NewHBox(
		widget.NewButtonWithIcon(lang.L("Seat by precedence"), theme.ViewRefreshIcon(), v.onReseat),
		widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), v.onSave),
		widget.NewButtonWithIcon(lang.L("As PDF…"), theme.DocumentPrintIcon(), v.onPrint),
	)
	// The form folds away so that the tables have the window's height.
	settings := widget.NewAccordion(widget.NewAccordionItem(lang.L("Tables, hosts and rules"), form))
	hint := widget.NewLabel(lang.L("Drag a person onto another seat to swap the two."))
	hint.Importance = widget.LowImportance
	hint.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(container.NewBorder(nil, nil, buttons, nil, v.state), settings, hint)
	body := container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewVBox(v.unseated, v.waiting, v.cards)))
	v.dialog = dialog.NewCustom(fmt.Sprintf(lang.L("Seating: %s"), v.event.Title), lang.L("Close"), body, v.u.win)
	v.dialog.Resize(v.u.win.Canvas().Size().Subtract(fyne.NewSize(40, 40)))
	v.dialog.Show()
}

// load reads the plan: the stored one, else one made on the fly.
func (v *seatingView) load() {
	id := v.event.ID
	var plan seating.Plan
	var stored bool
	v.u.tasks.run(lang.L("Loading the seating plan"), func(ctx context.Context) (err error) {
		plan, stored, err = v.u.store.Seating(ctx, id)
		return err
	}, func() {
		v.plan, v.stored, v.changed = plan, stored, false
		v.showControls()
		v.show()
	})
}

// showControls puts the plan's tables, hosts and rules in the form.
func (v *seatingView) showControls() {
	v.tables.SetText(seating.FormatTables(v.plan.Tables))
	var lines []string
	for _, h := range v.plan.Hosts {
		if h.Name != "" {
			lines = append(lines, h.String())
		}
	}
	v.hosts.SetText(strings.Join(lines, "\n"))
	if v.plan.Rules.Deputies == seating.DeputyPrincipal {
		v.deputies.SetSelected(v.deputies.Options[1])
	} else {
		v.deputies.SetSelected(v.deputies.Options[0])
	}
	v.spouses.SetChecked(v.plan.Rules.Spouses == seating.SpouseBeside)
}

// show lays out the tables of the plan.
func (v *seatingView) show() {
	v.seats = nil
	var cards []fyne.CanvasObject
	for ti, t := range v.plan.Tables {
		rows := container.NewVBox()
		for _, s := range v.plan.Table(ti + 1) {
			w := newSeatWidget(v, s)
			v.seats = append(v.seats, w)
			number := widget.NewLabel(fmt.Sprint(s.Number))
			number.Importance = widget.LowImportance
			rows.Add(container.NewBorder(nil, nil, number, nil, w))
		}
		title := fmt.Sprintf(lang.L("Table %d"), ti+1)
		if t.Head {
			title = fmt.Sprintf(lang.L("Table %d, head table"), ti+1)
		}
		cards = append(cards, widget.NewCard(title, fmt.Sprintf(lang.L("Seats: %d"), t.Seats), rows))
	}
	most := 0
	for _, t := range v.plan.Tables {
		most = max(most, t.Seats)
	}
	cell := fyne.NewSize(300, 90+float32(most)*42)
	v.cards.Layout = layout.NewGridWrapLayout(cell)
	v.cards.Objects = cards
	v.cards.Refresh()
	v.showState()
}

// showState says whether the plan is stored, by which rules it was made,
// and who is coming without a seat.
func (v *seatingView) showState() {
	var state string
	switch {
	case v.changed:
		state = lang.L("Changed, not saved.")
	case v.stored:
		state = fmt.Sprintf(lang.L("Stored plan, version %d."), v.plan.Version)
	default:
		state = lang.L("Not stored: seated now at round tables of ten, the host at table 1.")
	}
	v.state.SetText(state + " " + rulesLabel(v.plan.Rules))
	v.waiting.Objects = nil
	if len(v.plan.Unseated) == 0 {
		v.unseated.Hide()
		v.waiting.Hide()
		return
	}
	for _, g := range v.plan.Unseated {
		w := newSeatWidget(v, seating.Seat{Kind: seating.Guest1, Invitee: g.InviteeID, Guest: g})
		w.waiting = true
		v.waiting.Objects = append(v.waiting.Objects, w)
	}
	v.unseated.SetText(fmt.Sprintf(lang.L("Coming without a seat: %d. Drag them onto empty seats."), len(v.plan.Unseated)))
	v.unseated.Show()
	v.waiting.Show()
	v.waiting.Refresh()
}

// rulesLabel states the rules a plan was made by.
func rulesLabel(r seating.Rules) string {
	sp := lang.L("Spouses beside their guest")
	if r.Spouses == seating.SpouseNotSeated {
		sp = lang.L("Spouses not seated")
	}
	dep := lang.L("Deputies by their own rank")
	if r.Deputies == seating.DeputyPrincipal {
		dep = lang.L("Deputies in their principal's place")
	}
	return sp + "; " + dep + "."
}

// rules reads the rules from the form.
func (v *seatingView) rules() seating.Rules {
	r := seating.Rules{Spouses: seating.SpouseNotSeated, Deputies: seating.DeputyOwnRank}
	if v.spouses.Checked {
		r.Spouses = seating.SpouseBeside
	}
	if v.deputies.Selected == v.deputies.Options[1] {
		r.Deputies = seating.DeputyPrincipal
	}
	return r
}

// onReseat seats everyone again by precedence at the tables, hosts and
// rules of the form.
func (v *seatingView) onReseat() {
	tables, err := seating.ParseTables(v.tables.Text)
	if err != nil {
		showError(v.u.win, lang.L("Seat by precedence"), fmt.Errorf("%s", lang.L("Write the tables as sizes separated by commas, the head table first as head:12, for example head:12,10,10.")))
		return
	}
	var hosts []seating.Host
	for _, line := range strings.Split(v.hosts.Text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		h, err := seating.ParseHost(line)
		if err != nil {
			showError(v.u.win, lang.L("Seat by precedence"), fmt.Errorf("%s", lang.L("Each host needs a name before the comma.")))
			return
		}
		hosts = append(hosts, h)
	}
	if len(hosts) > len(tables) {
		showError(v.u.win, lang.L("Seat by precedence"), fmt.Errorf("%s", lang.L("Each host anchors a table of their own: add tables or remove hosts.")))
		return
	}
	id, rules, version := v.event.ID, v.rules(), v.plan.Version
	var plan seating.Plan
	v.u.tasks.run(lang.L("Seating by precedence"), func(ctx context.Context) error {
		invitees, err := v.u.store.SeatingInvitees(ctx, id)
		if err != nil {
			return err
		}
		plan, err = seating.Make(tables, hosts, seating.Guests(invitees, rules.Deputies), rules)
		return err
	}, func() {
		plan.Version = version // saving replaces the plan read, no other
		v.plan, v.changed = plan, true
		v.show()
	})
}

// onSave stores the plan with the event.
func (v *seatingView) onSave() {
	id, plan := v.event.ID, v.plan
	if !v.stored {
		plan.Version = 0
	}
	v.u.tasks.run(lang.L("Saving the seating plan"), func(ctx context.Context) error {
		err := v.u.store.SaveSeating(ctx, id, plan)
		if errors.Is(err, store.ErrConflict) {
			return errors.New(lang.L("Someone else saved this seating plan meanwhile. Nothing was saved: close Seating and open it again to see their plan."))
		}
		return err
	}, func() {
		v.u.notify(lang.L("Seating plan saved."))
		v.load()
	})
}

// drop swaps the person on seat from with whoever sits on the seat under
// the absolute position at.
func (v *seatingView) drop(from *seatWidget, at fyne.Position) {
	to := v.seatAt(at)
	if to == nil || to == from {
		return
	}
	if from.waiting {
		v.seatWaiting(from.seat.Invitee, to.seat)
		return
	}
	if err := v.plan.Swap(from.seat.Table, from.seat.Number, to.seat.Table, to.seat.Number); err != nil {
		showError(v.u.win, lang.L("Move"), err)
		return
	}
	from.seat, to.seat = v.seatOf(from.seat.Table, from.seat.Number), v.seatOf(to.seat.Table, to.seat.Number)
	from.Refresh()
	to.Refresh()
	v.changed = true
	v.showState()
}

// seatWaiting puts a guest coming without a seat on the seat to.
func (v *seatingView) seatWaiting(invitee int64, to seating.Seat) {
	err := v.plan.Seat(invitee, to.Table, to.Number)
	switch {
	case errors.Is(err, seating.ErrSeatTaken):
		v.u.notify(lang.L("The seat is taken: drop the guest on an empty seat."))
		return
	case errors.Is(err, seating.ErrNoSeatBeside):
		v.u.notify(lang.L("The guest comes with a spouse: drop them on an empty seat with an empty seat beside it."))
		return
	case err != nil:
		showError(v.u.win, lang.L("Move"), err)
		return
	}
	v.changed = true
	v.show()
}

// seatAt returns the seat widget under an absolute position, or nil.
func (v *seatingView) seatAt(at fyne.Position) *seatWidget {
	d := fyne.CurrentApp().Driver()
	for _, w := range v.seats {
		if !w.Visible() {
			continue
		}
		pos, size := d.AbsolutePositionForObject(w), w.Size()
		if at.X >= pos.X && at.Y >= pos.Y && at.X < pos.X+size.Width && at.Y < pos.Y+size.Height {
			return w
		}
	}
	return nil
}

func (v *seatingView) seatOf(table, number int) seating.Seat {
	for _, s := range v.plan.Seats {
		if s.Table == table && s.Number == number {
			return s
		}
	}
	return seating.Seat{Table: table, Number: number}
}

// seatText says who sits on a seat, as the view shows it, and whether the
// seat was vacated.
func (v *seatingView) seatText(s seating.Seat) (name, mission string, vacated bool) {
	switch s.Kind {
	case seating.AtHost:
		return hostLabel(v.plan, s.Host), lang.L("Host"), false
	case seating.Guest1:
		name = s.Guest.Person.FullName()
		if s.Guest.Deputy {
			name = fmt.Sprintf(lang.L("%s (deputy)"), name)
		}
		return name, missionName(s.Guest.Mission), false
	case seating.Spouse:
		return fmt.Sprintf(lang.L("Spouse of %s"), s.Guest.Person.FullName()), missionName(s.Guest.Mission), false
	}
	if s.Vacated {
		if s.Was.Person.ID == 0 {
			return lang.L("Empty: the guest is no longer on the list"), "", true
		}
		return fmt.Sprintf(lang.L("Empty: %s no longer comes"), s.Was.Person.FullName()), missionName(s.Was.Mission), true
	}
	return "—", "", false
}

// hostLabel names a host: "Host" or "Co-host" when unnamed.
func hostLabel(p seating.Plan, i int) string {
	if i < len(p.Hosts) && p.Hosts[i].Name != "" {
		return p.Hosts[i].String()
	}
	if i == 0 {
		return lang.L("Host")
	}
	return lang.L("Co-host")
}

// A seatWidget is one seat of the plan: who sits there and their mission.
// The officer drags it onto another seat to swap the two.
type seatWidget struct {
	widget.BaseWidget
	view    *seatingView
	seat    seating.Seat
	waiting bool // a guest coming without a seat, not a seat
	// The pointer of the last drag event, relative to the seat, and its
	// move, and how many events came: the window's driver sends one
	// event a move, the pointer where it is now; test.Drag sends a
	// single one with the pointer where the drag began and the whole
	// move. A drag of one event is taken as test.Drag's.
	dragging bool
	last     fyne.Position
	moved    fyne.Delta
	events   int
}

func newSeatWidget(v *seatingView, s seating.Seat) *seatWidget {
	w := &seatWidget{view: v, seat: s}
	w.ExtendBaseWidget(w)
	return w
}

// Dragged follows the pointer while the person is dragged.
func (w *seatWidget) Dragged(e *fyne.DragEvent) {
	if !w.dragging {
		w.dragging, w.events = true, 0
		w.Refresh()
	}
	w.last, w.moved = e.Position, e.Dragged
	w.events++
}

// DragEnd drops the person on the seat under the pointer.
func (w *seatWidget) DragEnd() {
	if !w.dragging {
		return
	}
	w.dragging = false
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(w).Add(w.last)
	if w.events == 1 {
		at = at.Add(w.moved)
	}
	w.Refresh()
	w.view.drop(w, at)
}

func (w *seatWidget) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	mission := widget.NewLabel("")
	mission.Truncation = fyne.TextTruncateEllipsis
	mission.Importance = widget.LowImportance
	icon := widget.NewIcon(nil)
	r := &seatRenderer{w: w, bg: bg, name: name, mission: mission, icon: icon}
	r.box = container.NewStack(bg, container.NewBorder(nil, nil, icon, nil, container.New(&nameMissionLayout{}, name, mission)))
	r.Refresh()
	return r
}

type seatRenderer struct {
	w             *seatWidget
	bg            *canvas.Rectangle
	name, mission *widget.Label
	icon          *widget.Icon
	box           *fyne.Container
}

func (r *seatRenderer) Layout(size fyne.Size)        { r.box.Resize(size) }
func (r *seatRenderer) MinSize() fyne.Size           { return r.box.MinSize() }
func (r *seatRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }
func (r *seatRenderer) Destroy()                     {}
func (r *seatRenderer) Refresh() {
	name, mission, vacated := r.w.view.seatText(r.w.seat)
	r.name.SetText(name)
	r.mission.SetText(mission)
	r.name.TextStyle.Bold = r.w.seat.Kind == seating.AtHost
	r.name.Importance = widget.MediumImportance
	r.icon.Hide()
	switch {
	case vacated:
		r.name.Importance = widget.DangerImportance
		r.icon.SetResource(theme.ErrorIcon())
		r.icon.Show()
	case r.w.seat.Kind == seating.Empty:
		r.name.Importance = widget.LowImportance
	}
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	if r.w.dragging {
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	r.name.Refresh()
	r.bg.Refresh()
}

// nameMissionLayout gives the name two thirds of a seat's width and the
// mission the rest.
type nameMissionLayout struct{}

func (nameMissionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	nameW := size.Width * 2 / 3
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(nameW, size.Height))
	objs[1].Move(fyne.NewPos(nameW, 0))
	objs[1].Resize(fyne.NewSize(size.Width-nameW, size.Height))
}

func (nameMissionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+b.Width, max(a.Height, b.Height))
}

// onPrint asks which document of the plan shown (the table plan or the
// who-sits-where list) in which language, then where to save it.
func (v *seatingView) onPrint() {
	kinds := []string{lang.L("Table plan"), lang.L("Who sits where")}
	kind := widget.NewSelect(kinds, nil)
	kind.SetSelected(kinds[0])
	var names []string
	for _, l := range i18n.Langs {
		names = append(names, l.Name())
	}
	language := widget.NewSelect(names, nil)
	language.SetSelected(uiLang.Name())
	form := widget.NewForm(widget.NewFormItem(lang.L("Document"), kind), widget.NewFormItem(lang.L("Language"), language))
	dialog.ShowCustomConfirm(lang.L("Seating as PDF"), lang.L("Save…"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		l := i18n.Langs[max(0, slices.Index(names, language.Selected))]
		list := kind.Selected == kinds[1]
		save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil {
				showError(v.u.win, lang.L("Seating as PDF"), err)
				return
			}
			if w == nil {
				return
			}
			path := w.URI().Path()
			w.Close() // the dialog made an empty file; safefile replaces it whole
			kind := documents.SeatingPlan
			if list {
				kind = documents.SeatList
			}
			v.writePDF(path, kind, l)
		}, v.u.win)
		save.SetFileName(fileName(fmt.Sprintf("%s - %s (%s)", v.event.Title, kind.Selected, l)) + ".pdf")
		save.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
		save.Show()
	}, v.u.win)
}

// writePDF writes the plan as shown, saved or not, as the table plan or
// the who-sits-where list in the language l to path through a temporary
// file, and opens it in the system's viewer.
func (v *seatingView) writePDF(path string, kind documents.Kind, l i18n.Lang) {
	plan, e, today := v.plan, v.event, v.u.opts.Now()
	v.u.prefs.addExportFolder(filepath.Dir(path))
	v.u.tasks.run(lang.L("Writing the documents"), func(context.Context) error {
		_, err := writeSeatingFile(path, kind, l, e, plan, today)
		return err
	}, func() {
		v.u.notify(fmt.Sprintf(lang.L("Written to %s."), path))
		if err := v.u.app.OpenURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}); err != nil {
			inform(v.u.win, lang.L("Seating as PDF"), fmt.Sprintf(lang.L("The file is written, but the system could not open it (%v). Open %s in a PDF viewer."), err, path))
		}
	})
}

// writeSeatingFile writes the seating document of the kind
// (documents.WriteSeating) to path through a temporary file.
func writeSeatingFile(path string, kind documents.Kind, l i18n.Lang, e liaison.Event, plan seating.Plan, today time.Time) (int, error) {
	var n int
	err := safefile.Write(path, func(w io.Writer) error {
		var err error
		n, err = documents.WriteSeating(w, kind, l, e, plan, today)
		return err
	})
	if errors.Is(err, documents.ErrNobody) {
		return n, errors.New(lang.L("Nobody is seated yet."))
	}
	return n, err
}
