// Package seating seats an event's guests at its tables by precedence:
// each table is anchored by a host or co-host of the office (else by its
// first seat), the table's first guest sits at the anchor's right, the
// next at its left, and so on outward, table by table. It is pure Go: the
// store keeps the plans it makes and the front ends print and move them.
package seating

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"liaison/internal/liaison"
)

// ErrInvalid is wrapped by the errors of tables, hosts and rules that
// cannot make a plan.
var ErrInvalid = liaison.ErrInvalid

// A Table is one table of the plan: the head table or a round one.
type Table struct {
	Head  bool // the head table: one long side facing the room
	Seats int  // seats at the table, the host's included
}

// A Host is a person of the office who anchors a table: the host at
// table 1, co-hosts at the following ones. They are entered by name and
// title once for the event, not taken from the card index. A host
// without a name is shown as "Host" (the plan made on the fly for an
// event that names none).
type Host struct {
	Name  string
	Title string
}

// String returns "Name, Title", as --host takes it.
func (h Host) String() string {
	if h.Title == "" {
		return h.Name
	}
	return h.Name + ", " + h.Title
}

// ParseHost reads "Name, Title" (the title is optional).
func ParseHost(s string) (Host, error) {
	name, title, _ := strings.Cut(s, ",")
	h := Host{Name: strings.TrimSpace(name), Title: strings.TrimSpace(title)}
	if h.Name == "" {
		return h, fmt.Errorf("a host needs a name (%q): %w", s, ErrInvalid)
	}
	return h, nil
}

// MaxSeats is the most seats a table may have.
const MaxSeats = 60

// DefaultSeats is the size of the round tables of a plan made on the fly.
const DefaultSeats = 10

// ParseTables reads tables written as "head:12,10,10": a size per table,
// "head:" marking the head table.
func ParseTables(s string) ([]Table, error) {
	var ts []Table
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		var t Table
		if rest, ok := strings.CutPrefix(strings.ToLower(f), "head:"); ok {
			t.Head, f = true, rest
		}
		n := 0
		if _, err := fmt.Sscan(f, &n); err != nil || fmt.Sprint(n) != strings.TrimSpace(f) {
			return nil, fmt.Errorf("tables are sizes separated by commas, the head table as head:12, not %q: %w", s, ErrInvalid)
		}
		t.Seats = n
		ts = append(ts, t)
	}
	return ts, checkTables(ts)
}

// FormatTables writes tables as ParseTables reads them.
func FormatTables(ts []Table) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprint(t.Seats)
		if t.Head {
			parts[i] = "head:" + parts[i]
		}
	}
	return strings.Join(parts, ",")
}

func checkTables(ts []Table) error {
	if len(ts) == 0 {
		return fmt.Errorf("a plan needs at least one table: %w", ErrInvalid)
	}
	for i, t := range ts {
		if t.Seats < 2 || t.Seats > MaxSeats {
			return fmt.Errorf("table %d has %d seats; a table has 2 to %d: %w", i+1, t.Seats, MaxSeats, ErrInvalid)
		}
	}
	return nil
}

// SpouseRule says where the spouse of a guest invited for two sits.
type SpouseRule string

// The spouse rules.
const (
	SpouseBeside    SpouseRule = "beside"     // on the next seat, outward from the anchor
	SpouseNotSeated SpouseRule = "not-seated" // not on the plan
)

// DeputyRule says by whose rank someone who comes in a guest's place is
// seated.
type DeputyRule string

// The deputy rules.
const (
	DeputyOwnRank   DeputyRule = "own"       // by the deputy's own precedence
	DeputyPrincipal DeputyRule = "principal" // in the place of the guest they represent
)

// Rules are the officer's choices a plan is made by; the plan states them.
type Rules struct {
	Spouses  SpouseRule
	Deputies DeputyRule
}

// DefaultRules seats spouses beside their guest and deputies by their own
// rank.
var DefaultRules = Rules{Spouses: SpouseBeside, Deputies: DeputyOwnRank}

// Check refuses rules that are not one of the above.
func (r Rules) Check() error {
	if r.Spouses != SpouseBeside && r.Spouses != SpouseNotSeated {
		return fmt.Errorf("spouses are seated %q or %q, not %q: %w", SpouseBeside, SpouseNotSeated, r.Spouses, ErrInvalid)
	}
	if r.Deputies != DeputyOwnRank && r.Deputies != DeputyPrincipal {
		return fmt.Errorf("deputies are seated by their %q rank or their %q's, not %q: %w", DeputyOwnRank, DeputyPrincipal, r.Deputies, ErrInvalid)
	}
	return nil
}

