package seating

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"liaison/internal/liaison"
)

// guests returns n guests with invitee IDs 1..n, in precedence order.
func guests(n int) []Guest {
	out := make([]Guest, n)
	for i := range out {
		out[i] = Guest{InviteeID: int64(i + 1), Person: liaison.Person{ID: int64(i + 1), FamilyName: fmt.Sprintf("G%d", i+1)}}
	}
	return out
}

// who returns the invitee ID on each seat of table t, by seat number: 0
// empty, -1 a host; a spouse as 1000+invitee.
func who(p Plan, t int) []int64 {
	var out []int64
	for _, s := range p.Table(t) {
		switch s.Kind {
		case AtHost:
			out = append(out, -1)
		case Guest1:
			out = append(out, s.Invitee)
		case Spouse:
			out = append(out, 1000+s.Invitee)
		default:
			out = append(out, 0)
		}
	}
	return out
}

func TestRightHandRule(t *testing.T) {
	tables := []Table{{Head: true, Seats: 6}, {Seats: 5}, {Seats: 4}}
	hosts := []Host{{Name: "Host", Title: "Ombudsman"}, {Name: "Co-host"}}
	p, err := Make(tables, hosts, guests(12), DefaultRules)
	if err != nil {
		t.Fatal(err)
	}
	// Head table of 6: the host in the middle (seat 4), seats 1-3 at the
	// right (3 nearest), 5-6 at the left (5 nearest).
	if got, want := who(p, 1), []int64{5, 3, 1, -1, 2, 4}; !slices.Equal(got, want) {
		t.Errorf("head table = %v, want %v", got, want)
	}
	// Round table of 5 with a co-host at seat 1: right 2, 3; left 5, 4.
	if got, want := who(p, 2), []int64{-1, 6, 8, 9, 7}; !slices.Equal(got, want) {
		t.Errorf("table 2 = %v, want %v", got, want)
	}
	// No host: the table's first guest takes seat 1, the next its right.
	if got, want := who(p, 3), []int64{10, 11, 0, 12}; !slices.Equal(got, want) {
		t.Errorf("table 3 = %v, want %v", got, want)
	}
	if len(p.Unseated) != 0 {
		t.Errorf("unseated %v", p.Unseated)
	}
	more, _ := Make(tables, hosts, guests(20), DefaultRules)
	if got := len(more.Unseated); got != 7 {
		t.Errorf("20 guests at 13 free seats left %d unseated, want 7", got)
	}
}

func TestOrder(t *testing.T) {
	for _, c := range []struct {
		t    Table
		want []int
	}{
		{Table{Seats: 10}, []int{1, 2, 10, 3, 9, 4, 8, 5, 7, 6}},
		{Table{Head: true, Seats: 12}, []int{7, 6, 8, 5, 9, 4, 10, 3, 11, 2, 12, 1}},
		{Table{Seats: 2}, []int{1, 2}},
	} {
		if got := Order(c.t); !slices.Equal(got, c.want) {
			t.Errorf("Order(%+v) = %v, want %v", c.t, got, c.want)
		}
	}
}

func TestSpouses(t *testing.T) {
	gs := guests(4)
	gs[0].ForTwo = true
	gs[2].ForTwo = true
	tables := []Table{{Seats: 8}}
	hosts := []Host{{Name: "Host"}}
	t.Run("beside", func(t *testing.T) {
		p, err := Make(tables, hosts, gs, DefaultRules)
		if err != nil {
			t.Fatal(err)
		}
		// 1 and spouse at the right (2, 3), 2 at the left (8), 3 and
		// spouse at the right (4, 5), 4 at the left (7).
		if got, want := who(p, 1), []int64{-1, 1, 1001, 3, 1003, 0, 4, 2}; !slices.Equal(got, want) {
			t.Errorf("table = %v, want %v", got, want)
		}
	})
	t.Run("not seated", func(t *testing.T) {
		p, err := Make(tables, hosts, gs, Rules{Spouses: SpouseNotSeated, Deputies: DeputyOwnRank})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := who(p, 1), []int64{-1, 1, 3, 0, 0, 0, 4, 2}; !slices.Equal(got, want) {
			t.Errorf("table = %v, want %v", got, want)
		}
	})
	t.Run("a couple does not split across tables", func(t *testing.T) {
		gs := guests(3)
		gs[2].ForTwo = true
		p, err := Make([]Table{{Seats: 4}, {Seats: 4}}, hosts, gs, DefaultRules)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := who(p, 1), []int64{-1, 1, 0, 2}; !slices.Equal(got, want) {
			t.Errorf("table 1 = %v, want %v", got, want)
		}
		if got, want := who(p, 2), []int64{3, 1003, 0, 0}; !slices.Equal(got, want) {
			t.Errorf("table 2 = %v, want %v", got, want)
		}
	})
}

