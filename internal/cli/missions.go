package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// runMissions adds a mission or edits one's names, kind and country.
func runMissions(ctx context.Context, c *cmdContext, args []string) error {
	if len(args) == 0 || (args[0] != "add" && args[0] != "edit") {
		return errors.New("missions takes a subcommand: missions add --kind K --name N, or missions edit --mission ID")
	}
	verb := "missions " + args[0]
	fs := newFlags(verb)
	var id, ifVersion int64
	if args[0] == "edit" {
		fs.Func("mission", "", func(s string) (err error) { id, err = parseID(s); return err })
		fs.Func("if-version", "", func(s string) (err error) { ifVersion, err = parseVersion(s); return err })
	}
	fs.String("kind", "", "")
	fs.String("country", "", "")
	fs.String("name", "", "")
	fs.String("short", "", "")
	for _, l := range liaison.NameLanguages {
		fs.String("name-"+l, "", "")
		fs.String("short-"+l, "", "")
	}
	if rest, err := parse(fs, args[1:]); err != nil {
		return err
	} else if err := noArgs(verb, rest); err != nil {
		return err
	}
	var m liaison.Mission
	if args[0] == "edit" {
		if err := requireID(verb, "mission", id); err != nil {
			return err
		}
		var err error
		if m, err = c.s.Mission(ctx, id); err != nil {
			return err
		}
		if ifVersion != 0 && m.Version != ifVersion {
			return &store.ConflictError{Entity: store.EntityMission, ID: m.ID, Name: m.DisplayName(), Saved: m}
		}
	} else {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["kind"] || !set["name"] {
			return errors.New("missions add needs --kind (embassy, consulate, ...) and --name")
		}
	}
	if err := setMissionFlags(fs, &m); err != nil {
		return err
	}
	if m.ID == 0 {
		if err := c.s.CreateMission(ctx, &m); err != nil {
			return err
		}
		_, err := fmt.Fprintln(c.stdout, m.ID)
		return err
	}
	// Read above and written here, in two steps: UpdateMission checks
	// that nobody changed the mission in between.
	if err := c.s.UpdateMission(ctx, m); err != nil {
		return err
	}
	_, err := fmt.Fprintf(c.stdout, "mission %d: %s\n", m.ID, m.NameIn(string(c.lang)))
	return err
}

// setMissionFlags copies the flags given into the mission; an empty
// --name-ru or --short-ru clears the Russian name.
func setMissionFlags(fs *flag.FlagSet, m *liaison.Mission) (err error) {
	fs.Visit(func(f *flag.Flag) {
		if err != nil {
			return
		}
		v := f.Value.String()
		switch f.Name {
		case "kind":
			m.Kind, err = liaison.ParseMissionKind(v)
		case "country":
			m.Country, err = liaison.ParseCountry(v)
		case "name":
			m.Name = v
		case "short":
			m.ShortName = v
		default:
			for _, l := range liaison.NameLanguages {
				n := m.NamesIn(l)
				switch f.Name {
				case "name-" + l:
					n.Name = v
				case "short-" + l:
					n.Short = v
				default:
					continue
				}
				m.SetNamesIn(l, n)
			}
		}
	})
	return err
}
