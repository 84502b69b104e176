package ui

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/collate"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

// The columns of the invitees table.
const (
	colNo = iota
	colName
	colMission
	colRank
	colStatus
	colForTwo
	colDeputy
	colChannel
	colSent
	colAnswered
	colNote
	inviteeColumns
)

var inviteeHeaders = []struct {
	title string
	width float32
}{
	{msg("No."), 48}, {msg("Name"), 230}, {msg("Mission"), 150}, {msg("Rank"), 125}, {msg("Status"), 150},
	{msg("For two"), 90}, {msg("Represented by"), 180}, {msg("Channel"), 160}, {msg("Sent"), 110}, {msg("Answered"), 110}, {msg("Note"), 220},
}

// inviteesTable is an event's list: read-only columns for who and where,
// editable ones for the reply. Each cell template holds a label, a select
// and an entry, and shows the one its column needs.
type inviteesTable struct {
	u        *UI
	all      []store.InvitationRow      // the whole list
	rows     []store.InvitationRow      // those the filter lets through, shown
	filter   []string                   // folded words every row shown holds
	staff    map[int64][]liaison.Person // current people by mission
	event    liaison.Event              // the statuses on offer depend on its day
	selected int
	save     func(base, edited liaison.Invitation)
	// forTwo makes an invitation for two or for one, as the toggle of
	// its row asks; the change can be undone.
	forTwo func(inv liaison.Invitation, name string, on bool)
	table  *keyTable
	heads  *columnHeads
}

func newInviteesTable(u *UI, save func(base, edited liaison.Invitation), forTwo func(liaison.Invitation, string, bool)) *inviteesTable {
	t := &inviteesTable{u: u, selected: -1, save: save, forTwo: forTwo}
	t.table = &keyTable{Table: widget.Table{
		Length:     t.length,
		CreateCell: t.createCell,
		UpdateCell: t.updateCell,
		OnSelected: t.onSelected,
	}}
	t.table.onDelete = func() { u.events.page.onRemove() }
	t.table.ExtendBaseWidget(t.table)
	widths := make([]float32, len(inviteeHeaders))
	for i, h := range inviteeHeaders {
		widths[i] = h.width
	}
	widths[colRank] = rankColumnWidth()
	t.heads = newColumnHeads(t.table, t.title, widths)
	// The list comes in order of precedence, which No. shows; a click on
	// a header sorts it by that column.
	t.heads.sortable = func(col int) bool { return col >= 0 && col < inviteeColumns }
	t.heads.natural = colNo
	t.heads.onSort = func(int, sortDir) { t.applyFilter() }
	t.heads.remember(u.prefs, "invitees")
	t.table.StickyColumnCount = 2 // No. and Name stay when the table scrolls sideways
	return t
}

// set shows a new list, sorted as the headers say, keeping the selected
// invitee selected wherever they move to.
func (t *inviteesTable) set(rows []store.InvitationRow, staff map[int64][]liaison.Person) {
	t.all, t.staff = rows, staff
	t.heads.fit(colName, func(yield func(string) bool) {
		for _, r := range t.all {
			if !yield(t.text(colName, r)) {
				return
			}
		}
	})
	t.applyFilter()
}

// setFilter shows only the invitees whose name, mission, position, rank,
// status or deputy hold every word of text, in any script.
func (t *inviteesTable) setFilter(text string) {
	t.filter = liaison.SearchWords(text)
	t.applyFilter()
}

// applyFilter picks the rows to show from the whole list, keeping the
// selected invitee selected while they are shown.
func (t *inviteesTable) applyFilter() {
	var keep int64
	if r, ok := t.selectedRow(); ok {
		keep = r.Invitation.PersonID
	}
	t.rows = t.all
	if len(t.filter) > 0 {
		t.rows = nil
		for _, r := range t.all {
			if containsAll(inviteeKey(r), t.filter) {
				t.rows = append(t.rows, r)
			}
		}
	}
	t.sortRows()
	t.selected = -1
	for i, r := range t.rows {
		if keep != 0 && r.Invitation.PersonID == keep {
			t.selected = i
		}
	}
	t.table.Refresh()
}