// corps returns invitees of three embassies in precedence order: Amb3
// (credentials of 2015, the doyen), Amb1 (2019) and Amb2 (2021); the
// doyen sends a third secretary in his place.
func corps() []Invitee {
	var out []Invitee
	for i, cred := range []string{"2019-01-10", "2021-03-01", "2015-05-05"} {
		d, err := liaison.ParseDate(cred)
		if err != nil {
			panic(err)
		}
		m := liaison.Mission{ID: int64(i + 1), Name: fmt.Sprintf("Embassy %d", i+1), Kind: liaison.Embassy}
		head := liaison.Person{ID: int64(10 * (i + 1)), FamilyName: fmt.Sprintf("Amb%d", i+1), MissionID: m.ID,
			Rank: liaison.Ambassador, HeadOfMission: true, Credentials: d}
		out = append(out, Invitee{Placed: liaison.Placed{Person: head, Mission: m, Head: head}, Status: liaison.Accepted})
	}
	out = []Invitee{out[2], out[0], out[1]}
	out[0].Deputy = liaison.Person{ID: 99, FamilyName: "Deputy", MissionID: out[0].Placed.Mission.ID, Rank: liaison.ThirdSecretary}
	return out
}

func TestDeputies(t *testing.T) {
	ivs := corps()
	names := func(gs []Guest) []string {
		var out []string
		for _, g := range gs {
			out = append(out, g.Person.FamilyName)
		}
		return out
	}
	if got, want := names(Guests(ivs, DeputyPrincipal)), []string{"Deputy", "Amb1", "Amb2"}; !slices.Equal(got, want) {
		t.Errorf("by principal: %v, want %v", got, want)
	}
	if got, want := names(Guests(ivs, DeputyOwnRank)), []string{"Amb1", "Amb2", "Deputy"}; !slices.Equal(got, want) {
		t.Errorf("by own rank: %v, want %v", got, want)
	}
	ivs[1].Status = liaison.Declined
	if got, want := names(Guests(ivs, DeputyOwnRank)), []string{"Amb2", "Deputy"}; !slices.Equal(got, want) {
		t.Errorf("with a declined guest: %v, want %v", got, want)
	}
}

func TestFollowLeavesDeclinedSeatEmpty(t *testing.T) {
	ivs := corps()
	p, err := Make([]Table{{Seats: 4}}, []Host{{Name: "Host"}}, Guests(ivs, DeputyPrincipal), Rules{Spouses: SpouseBeside, Deputies: DeputyPrincipal})
	if err != nil {
		t.Fatal(err)
	}
	// Amb1 (seat 4, the host's left) declines; Amb2 takes no one's seat.
	ivs[1].Status = liaison.Declined
	ivs[0].Deputy = liaison.Person{} // the doyen comes after all
	p.Follow(ivs)
	s := p.Table(1)
	if s[3].Kind != Empty || !s[3].Vacated || s[3].Was.Person.FamilyName != "Amb1" {
		t.Errorf("seat 4 = %+v, want empty and vacated by Amb1", s[3])
	}
	if s[1].Guest.Person.FamilyName != "Amb3" || s[1].Guest.Deputy {
		t.Errorf("seat 2 = %+v, want the doyen himself", s[1].Guest)
	}
	if len(p.Unseated) != 0 {
		t.Errorf("unseated %v", p.Unseated)
	}
}

func TestSwap(t *testing.T) {
	p, _ := Make([]Table{{Seats: 4}, {Seats: 4}}, []Host{{Name: "Host"}}, guests(4), DefaultRules)
	if err := p.Swap(1, 2, 2, 3); err != nil {
		t.Fatal(err)
	}
	if got, want := who(p, 1), []int64{-1, 0, 3, 2}; !slices.Equal(got, want) {
		t.Errorf("table 1 = %v, want %v", got, want)
	}
	if got, want := who(p, 2), []int64{4, 0, 1, 0}; !slices.Equal(got, want) {
		t.Errorf("table 2 = %v, want %v", got, want)
	}
	if err := p.Swap(1, 9, 1, 1); err == nil {
		t.Error("swapping with seat 9 of a table of 4 did not fail")
	}
}

func TestParseTables(t *testing.T) {
	ts, err := ParseTables("head:12, 10,8")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := FormatTables(ts), "head:12,10,8"; got != want {
		t.Errorf("= %q, want %q", got, want)
	}
	for _, bad := range []string{"", "ten", "head:1", "10,,10", "61"} {
		if _, err := ParseTables(bad); err == nil {
			t.Errorf("ParseTables(%q) did not fail", bad)
		}
	}
}

func TestDefault(t *testing.T) {
	gs := guests(25)
	gs[8].ForTwo = true
	p, err := Default([]Host{{Name: "Host"}}, gs, DefaultRules)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Tables) != 3 || len(p.Unseated) != 0 || p.Table(1)[0].Kind != AtHost {
		t.Errorf("tables %v, unseated %d, first seat %+v", p.Tables, len(p.Unseated), p.Table(1)[0])
	}
}

