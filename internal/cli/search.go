package cli

import (
	"context"
	"errors"
	"strconv"
	"strings"
)

type resultJSON struct {
	Kind    string `json:"kind"`
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Mission string `json:"mission"`
}

func runSearch(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("search")
	asJSON := fs.Bool("json", false, "")
	all := fs.Bool("all", false, "")
	limit := fs.Int("limit", 50, "")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	query := strings.Join(words, " ")
	if strings.TrimSpace(query) == "" {
		return errors.New("search needs something to look for: liaison search QUERY")
	}
	if *limit <= 0 {
		return errors.New("--limit must be a positive number")
	}
	rs, err := c.s.Search(ctx, query, *limit, *all)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]resultJSON, len(rs))
		for i, r := range rs {
			out[i] = resultJSON{Kind: r.Kind, ID: r.ID, Name: r.Name, Mission: r.Mission}
		}
		return writeJSON(c.stdout, out)
	}
	t := newTable(c.stdout, "KIND", "ID", "NAME", "MISSION")
	for _, r := range rs {
		name := r.Name
		if r.Head {
			name += " *"
		}
		mission := r.Mission
		if r.Kind == "mission" {
			mission = ""
		}
		t.row(r.Kind, strconv.FormatInt(r.ID, 10), name, mission)
	}
	return t.flush()
}
