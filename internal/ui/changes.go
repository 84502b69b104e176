package ui

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// changesView is the Changes tab of a record: who changed what and when,
// latest first, from the change history. Who is the system user on a
// file, the login on a server.
type changesView struct {
	u      *UI
	text   *widget.RichText
	scroll *container.Scroll
	loads  int
}

func newChangesView(u *UI) *changesView {
	v := &changesView{u: u, text: widget.NewRichText()}
	v.text.Wrapping = fyne.TextWrapWord
	v.scroll = container.NewVScroll(v.text)
	return v
}

func (v *changesView) content() fyne.CanvasObject { return v.scroll }

// clear empties the view, for a new record.
func (v *changesView) clear() {
	v.loads++
	v.text.Segments = nil
	v.text.Refresh()
}

// load reads and shows the history of a record.
func (v *changesView) load(entity string, id int64) {
	v.loads++
	load := v.loads
	var cs []store.Change
	var names historyNames
	v.u.tasks.quiet(lang.L("Loading the changes"), func(ctx context.Context) (err error) {
		if cs, err = v.u.store.History(ctx, entity, id); err != nil {
			return err
		}
		names, err = v.u.namesFor(ctx, cs)
		return err
	}, func() {
		if load != v.loads {
			return
		}
		v.text.Segments = changeSegments(cs, entity, names)
		v.text.Refresh()
		v.scroll.ScrollToTop()
	})
}

// historyNames are the names of the records the changes refer to by ID,
// and the files of their imports.
type historyNames struct {
	people, missions, events map[int64]string
	imports                  map[int64]string
}

// namesFor looks up the names the changes refer to. A record deleted since
// has no name.
func (u *UI) namesFor(ctx context.Context, cs []store.Change) (historyNames, error) {
	n := historyNames{people: map[int64]string{}, missions: map[int64]string{}, events: map[int64]string{},
		imports: map[int64]string{}}
	want := func(m map[int64]string, v any) {
		if id, ok := v.(float64); ok && id > 0 {
			m[int64(id)] = ""
		}
	}
	for _, c := range cs {
		if c.Entity == store.EntityInvitation {
			n.people[c.PersonID], n.events[c.EventID] = "", ""
		}
		for _, f := range c.Diff() {
			switch f.Field {
			case "RepresentedBy":
				want(n.people, f.Old)
				want(n.people, f.New)
			case "MissionID":
				want(n.missions, f.Old)
				want(n.missions, f.New)
			}
		}
		if c.BatchID != 0 {
			n.imports[c.BatchID] = ""
		}
	}
	for id := range n.people {
		if p, err := u.store.Person(ctx, id); err == nil {
			n.people[id] = p.FullName()
		}
	}
	for id := range n.missions {
		if m, err := u.store.Mission(ctx, id); err == nil {
			n.missions[id] = missionName(m)
		}
	}
	for id := range n.events {
		if e, err := u.store.Event(ctx, id); err == nil {
			n.events[id] = e.Title
		}
	}
	if len(n.imports) > 0 {
		bs, err := u.store.Batches(ctx)
		if err != nil {
			return n, err
		}
		for _, b := range bs {
			if _, ok := n.imports[b.ID]; ok {
				n.imports[b.ID] = batchLabel(b)
			}
		}
	}
	return n, nil
}

// headStyle is a bold line of its own.
var headStyle = func() widget.RichTextStyle {
	s := widget.RichTextStyleStrong
	s.Inline = false
	return s
}()

// dateFields hold dates, stored as 2006-01-02 and shown as 02.01.2006.
var dateFields = map[string]bool{"Agrement": true, "Credentials": true, "Notification": true,
	"PostingStart": true, "PostingEnd": true, "StartsAt": true, "RSVPBy": true, "Sent": true, "Answered": true}

// changeSegments lays out the changes of a record whose history is shown
// (entity): a bold line per change (when, what, which import, who), then
// its fields, old → new.
func changeSegments(cs []store.Change, entity string, n historyNames) []widget.RichTextSegment {
	if len(cs) == 0 {
		return []widget.RichTextSegment{&widget.TextSegment{Text: lang.L("No changes recorded yet."),
			Style: widget.RichTextStyleParagraph}}
	}
	var segs []widget.RichTextSegment
	for i, c := range cs {
		if i > 0 {
			segs = append(segs, &widget.SeparatorSegment{})
		}
		head := localTime(c.At) + "  " + n.describe(c, entity)
		if c.BatchID != 0 {
			head += " · " + n.imports[c.BatchID]
		}
		if c.Who != "" { // recorded since Liaison notes who made a change
			head += " · " + fmt.Sprintf(lang.L("User: %s"), c.Who)
		}
		segs = append(segs, &widget.TextSegment{Text: head, Style: headStyle})
		var lines []string
		for _, f := range c.Diff() {
			lines = append(lines, fmt.Sprintf("%s: %s → %s", fieldLabel(c.Entity, f.Field), n.value(c.Entity, f.Field, f.Old),
				n.value(c.Entity, f.Field, f.New)))
		}
		if len(lines) > 0 {
			segs = append(segs, &widget.TextSegment{Text: strings.Join(lines, "\n"), Style: widget.RichTextStyleParagraph})
		}
	}
	return segs
}