// BenchmarkSeat300 seats 300 guests from the list: ordering them by
// precedence (deputies by their own rank, so the list is sorted again)
// and seating them at round tables of ten, every third with a spouse.
func BenchmarkSeat300(b *testing.B) {
	var ivs []Invitee
	for i := range 300 {
		m := liaison.Mission{ID: int64(i/3 + 1), Name: fmt.Sprintf("Embassy %d", i/3+1), Kind: liaison.Embassy}
		head := liaison.Person{ID: int64(1000 + i/3), FamilyName: fmt.Sprintf("Head%d", i/3), MissionID: m.ID,
			Rank: liaison.Ambassador, HeadOfMission: true, Credentials: liaison.Day(2010+i%15, time.Month(1+i%12), 1)}
		p := head
		if i%3 != 0 {
			p = liaison.Person{ID: int64(i + 1), FamilyName: fmt.Sprintf("Staff%d", i), MissionID: m.ID, Rank: liaison.Counsellor}
		}
		iv := Invitee{Placed: liaison.Placed{Person: p, Mission: m, Head: head}, Status: liaison.Accepted, ForTwo: i%3 == 0}
		if i%10 == 0 {
			iv.Deputy = liaison.Person{ID: int64(5000 + i), FamilyName: fmt.Sprintf("Deputy%d", i), MissionID: m.ID, Rank: liaison.FirstSecretary}
		}
		ivs = append(ivs, iv)
	}
	hosts := []Host{{Name: "Host"}, {Name: "Co-host"}}
	for b.Loop() {
		p, err := Default(hosts, Guests(ivs, DeputyOwnRank), DefaultRules)
		if err != nil || len(p.Unseated) != 0 {
			b.Fatal(err, len(p.Unseated))
		}
	}
}

func TestPlace(t *testing.T) {
	tb := Table{Head: true, Seats: 6}
	for n, want := range map[int][2]int{4: {int(AtAnchor), 0}, 3: {int(Right), 1}, 1: {int(Right), 3}, 5: {int(Left), 1}, 6: {int(Left), 2}} {
		side, k := Place(tb, n)
		if int(side) != want[0] || k != want[1] {
			t.Errorf("Place(head 6, %d) = %v %d, want %v", n, side, k, want)
		}
	}
}

func TestSeatList(t *testing.T) {
	gs := []Guest{
		{InviteeID: 1, Person: liaison.Person{ID: 1, FamilyName: "Ярошенко"}, ForTwo: true},
		{InviteeID: 2, Person: liaison.Person{ID: 2, FamilyName: "Абаев"}},
		{InviteeID: 3, Person: liaison.Person{ID: 3, FamilyName: "Брown"}},
	}
	p, err := Make([]Table{{Seats: 6}}, []Host{{Name: "Host"}}, gs, DefaultRules)
	if err != nil {
		t.Fatal(err)
	}
	l := SeatList(p)
	if len(l) != 3 || l[0].Guest.Person.ID != 2 || l[2].Guest.Person.ID != 1 {
		t.Fatalf("SeatList = %+v", l)
	}
	if l[2].Seat != 2 || l[2].Spouse != 3 {
		t.Errorf("Ярошенко at %d, spouse %d; want 2 and 3", l[2].Seat, l[2].Spouse)
	}
}

func TestSeatAnUnseatedGuest(t *testing.T) {
	gs := guests(5)
	gs[4].ForTwo = true
	p, err := Make([]Table{{Seats: 4}, {Seats: 2}}, []Host{{Name: "Host"}}, gs, DefaultRules)
	if err != nil {
		t.Fatal(err)
	}
	// Table 1: host, 1, 3, 2; table 2: 4 and an empty seat; 5 and
	// spouse do not fit.
	if len(p.Unseated) != 1 || p.Unseated[0].InviteeID != 5 {
		t.Fatalf("unseated %v", p.Unseated)
	}
	if err := p.Seat(5, 1, 2); !errors.Is(err, ErrSeatTaken) {
		t.Errorf("Seat on a taken seat = %v, want ErrSeatTaken", err)
	}
	if err := p.Seat(5, 2, 2); !errors.Is(err, ErrNoSeatBeside) {
		t.Errorf("Seat with no seat beside = %v, want ErrNoSeatBeside", err)
	}
	if err := p.Swap(2, 1, 1, 2); err != nil { // 4 to table 1's seat of 1, 1 to table 2
		t.Fatal(err)
	}
	p.Seats[p.index(2, 1)] = Seat{Table: 2, Number: 1} // and 1 declines
	p.Unseated = append(p.Unseated, gs[0])
	if err := p.Seat(5, 2, 2); err != nil {
		t.Fatal(err)
	}
	if got, want := who(p, 2), []int64{1005, 5}; !slices.Equal(got, want) {
		t.Errorf("table 2 = %v, want %v", got, want)
	}
	if len(p.Unseated) != 1 || p.Unseated[0].InviteeID != 1 {
		t.Errorf("unseated %v, want guest 1 alone", p.Unseated)
	}
}