// An Invitee is one line of the event's list as seating needs it.
type Invitee struct {
	Placed liaison.Placed // the invitee, their mission and its head
	Status liaison.Status
	ForTwo bool
	Deputy liaison.Person // who comes instead; ID 0 for nobody
}

// Coming reports whether the invitee (or their deputy) has a seat:
// accepted, attended, or no-show (who accepted and had a seat on the
// day, though they did not come; a plan printed after the event shows it
// as it was laid).
func (iv Invitee) Coming() bool {
	return iv.Status == liaison.Accepted || iv.Status == liaison.Attended || iv.Status == liaison.NoShow
}

// A Guest is someone to seat: an invitee who is coming, or the deputy who
// comes in their place.
type Guest struct {
	InviteeID int64          // the invitation's person
	Person    liaison.Person // who sits: the invitee or the deputy
	Mission   liaison.Mission
	Deputy    bool // Person comes in the place of InviteeID
	ForTwo    bool // with a spouse or companion
}

// Guests returns the invitees who are coming in the order they are
// seated: invitees are given in precedence order (as store.Invitations
// returns them); a deputy takes the place of their principal, or, by
// their own rank, is placed among the others by their own precedence.
func Guests(invitees []Invitee, deputies DeputyRule) []Guest {
	var (
		out    []Guest
		placed []liaison.Placed
	)
	for _, iv := range invitees {
		if !iv.Coming() {
			continue
		}
		g := Guest{InviteeID: iv.Placed.Person.ID, Person: iv.Placed.Person, Mission: iv.Placed.Mission, ForTwo: iv.ForTwo}
		p := iv.Placed
		if iv.Deputy.ID != 0 {
			g.Person, g.Deputy = iv.Deputy, true
			if deputies == DeputyOwnRank {
				p.Person = iv.Deputy
			}
		}
		out = append(out, g)
		placed = append(placed, p)
	}
	if deputies != DeputyOwnRank {
		return out
	}
	// Sort the placed people and carry the guests along: the index of
	// each guest rides in the placed person's ID, which is unique.
	byIndex := slices.Clone(placed)
	for i := range byIndex {
		byIndex[i].Person.ID = int64(i + 1)
	}
	sorted := slices.Clone(byIndex)
	liaison.SortByPrecedence(sorted)
	ordered := make([]Guest, len(out))
	for i, p := range sorted {
		ordered[i] = out[p.Person.ID-1]
	}
	return ordered
}

// A Kind says who a seat holds.
type Kind int

// The kinds of seat.
const (
	Empty  Kind = iota // nobody
	AtHost             // a host or co-host (Seat.Host)
	Guest1             // the guest of the invitation (Seat.InviteeID)
	Spouse             // the spouse or companion of that guest
)

// A Seat is one seat of the plan.
type Seat struct {
	Table   int // 1 for the first table
	Number  int // 1 for the first seat; see Order for where seats are
	Kind    Kind
	Host    int   // AtHost: the index of the host in Plan.Hosts
	Invitee int64 // Guest1 and Spouse: the invitation's person
	// Vacated marks an empty seat whose guest no longer comes (declined,
	// or off the list) since the plan was stored; Was is that guest.
	Vacated bool
	Was     Guest
	// Guest is who sits there, filled for Guest1 and Spouse seats.
	Guest Guest
}

// A Plan is the seats of an event's tables.
type Plan struct {
	Tables []Table
	Hosts  []Host
	Rules  Rules
	// Seats holds every seat of every table, by table and number.
	Seats []Seat
	// Unseated are guests who are coming but have no seat: the tables
	// are full, or they accepted after the plan was stored.
	Unseated []Guest
	// Version is the version of the stored plan this was read at; 0 for
	// a plan not stored.
	Version int64
}

// Table returns the seats of table t (1 for the first).
func (p Plan) Table(t int) []Seat {
	var out []Seat
	for _, s := range p.Seats {
		if s.Table == t {
			out = append(out, s)
		}
	}
	return out
}

// Anchor returns the number of the anchor seat of a table of n seats:
// seat 1 of a round table; the middle of a head table, its seats numbered
// from the end at the anchor's right to the end at its left.
func Anchor(t Table) int {
	if t.Head {
		return 1 + (t.Seats)/2
	}
	return 1
}

// sides returns the seats at the anchor's right and at its left, nearest
// first.
func sides(t Table) (right, left []int) {
	a := Anchor(t)
	if t.Head {
		for n := a - 1; n >= 1; n-- {
			right = append(right, n)
		}
		for n := a + 1; n <= t.Seats; n++ {
			left = append(left, n)
		}
		return right, left
	}
	nRight := t.Seats / 2 // of the n-1 seats beside the anchor, the right gets the odd one
	for k := 1; k <= nRight; k++ {
		right = append(right, 1+k)
	}
	for k := 1; k <= t.Seats-1-nRight; k++ {
		left = append(left, t.Seats+1-k)
	}
	return right, left
}

