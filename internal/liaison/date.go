package liaison

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// A Date is a calendar day as protocol records keep it, optionally with the
// time of day (credentials are presented at a known hour; an agrément is
// given on a day). It has no time zone: it is the wall clock of the capital.
// The zero Date means "not known".
type Date struct {
	t     time.Time // midnight UTC of the day, plus the time of day when clock
	clock bool
}

// Day returns the date y-m-d without a time of day.
func Day(y int, m time.Month, d int) Date {
	return Date{t: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the calendar day of t in t's location, without a time of day.
func DateOf(t time.Time) Date { return Day(t.Date()) }

// At returns d at the given hour and minute.
func (d Date) At(hour, min int) Date {
	y, m, day := d.t.Date()
	return Date{t: time.Date(y, m, day, hour, min, 0, 0, time.UTC), clock: true}
}

// IsZero reports whether the date is not known.
func (d Date) IsZero() bool { return d.t.IsZero() }

// HasClock reports whether the time of day is known.
func (d Date) HasClock() bool { return d.clock }

// Year, Month and Day return the parts of the calendar day.
func (d Date) Year() int             { return d.t.Year() }
func (d Date) Month() time.Month     { return d.t.Month() }
func (d Date) DayOfMonth() int       { return d.t.Day() }
func (d Date) Clock() (h, m int)     { return d.t.Hour(), d.t.Minute() }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// Time returns the date as a time.Time in loc.
func (d Date) Time(loc *time.Location) time.Time {
	y, m, day := d.t.Date()
	return time.Date(y, m, day, d.t.Hour(), d.t.Minute(), 0, 0, loc)
}

// DayOnly returns d without its time of day.
func (d Date) DayOnly() Date {
	if d.IsZero() {
		return d
	}
	return Day(d.t.Date())
}

// AddDays returns the date n days later, keeping the time of day.
func (d Date) AddDays(n int) Date { return Date{t: d.t.AddDate(0, 0, n), clock: d.clock} }

// Compare returns -1, 0 or +1 as d is before, on or after e. Two dates on
// the same day compare by time of day only when both know it. An unknown date
// sorts after every known one.
func (d Date) Compare(e Date) int {
	switch {
	case d.IsZero() && e.IsZero():
		return 0
	case d.IsZero():
		return 1
	case e.IsZero():
		return -1
	}
	if c := d.DayOnly().t.Compare(e.DayOnly().t); c != 0 || !d.clock || !e.clock {
		return c
	}
	return d.t.Compare(e.t)
}

// String returns "2006-01-02", or "2006-01-02 15:04" when the time of day is
// known, or "" for the zero Date. It is the form the database stores.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.clock:
		return d.t.Format("2006-01-02 15:04")
	default:
		return d.t.Format("2006-01-02")
	}
}

// DMY returns the date as lists and forms in Kazakhstan write it:
// 02.01.2006, or 02.01.2006 15:04 when the time of day is known; "" for
// the zero Date.
func (d Date) DMY() string {
	switch {
	case d.IsZero():
		return ""
	case d.clock:
		return d.t.Format("02.01.2006 15:04")
	default:
		return d.t.Format("02.01.2006")
	}
}

// dateLayouts are the forms ParseDate accepts, the ISO ones first.
var dateLayouts = []struct {
	layout string
	clock  bool
}{
	{"2006-01-02", false},
	{"2006-01-02 15:04", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02T15:04:05", true},
	{"02.01.2006", false},
	{"02.01.2006 15:04", true},
}

// ParseDate reads a date written as 2006-01-02 or 02.01.2006, optionally
// followed by a time of day (15:04). The empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return Date{t: t.Truncate(time.Minute), clock: l.clock}, nil
		}
	}
	return Date{}, fmt.Errorf("%q is not a date: write it as YYYY-MM-DD or DD.MM.YYYY", s)
}

// ParseClock reads a time of day written as 15:04 and returns hours and
// minutes.
func ParseClock(s string) (h, m int, err error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, 0, fmt.Errorf("%q is not a time of day: write it as HH:MM", s)
	}
	return t.Hour(), t.Minute(), nil
}

// A MonthDay is a day that recurs every year, such as a national day. The
// zero MonthDay means "none".
type MonthDay struct {
	Month time.Month
	Day   int
}

// IsZero reports whether no day is set.
func (md MonthDay) IsZero() bool { return md.Month == 0 && md.Day == 0 }

// Valid reports whether the day exists in some year (29 February does).
func (md MonthDay) Valid() bool {
	if md.Month < time.January || md.Month > time.December || md.Day < 1 {
		return false
	}
	// 2024 is a leap year, so 29 February is accepted.
	return md.Day <= time.Date(2024, md.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String returns "MM-DD", or "" for the zero MonthDay.
func (md MonthDay) String() string {
	if md.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d-%02d", int(md.Month), md.Day)
}

// DM returns the day as lists and forms in Kazakhstan write it: 03.10 for
// 3 October; "" for the zero MonthDay.
func (md MonthDay) DM() string {
	if md.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d.%02d", md.Day, int(md.Month))
}

// ParseMonthDay reads a day written as MM-DD or DD.MM; "" is the zero
// MonthDay.
func ParseMonthDay(s string) (MonthDay, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return MonthDay{}, nil
	}
	var md MonthDay
	var m int
	if _, err := fmt.Sscanf(s, "%d-%d", &m, &md.Day); err == nil && strings.Contains(s, "-") {
		md.Month = time.Month(m)
	} else if _, err := fmt.Sscanf(s, "%d.%d", &md.Day, &m); err == nil && strings.Contains(s, ".") {
		md.Month = time.Month(m)
	} else {
		return MonthDay{}, fmt.Errorf("%q is not a day of the year: write it as MM-DD or DD.MM", s)
	}
	if !md.Valid() {
		return MonthDay{}, fmt.Errorf("%q is not a day of the year", s)
	}
	return md, nil
}

// Next returns the first occurrence of the day on or after from. A 29
// February falls on 28 February in common years.
func (md MonthDay) Next(from Date) Date {
	y := from.Year()
	for {
		d := md.in(y)
		if d.Compare(from.DayOnly()) >= 0 {
			return d
		}
		y++
	}
}

func (md MonthDay) in(year int) Date {
	day := md.Day
	if last := time.Date(year, md.Month+1, 0, 0, 0, 0, 0, time.UTC).Day(); day > last {
		day = last
	}
	return Day(year, md.Month, day)
}

// MarshalJSON writes the date as String does: "2006-01-02",
// "2006-01-02 15:04" or "" when unknown.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	parsed, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

// MarshalJSON writes the day as String does: "MM-DD", or "" for none.
func (md MonthDay) MarshalJSON() ([]byte, error) { return json.Marshal(md.String()) }

// UnmarshalJSON reads what MarshalJSON writes.
func (md *MonthDay) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	parsed, err := ParseMonthDay(s)
	if err != nil {
		return err
	}
	*md = parsed
	return nil
}