// inviteeKey is the folded text the filter looks in.
func inviteeKey(r store.InvitationRow) string {
	p, m := r.Placed.Person, r.Placed.Mission
	parts := []string{p.FullName(), p.AltName, p.Position, m.Name, m.ShortName, missionName(m), missionTitle(m), countryName(m.Country),
		statusOf(r.Invitation.Status, p), r.RepresentedBy.FullName()}
	if p.Rank != "" {
		parts = append(parts, tr(p.Rank))
	}
	return liaison.Fold(strings.Join(parts, " "))
}

// sortRows orders the rows by the column the headers say, else by
// precedence.
func (t *inviteesTable) sortRows() {
	col, dir := t.heads.sorted, t.heads.dir
	if col < 0 {
		col, dir = colNo, ascending
	}
	empty := func(r store.InvitationRow) bool { return t.blank(col, r) }
	slices.SortStableFunc(t.rows, directed(t.compare(col), empty, dir))
}

// blank says whether row r shows nothing in column col: such rows go last
// whichever way the column sorts.
func (t *inviteesTable) blank(col int, r store.InvitationRow) bool {
	switch col {
	case colNo, colStatus, colForTwo:
		return false
	case colRank:
		return r.Placed.Person.Rank == ""
	case colSent:
		return r.Invitation.Sent.IsZero()
	case colAnswered:
		return r.Invitation.Answered.IsZero()
	}
	return t.sortText(col, r) == ""
}

// compare orders rows by column col: numbers, statuses and dates in their
// own order, the rest as a dictionary of the window's language does.
func (t *inviteesTable) compare(col int) func(a, b store.InvitationRow) int {
	switch col {
	case colNo:
		return func(a, b store.InvitationRow) int { return a.Precedence - b.Precedence }
	case colRank:
		return func(a, b store.InvitationRow) int { return rankOrder(a.Placed.Person.Rank, b.Placed.Person.Rank) }
	case colStatus:
		return func(a, b store.InvitationRow) int {
			return slices.Index(liaison.Statuses, a.Invitation.Status) - slices.Index(liaison.Statuses, b.Invitation.Status)
		}
	case colForTwo:
		two := func(r store.InvitationRow) int {
			if r.Invitation.ForTwo {
				return 1
			}
			return 0
		}
		return func(a, b store.InvitationRow) int { return two(a) - two(b) }
	case colSent:
		return func(a, b store.InvitationRow) int { return dateOrder(a.Invitation.Sent, b.Invitation.Sent) }
	case colAnswered:
		return func(a, b store.InvitationRow) int { return dateOrder(a.Invitation.Answered, b.Invitation.Answered) }
	}
	coll := collate.New(uiLang.Tag(), collate.IgnoreCase)
	return func(a, b store.InvitationRow) int { return textOrder(coll, t.sortText(col, a), t.sortText(col, b)) }
}

// sortText is what a row shows in column col, for sorting.
func (t *inviteesTable) sortText(col int, r store.InvitationRow) string {
	switch col {
	case colDeputy:
		return r.RepresentedBy.FullName()
	case colChannel:
		if r.Invitation.Channel == "" {
			return ""
		}
		return tr(r.Invitation.Channel)
	case colNote:
		return r.Invitation.Note
	}
	return t.text(col, r)
}

// dateOrder orders dates, an unknown one last.
func dateOrder(a, b liaison.Date) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Compare(b)
}

func (t *inviteesTable) selectedRow() (store.InvitationRow, bool) {
	if t.selected < 0 || t.selected >= len(t.rows) {
		return store.InvitationRow{}, false
	}
	return t.rows[t.selected], true
}

func (t *inviteesTable) length() (int, int) { return len(t.rows), inviteeColumns }

// title is the header of column col.
func (t *inviteesTable) title(col int) string {
	if col < 0 || col >= len(inviteeHeaders) {
		return ""
	}
	return lang.L(inviteeHeaders[col].title)
}

// inviteeCell is the template of every cell.
type inviteeCell struct {
	bg    *canvas.Rectangle
	label *widget.Label
	sel   *widget.Select
	entry *cellEntry
	check *widget.Check
}

func (t *inviteesTable) createCell() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(canvas.NewRectangle(color.Transparent), label, widget.NewSelect(nil, nil), newCellEntry(),
		widget.NewCheck("", nil))
}

// cellOf returns the widgets of a cell made by createCell.
func cellOf(o fyne.CanvasObject) *inviteeCell {
	objs := o.(*fyne.Container).Objects
	return &inviteeCell{bg: objs[0].(*canvas.Rectangle), label: objs[1].(*widget.Label),
		sel: objs[2].(*widget.Select), entry: objs[3].(*cellEntry), check: objs[4].(*widget.Check)}
}