// describe says what a change did, in words: "Updated", or for an
// invitation in a person's history "Invitation to Briefing: accepted".
func (n historyNames) describe(c store.Change, entity string) string {
	action := map[string]string{
		store.ActionCreate: lang.L("Created"), store.ActionUpdate: lang.L("Changed"),
		store.ActionArchive: lang.L("Archived"), store.ActionRestore: lang.L("Restored from the archive"),
		store.ActionDelete: lang.L("Deleted"), store.ActionErase: lang.L("Erased"),
	}[c.Action]
	if c.Entity == entity {
		return action
	}
	var about string
	if entity == store.EntityPerson {
		about = fmt.Sprintf(lang.L("Invitation to %s"), orDeleted(n.events[c.EventID]))
	} else {
		about = fmt.Sprintf(lang.L("Invitation of %s"), orDeleted(n.people[c.PersonID]))
	}
	switch c.Action {
	case store.ActionCreate:
		inv, err := c.Invitation()
		if err != nil {
			return about + ": " + strings.ToLower(lang.L("Added to the list"))
		}
		return about + ": " + strings.ToLower(lang.L("Added to the list")) + " (" + tr(inv.Status) + ")"
	case store.ActionDelete:
		return about + ": " + strings.ToLower(lang.L("Taken off the list"))
	}
	return about + ": " + strings.ToLower(action)
}

func orDeleted(name string) string {
	if name == "" {
		return lang.L("(deleted)")
	}
	return name
}

// value shows a field's value as the forms do.
func (n historyNames) value(entity, field string, v any) string {
	switch x := v.(type) {
	case nil:
		return "—"
	case bool:
		if x {
			return lang.L("yes")
		}
		return lang.L("no")
	case float64:
		id := int64(x)
		switch field {
		case "MissionID":
			if id == 0 {
				return "—"
			}
			return orDeleted(n.missions[id])
		case "RepresentedBy":
			if id == 0 {
				return "—"
			}
			return orDeleted(n.people[id])
		}
		return fmt.Sprint(x)
	case []any:
		if len(x) == 0 {
			return "—"
		}
		parts := make([]string, len(x))
		for i, p := range x {
			parts[i] = fmt.Sprint(p)
		}
		return strings.Join(parts, ", ")
	case string:
		if x == "" {
			return "—"
		}
		switch {
		case dateFields[field]:
			if d, err := liaison.ParseDate(x); err == nil {
				return formatDate(d)
			}
		case field == "NationalDay":
			if md, err := liaison.ParseMonthDay(x); err == nil {
				return md.DM()
			}
		case field == "Status":
			return tr(liaison.Status(x))
		case field == "Channel":
			return tr(liaison.Channel(x))
		case field == "Rank":
			return tr(liaison.Rank(x))
		case field == "Kind" && entity == store.EntityMission:
			return tr(liaison.MissionKind(x))
		case field == "Kind" && entity == store.EntityEvent:
			return tr(liaison.EventKind(x))
		}
		return "“" + x + "”"
	}
	return fmt.Sprint(v)
}

// fieldLabel names a field in words, translated: "HeadOfMission" → "Head
// of mission", "MissionID" → "Mission".
func fieldLabel(entity, field string) string { return lang.L(fieldKey(entity, field)) }

// fieldKey is the English words for a field of a record, the key of
// fieldLabel.
func fieldKey(entity, field string) string {
	switch {
	case field == "RSVPBy":
		return "Reply by"
	case field == "UID":
		return "UID"
	case field == "Name" && entity == store.EntityMission:
		return "Official name" // "Name" is a person's in the forms
	case field == "Title" && entity == store.EntityEvent:
		return "Title"
	}
	if key, ok := nameFieldKeys[field]; ok {
		return key
	}
	field = strings.TrimSuffix(field, "ID")
	var b strings.Builder
	for i, r := range field {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nameFieldKeys are the words for a mission's names in each language.
var nameFieldKeys = map[string]string{
	"NameEn": msg("Official name in English"), "ShortEn": msg("Short name in English"),
	"NameRu": msg("Official name in Russian"), "ShortRu": msg("Short name in Russian"),
	"NameKk": msg("Official name in Kazakh"), "ShortKk": msg("Short name in Kazakh"),
}

// localTime shows a stored UTC time in the officer's time.
func localTime(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return t.Local().Format("02.01.2006 15:04")
}
