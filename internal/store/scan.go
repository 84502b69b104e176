package store

import (
	"encoding/json"
	"fmt"
	"strings"

	"liaison/internal/liaison"
)

// A scanner is a *sql.Row or *sql.Rows.
type scanner interface {
	Scan(dest ...any) error
}

// list is a []string stored as a JSON array.
type list []string

func (l list) value() string {
	b, _ := json.Marshal(l.clean()) // a []string always marshals
	return string(b)
}

// clean returns the values trimmed, without empty ones; nil when none.
func (l list) clean() []string {
	var out []string
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// listScan scans a JSON array column into a []string.
type listScan struct{ dst *[]string }

func (l listScan) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	case nil:
		*l.dst = nil
		return nil
	default:
		return fmt.Errorf("list column holds %T", src)
	}
	var out []string
	if err := json.Unmarshal(b, &out); err != nil {
		return fmt.Errorf("list column: %w", err)
	}
	if len(out) == 0 {
		out = nil
	}
	*l.dst = out
	return nil
}

// dateScan scans a date column into a liaison.Date.
type dateScan struct{ dst *liaison.Date }

func (d dateScan) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	case nil:
	default:
		return fmt.Errorf("date column holds %T", src)
	}
	parsed, err := liaison.ParseDate(s)
	if err != nil {
		return fmt.Errorf("date column: %w", err)
	}
	*d.dst = parsed
	return nil
}

// monthDayScan scans an MM-DD column into a liaison.MonthDay.
type monthDayScan struct{ dst *liaison.MonthDay }

func (d monthDayScan) Scan(src any) error {
	s, _ := src.(string)
	if b, ok := src.([]byte); ok {
		s = string(b)
	}
	md, err := liaison.ParseMonthDay(s)
	if err != nil {
		return fmt.Errorf("national day column: %w", err)
	}
	*d.dst = md
	return nil
}

// nullID stores 0 as NULL, for optional references.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// notFound wraps liaison.ErrNotFound with what was looked for.
func notFound(what string, id int64) error {
	return fmt.Errorf("%s %d: %w", what, id, liaison.ErrNotFound)
}

// placeholders returns "?, ?, ?" for n values.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}
