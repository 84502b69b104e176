package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// newFlags returns a flag set for a verb that reports errors instead of
// exiting.
func newFlags(verb string) *flag.FlagSet {
	fs := flag.NewFlagSet(verb, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses flags and positional arguments in any order ("search elkin
// --json" as well as "search --json elkin") and returns the positional
// ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, fmt.Errorf("run liaison help for the options of %s", fs.Name())
			}
			return nil, fmt.Errorf("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// idList is a flag that takes IDs, repeated or separated by commas:
// --person 3 --person 4, or --person 3,4.
type idList []int64

func (l *idList) String() string {
	parts := make([]string, len(*l))
	for i, id := range *l {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ",")
}

func (l *idList) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		id, err := parseID(part)
		if err != nil {
			return err
		}
		*l = append(*l, id)
	}
	return nil
}

// parseID reads a record ID: a positive whole number.
func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%q is not an ID (a positive whole number)", s)
	}
	return id, nil
}

// parseVersion reads a record's version for --if-version: a positive
// whole number, as list --json prints it.
func parseVersion(s string) (int64, error) {
	v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("%q is not a version (a positive whole number, as list --json shows it)", s)
	}
	return v, nil
}

// stringList is a flag that takes words, repeated or separated by commas.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

// requireID checks that an ID flag was given.
func requireID(verb, name string, id int64) error {
	if id == 0 {
		return fmt.Errorf("%s needs --%s ID", verb, name)
	}
	return nil
}