// Order returns the seats of a table in the order guests take them: the
// anchor, then right and left of it alternately, outward.
func Order(t Table) []int {
	right, left := sides(t)
	out := []int{Anchor(t)}
	for i := 0; i < len(right) || i < len(left); i++ {
		if i < len(right) {
			out = append(out, right[i])
		}
		if i < len(left) {
			out = append(out, left[i])
		}
	}
	return out
}

// Make makes a plan: hosts anchor the first tables in order, guests (in
// the order Guests returns) fill each table from the anchor outward,
// right then left, before the next table starts. A guest with a spouse
// takes two neighbouring seats on one side (the guest nearer the
// anchor), when the rules seat spouses. Guests that do not fit are
// Unseated.
func Make(tables []Table, hosts []Host, guests []Guest, rules Rules) (Plan, error) {
	if err := checkTables(tables); err != nil {
		return Plan{}, err
	}
	if err := rules.Check(); err != nil {
		return Plan{}, err
	}
	if len(hosts) > len(tables) {
		return Plan{}, fmt.Errorf("%d hosts for %d tables: each host anchors a table of their own: %w", len(hosts), len(tables), ErrInvalid)
	}
	p := Plan{Tables: slices.Clone(tables), Hosts: slices.Clone(hosts), Rules: rules}
	p.Seats = emptySeats(tables)
	next := 0
	for ti, t := range tables {
		f := filler{p: &p, table: ti + 1, base: seatIndex(tables, ti)}
		f.right, f.left = sides(t)
		if ti < len(hosts) {
			f.put(Anchor(t), Seat{Kind: AtHost, Host: ti})
		} else {
			f.anchor = Anchor(t)
		}
		for next < len(guests) && f.place(guests[next], rules) {
			next++
		}
	}
	p.Unseated = slices.Clone(guests[next:])
	return p, nil
}

// emptySeats returns every seat of the tables, empty.
func emptySeats(tables []Table) []Seat {
	var out []Seat
	for ti, t := range tables {
		for n := 1; n <= t.Seats; n++ {
			out = append(out, Seat{Table: ti + 1, Number: n})
		}
	}
	return out
}

// seatIndex returns the index in Plan.Seats of the first seat of table ti
// (0 for the first).
func seatIndex(tables []Table, ti int) int {
	n := 0
	for _, t := range tables[:ti] {
		n += t.Seats
	}
	return n
}

// filler fills one table.
type filler struct {
	p           *Plan
	table, base int
	anchor      int   // the free anchor seat, 0 once taken
	right, left []int // free seats at each side, nearest first
	leftTurn    bool  // the next guest goes to the left
}

func (f *filler) put(number int, s Seat) {
	s.Table, s.Number = f.table, number
	f.p.Seats[f.base+number-1] = s
}

// place seats g (and spouse) and reports whether they fit at the table.
func (f *filler) place(g Guest, rules Rules) bool {
	need := 1
	if g.ForTwo && rules.Spouses == SpouseBeside {
		need = 2
	}
	guest := Seat{Kind: Guest1, Invitee: g.InviteeID, Guest: g}
	spouse := Seat{Kind: Spouse, Invitee: g.InviteeID, Guest: g}
	if f.anchor != 0 {
		// An unhosted table: its first guest takes the anchor, a spouse
		// the seat at the right.
		if need == 2 && len(f.right) == 0 {
			return false
		}
		f.put(f.anchor, guest)
		f.anchor = 0
		if need == 2 {
			f.put(f.right[0], spouse)
			f.right = f.right[1:]
			f.leftTurn = true
		}
		return true
	}
	side := &f.right
	if f.leftTurn {
		side = &f.left
	}
	if len(*side) < need {
		other := &f.left
		if f.leftTurn {
			other = &f.right
		}
		if len(*other) < need {
			return false
		}
		side = other
	}
	f.put((*side)[0], guest)
	if need == 2 {
		f.put((*side)[1], spouse)
	}
	*side = (*side)[need:]
	f.leftTurn = side == &f.right
	return true
}

// Swap exchanges who sits on two seats of the plan, as the officer drags
// a person onto another seat. Seats are given by table and number.
func (p *Plan) Swap(t1, n1, t2, n2 int) error {
	i, j := p.index(t1, n1), p.index(t2, n2)
	if i < 0 || j < 0 {
		return fmt.Errorf("no seat %d at table %d or no seat %d at table %d: %w", n1, t1, n2, t2, ErrInvalid)
	}
	a, b := p.Seats[i], p.Seats[j]
	a.Table, a.Number, b.Table, b.Number = b.Table, b.Number, a.Table, a.Number
	p.Seats[i], p.Seats[j] = b, a
	return nil
}

