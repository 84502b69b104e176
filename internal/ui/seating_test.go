package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"liaison/internal/documents"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/seating"
	"liaison/internal/store"
)

// seatWidgetAt returns the widget of seat number of table t.
func seatWidgetAt(t *testing.T, v *seatingView, table, number int) *seatWidget {
	t.Helper()
	for _, w := range v.seats {
		if w.seat.Table == table && w.seat.Number == number {
			return w
		}
	}
	t.Fatalf("no widget for seat %d of table %d", number, table)
	return nil
}

func TestSeatingView(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	rows, err := s.Invitations(ctx, 2) // the reception for the diplomatic corps
	if err != nil {
		t.Fatal(err)
	}
	doyen := rows[0].Placed.Person
	u.show(screenEvents)
	u.events.open(2)
	u.tasks.wait()
	u.events.page.onSeating()
	u.tasks.wait()
	v := u.events.page.seating

	t.Run("the doyen at the host's right", func(t *testing.T) {
		host, right := seatWidgetAt(t, v, 1, 1), seatWidgetAt(t, v, 1, 2)
		if host.seat.Kind != seating.AtHost || right.seat.Guest.Person.ID != doyen.ID {
			t.Errorf("table 1: seat 1 %+v, seat 2 %+v; want the host, then %s", host.seat, right.seat.Guest, doyen.FullName())
		}
		if !strings.Contains(v.state.Text, "Not stored") {
			t.Errorf("state = %q", v.state.Text)
		}
	})

	t.Run("drag the doyen onto a seat of table 2", func(t *testing.T) {
		from, to := seatWidgetAt(t, v, 1, 2), seatWidgetAt(t, v, 2, 3)
		other := to.seat
		d := fyne.CurrentApp().Driver()
		fp, tp := d.AbsolutePositionForObject(from), d.AbsolutePositionForObject(to)
		start := fp.Add(fyne.NewPos(10, 10))
		test.Drag(u.win.Canvas(), start, tp.X-fp.X, tp.Y-fp.Y)
		if got := to.seat.Guest.Person.ID; got != doyen.ID {
			t.Fatalf("table 2 seat 3 holds %d after the drag, want the doyen %d", got, doyen.ID)
		}
		if got := from.seat; got.Kind != other.Kind || got.Invitee != other.Invitee {
			t.Errorf("table 1 seat 2 = %+v, want who sat at table 2 seat 3: %+v", got, other)
		}
		if !strings.Contains(v.state.Text, "not saved") {
			t.Errorf("state = %q, want changed", v.state.Text)
		}
	})

	t.Run("save stores the plan", func(t *testing.T) {
		v.onSave()
		u.tasks.wait()
		p, stored, err := s.Seating(ctx, 2)
		if err != nil || !stored || p.Version != 1 {
			t.Fatalf("stored %v, version %d, %v", stored, p.Version, err)
		}
		if got := p.Table(2)[2].Guest.Person.ID; got != doyen.ID {
			t.Errorf("stored table 2 seat 3 = %d, want the doyen", got)
		}
	})

	t.Run("a declined guest's seat shows empty and marked", func(t *testing.T) {
		if err := s.SetReply(ctx, 2, doyen.ID, liaison.Declined, 0); err != nil {
			t.Fatal(err)
		}
		v.load()
		u.tasks.wait()
		w := seatWidgetAt(t, v, 2, 3)
		name, _, vacated := v.seatText(w.seat)
		if !vacated || !strings.Contains(name, doyen.FullName()) {
			t.Errorf("seat 3 of table 2 shows %q (vacated %v), want it empty, marked for %s", name, vacated, doyen.FullName())
		}
	})
	t.Run("a guest accepting later is dragged onto the empty seat", func(t *testing.T) {
		var late liaison.Person
		for _, r := range rows {
			if r.Invitation.Status == liaison.Declined {
				late = r.Placed.Person
				break
			}
		}
		if err := s.SetReply(ctx, 2, late.ID, liaison.Accepted, 0, store.ForOne); err != nil {
			t.Fatal(err)
		}
		v.load()
		u.tasks.wait()
		if len(v.waiting.Objects) != 1 || !v.unseated.Visible() {
			t.Fatalf("%d guests waiting for a seat, want 1", len(v.waiting.Objects))
		}
		chip := v.waiting.Objects[0].(*seatWidget)
		to := seatWidgetAt(t, v, 2, 3)
		d := fyne.CurrentApp().Driver()
		cp, tp := d.AbsolutePositionForObject(chip), d.AbsolutePositionForObject(to)
		test.Drag(u.win.Canvas(), cp.Add(fyne.NewPos(10, 10)), tp.X-cp.X, tp.Y-cp.Y)
		if got := seatWidgetAt(t, v, 2, 3).seat; got.Kind != seating.Guest1 || got.Guest.Person.ID != late.ID {
			t.Errorf("table 2 seat 3 = %+v, want %s", got, late.FullName())
		}
		if len(v.waiting.Objects) != 0 || v.unseated.Visible() {
			t.Errorf("%d still waiting", len(v.waiting.Objects))
		}
	})
	t.Run("the plan shown as a PDF", func(t *testing.T) {
		for _, kind := range []documents.Kind{documents.SeatingPlan, documents.SeatList} {
			path := filepath.Join(t.TempDir(), "seating.pdf")
			v.writePDF(path, kind, i18n.Kk)
			u.tasks.wait()
			b, err := os.ReadFile(path)
			if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Errorf("%s: %v, not a PDF", kind, err)
			}
		}
	})
}
