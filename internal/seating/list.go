package seating

import (
	"cmp"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// A Side says where a seat is from its table's anchor.
type Side int

// The sides.
const (
	AtAnchor Side = iota
	Right
	Left
)

// Place returns where seat n of table t is: the anchor, or the k-th seat
// at the anchor's right or left (1 the nearest).
func Place(t Table, n int) (Side, int) {
	if n == Anchor(t) {
		return AtAnchor, 0
	}
	right, left := sides(t)
	if i := slices.Index(right, n); i >= 0 {
		return Right, i + 1
	}
	return Left, slices.Index(left, n) + 1
}

// An Entry is one line of the alphabetical who-sits-where list.
type Entry struct {
	Guest  Guest
	Table  int
	Seat   int
	Spouse int // the spouse's seat; 0 when no spouse is seated
}

// SeatList returns who sits where, by the guest's name in alphabetical
// order (Cyrillic and Latin names each in their alphabet's order), for
// the entrance. Hosts and empty seats are left out; a spouse is on the
// guest's line.
func SeatList(p Plan) []Entry {
	var out []Entry
	byInvitee := map[int64]int{}
	for _, s := range p.Seats {
		if s.Kind == Guest1 {
			byInvitee[s.Invitee] = len(out)
			out = append(out, Entry{Guest: s.Guest, Table: s.Table, Seat: s.Number})
		}
	}
	for _, s := range p.Seats {
		if i, ok := byInvitee[s.Invitee]; ok && s.Kind == Spouse {
			out[i].Spouse = s.Number
		}
	}
	coll := collate.New(language.Russian, collate.IgnoreCase)
	slices.SortStableFunc(out, func(a, b Entry) int {
		if c := coll.CompareString(a.Guest.Person.FullName(), b.Guest.Person.FullName()); c != 0 {
			return c
		}
		return cmp.Compare(a.Guest.Person.ID, b.Guest.Person.ID)
	})
	return out
}