func (p *Plan) index(t, n int) int {
	for i, s := range p.Seats {
		if s.Table == t && s.Number == n {
			return i
		}
	}
	return -1
}

// Follow brings a stored plan up to date with the list: guests who no
// longer come leave their seats empty and Vacated; who sits on a guest's
// seat is who comes now (a deputy named since, or the guest again); a
// spouse's seat empties when the invitation is no longer for two or
// spouses are not seated; guests coming without a seat are Unseated, in
// the order of precedence. invitees is the current list, in precedence
// order.
func (p *Plan) Follow(invitees []Invitee) {
	guests := Guests(invitees, p.Rules.Deputies)
	known := make(map[int64]Guest, len(invitees))
	for _, iv := range invitees {
		known[iv.Placed.Person.ID] = Guest{InviteeID: iv.Placed.Person.ID, Person: iv.Placed.Person, Mission: iv.Placed.Mission}
	}
	coming := make(map[int64]Guest, len(guests))
	for _, g := range guests {
		coming[g.InviteeID] = g
	}
	seated := map[int64]bool{}
	for i, s := range p.Seats {
		if s.Kind != Guest1 && s.Kind != Spouse {
			continue
		}
		g, ok := coming[s.Invitee]
		switch {
		case !ok:
			p.Seats[i] = Seat{Table: s.Table, Number: s.Number, Vacated: true, Was: wasGuest(known, s.Invitee)}
		case s.Kind == Spouse && (!g.ForTwo || p.Rules.Spouses != SpouseBeside):
			p.Seats[i] = Seat{Table: s.Table, Number: s.Number}
		default:
			p.Seats[i].Guest = g
			if s.Kind == Guest1 {
				seated[s.Invitee] = true
			}
		}
	}
	p.Unseated = nil
	for _, g := range guests {
		if !seated[g.InviteeID] {
			p.Unseated = append(p.Unseated, g)
		}
	}
}

// wasGuest returns the guest known by invitee id; one off the list is
// known by id alone.
func wasGuest(known map[int64]Guest, id int64) Guest {
	if g, ok := known[id]; ok {
		return g
	}
	return Guest{InviteeID: id}
}

// Default makes the plan of an event without a stored one: round tables
// of DefaultSeats, as many as the guests and hosts need, the host at
// table 1 and co-hosts at the next ones.
func Default(hosts []Host, guests []Guest, rules Rules) (Plan, error) {
	people := len(hosts)
	for _, g := range guests {
		people++
		if g.ForTwo && rules.Spouses == SpouseBeside {
			people++
		}
	}
	n := max(1, len(hosts), (people+DefaultSeats-1)/DefaultSeats)
	for {
		tables := make([]Table, n)
		for i := range tables {
			tables[i] = Table{Seats: DefaultSeats}
		}
		p, err := Make(tables, hosts, guests, rules)
		if err != nil || len(p.Unseated) == 0 {
			return p, err
		}
		n++ // couples left seats apart at the ends of tables
	}
}

// Errors of Plan.Seat.
var (
	ErrSeatTaken    = errors.New("the seat is taken")
	ErrNoSeatBeside = errors.New("the guest comes with a spouse and no seat beside is free")
)

// Seat puts a guest coming without a seat (one of Unseated, by the
// invitation's person) on an empty seat, vacated or not, as the officer
// drops them there; a guest with a spouse, when spouses are seated,
// needs a free seat beside it (the next seat, else the one before).
func (p *Plan) Seat(invitee int64, table, number int) error {
	gi := slices.IndexFunc(p.Unseated, func(g Guest) bool { return g.InviteeID == invitee })
	i := p.index(table, number)
	if gi < 0 || i < 0 {
		return fmt.Errorf("no guest %d without a seat, or no seat %d at table %d: %w", invitee, number, table, ErrInvalid)
	}
	if p.Seats[i].Kind != Empty {
		return ErrSeatTaken
	}
	g := p.Unseated[gi]
	beside := -1
	if g.ForTwo && p.Rules.Spouses == SpouseBeside {
		for _, n := range []int{number + 1, number - 1} {
			if j := p.index(table, n); j >= 0 && p.Seats[j].Kind == Empty {
				beside = j
				break
			}
		}
		if beside < 0 {
			return ErrNoSeatBeside
		}
	}
	p.Seats[i] = Seat{Table: table, Number: number, Kind: Guest1, Invitee: invitee, Guest: g}
	if beside >= 0 {
		s := p.Seats[beside]
		p.Seats[beside] = Seat{Table: s.Table, Number: s.Number, Kind: Spouse, Invitee: invitee, Guest: g}
	}
	p.Unseated = slices.Delete(p.Unseated, gi, gi+1)
	return nil
}