func (t *inviteesTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := cellOf(o)
	if id.Row == t.selected {
		c.bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		c.bg.FillColor = color.Transparent
	}
	c.bg.Refresh()
	if id.Row >= len(t.rows) {
		return
	}
	r := t.rows[id.Row]
	c.sel.OnChanged = nil
	c.entry.onCommit = nil
	c.check.OnChanged = nil
	c.check.Hide()
	switch id.Col {
	case colForTwo:
		t.showForTwo(c, id.Row, r)
	case colStatus:
		row := id.Row
		p := r.Placed.Person
		t.showSelect(c, uiLang.StatusesOf(t.statusesFor(r.Invitation.Status), i18n.GenderOf(p)), statusOf(r.Invitation.Status, p),
			func(s string) { t.onStatus(row, s) })
	case colDeputy:
		t.showDeputy(c, id.Row, r)
	case colChannel:
		t.showSelect(c, append([]string{noMission}, labels(liaison.Channels)...), channelLabel(r.Invitation.Channel), func(s string) {
			ch, _ := byLabel(liaison.Channels, s)
			t.edit(id.Row, func(inv *liaison.Invitation) { inv.Channel = ch })
		})
	case colSent:
		t.showDate(c, id, r.Invitation.Sent, func(inv *liaison.Invitation, d liaison.Date) { inv.Sent = d })
	case colAnswered:
		t.showDate(c, id, r.Invitation.Answered, func(inv *liaison.Invitation, d liaison.Date) { inv.Answered = d })
	case colNote:
		t.showEntry(c, id, r.Invitation.Note, "", func(s string) {
			t.edit(id.Row, func(inv *liaison.Invitation) { inv.Note = s })
		})
	default:
		t.showLabel(c, t.text(id.Col, r))
	}
}

// text is the content of a read-only column.
func (t *inviteesTable) text(col int, r store.InvitationRow) string {
	switch col {
	case colNo:
		return strconv.Itoa(r.Precedence)
	case colName:
		return personName(store.PersonRow{Person: r.Placed.Person})
	case colMission:
		return missionName(r.Placed.Mission)
	case colRank:
		return rankLabel(r.Placed.Person.Rank)
	}
	return ""
}

func (t *inviteesTable) showLabel(c *inviteeCell, text string) {
	c.label.SetText(text)
	c.label.Show()
	c.sel.Hide()
	c.entry.Hide()
}

func (t *inviteesTable) showSelect(c *inviteeCell, options []string, value string, changed func(string)) {
	c.label.Hide()
	c.entry.Hide()
	c.sel.SetOptions(options)
	c.sel.SetSelected(value)
	c.sel.OnChanged = changed
	c.sel.Show()
}

func (t *inviteesTable) showEntry(c *inviteeCell, id widget.TableCellID, value, placeholder string, commit func(string)) {
	c.label.Hide()
	c.sel.Hide()
	c.entry.SetPlaceHolder(placeholder)
	// A refresh while the officer types in this very cell must not wipe
	// what they typed.
	typing := c.entry.cell == id && t.u.win.Canvas().Focused() == c.entry
	if !typing {
		c.entry.SetText(value)
		c.entry.committed = value
	}
	c.entry.cell = id
	c.entry.onCommit = commit
	c.entry.Show()
}

func (t *inviteesTable) showDate(c *inviteeCell, id widget.TableCellID, d liaison.Date, set func(*liaison.Invitation, liaison.Date)) {
	row := id.Row
	t.showEntry(c, id, entryDate(d), lang.L("DD.MM.YYYY"), func(s string) {
		day, err := liaison.ParseDate(s)
		if err != nil {
			showError(t.u.win, lang.L("The date is not saved"), err)
			t.table.Refresh() // puts back the stored date
			return
		}
		t.edit(row, func(inv *liaison.Invitation) { set(inv, day) })
	})
}

// showForTwo shows the row's toggle: is the invitation for the guest with
// a spouse or a companion?
func (t *inviteesTable) showForTwo(c *inviteeCell, row int, r store.InvitationRow) {
	c.label.Hide()
	c.sel.Hide()
	c.entry.Hide()
	c.check.SetChecked(r.Invitation.ForTwo)
	c.check.OnChanged = func(on bool) { t.onForTwo(row, on) }
	c.check.Show()
}

// onForTwo makes a row's invitation for two or for one.
func (t *inviteesTable) onForTwo(row int, on bool) {
	if row >= len(t.rows) || t.rows[row].Invitation.ForTwo == on {
		return
	}
	before := t.rows[row].Invitation
	t.rows[row].Invitation.ForTwo = on
	t.rows[row].Invitation.Version++ // as the change leaves it
	t.forTwo(before, t.rows[row].Placed.Person.FullName(), on)
}

// showDeputy offers the invitee's colleagues as who came instead.
func (t *inviteesTable) showDeputy(c *inviteeCell, row int, r store.InvitationRow) {
	names := []string{noMission}
	ids := map[string]int64{noMission: 0}
	current := noMission
	for _, p := range t.staff[r.Placed.Mission.ID] {
		if p.ID == r.Placed.Person.ID {
			continue
		}
		names = append(names, p.FullName())
		ids[p.FullName()] = p.ID
	}
	if r.RepresentedBy.ID != 0 {
		current = r.RepresentedBy.FullName()
		if _, ok := ids[current]; !ok { // a deputy who has since left
			names = append(names, current)
			ids[current] = r.RepresentedBy.ID
		}
	}
	t.showSelect(c, names, current, func(s string) {
		// Named before the event's day, the deputy will come: accepted.
		t.edit(row, func(inv *liaison.Invitation) { inv.SetDeputy(ids[s], t.event.StartsAt, t.u.today()) })
	})
}

// statusesFor lists the statuses a row of status current can take today:
// attended and no-show only from the event's day on, and its own.
func (t *inviteesTable) statusesFor(current liaison.Status) []liaison.Status {
	var out []liaison.Status
	for _, st := range liaison.Statuses {
		if st == current || liaison.CheckStatusDay(st, t.event.StartsAt, t.u.today()) == nil {
			out = append(out, st)
		}
	}
	return out
}

// onStatus gives a row the status labelled label, dating its sending and
// answer today where they are not known yet, as the command line and the
// reply import do.
func (t *inviteesTable) onStatus(row int, label string) {
	if row >= len(t.rows) {
		return
	}
	st, ok := i18n.ParseStatus(label)
	if !ok || st == t.rows[row].Invitation.Status {
		return
	}
	inv := t.rows[row].Invitation
	if err := inv.SetStatus(st, t.event.StartsAt, t.u.today()); err != nil {
		if early, ok := err.(*liaison.TooEarlyError); ok {
			early.Event = t.event.Title
		}
		showError(t.u.win, lang.L("The status is not saved"), windowError(err))
		t.table.Refresh() // puts back the stored status
		return
	}
	t.edit(row, func(stored *liaison.Invitation) { *stored = inv })
}

// edit changes one invitation and saves it.
func (t *inviteesTable) edit(row int, change func(*liaison.Invitation)) {
	if row >= len(t.rows) {
		return
	}
	base := t.rows[row].Invitation
	inv := base
	change(&inv)
	t.rows[row].Invitation = inv
	// The row is at the next version once saved: a second edit before the
	// list is read again must not conflict with the first.
	t.rows[row].Invitation.Version++
	t.save(base, inv)
}

func (t *inviteesTable) onSelected(id widget.TableCellID) {
	t.selected = id.Row
	t.table.Refresh()
}

func channelLabel(c liaison.Channel) string {
	if c == "" {
		return noMission
	}
	return tr(c)
}

// cellEntry is an entry inside a table cell that commits its text when
// the officer presses Enter or leaves it, not on every keystroke.
type cellEntry struct {
	widget.Entry
	cell      widget.TableCellID // the cell it shows
	committed string
	onCommit  func(string)
}

func newCellEntry() *cellEntry {
	e := &cellEntry{}
	e.ExtendBaseWidget(e)
	e.OnSubmitted = func(string) { e.commit() }
	return e
}

// FocusLost commits the text.
func (e *cellEntry) FocusLost() {
	e.Entry.FocusLost()
	e.commit()
}

func (e *cellEntry) commit() {
	if e.onCommit == nil || e.Text == e.committed {
		return
	}
	e.committed = e.Text
	e.onCommit(e.Text)
}
