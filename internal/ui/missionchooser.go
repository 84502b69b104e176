package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
)

// suggestions is how many matching missions the chooser lists under its
// field; the arrow lists every match.
const suggestions = 6

// missionChooser is the person form's mission field: the officer types a
// few letters of a mission's name, short name or country, in any script,
// and picks it from the matches listed under the field (or presses Enter
// for the first). The arrow lists every mission that matches what is
// typed.
type missionChooser struct {
	entry    *widget.SelectEntry
	choices  []missionOption // every mission, by name
	matches  []missionOption // those what is typed matches
	suggest  *fyne.Container // buttons for the first matches
	none     *widget.Label   // says that nothing matches
	root     *fyne.Container
	onSubmit func() // Enter when there is nothing to pick: save the form
	// wanted is a mission set before the missions were loaded (a new
	// person of a mission just created, or of a screen not shown yet):
	// setMissions shows it once they are.
	wanted int64
}

// A missionOption is a mission as the chooser offers it.
type missionOption struct {
	id    int64
	label string // as shown: the mission's display name
	key   string // what typing is matched against, folded
}

func newMissionChooser() *missionChooser {
	c := &missionChooser{entry: widget.NewSelectEntry(nil), suggest: container.NewVBox()}
	c.entry.SetPlaceHolder(lang.L("Type part of the name or country, then pick"))
	c.entry.OnChanged = func(string) { c.filter() }
	c.entry.OnSubmitted = func(string) { c.onEnter() }
	c.none = widget.NewLabel(lang.L("No mission matches."))
	c.none.Importance = widget.LowImportance
	c.none.Hide()
	c.root = container.NewVBox(c.entry, c.suggest, c.none)
	return c
}

// setMissions offers the missions given, keeping the one chosen.
func (c *missionChooser) setMissions(ms []liaison.HeadedMission) {
	keep, _ := c.id()
	if c.wanted != 0 && strings.TrimSpace(c.entry.Text) == "" {
		keep = c.wanted
	}
	c.choices = c.choices[:0]
	seen := map[string]bool{}
	for _, hm := range ms {
		m := hm.Mission
		label := missionLabel(hm) // archived ones too: their people keep them
		if seen[label] {
			label += " #" + strconv.FormatInt(m.ID, 10)
		}
		seen[label] = true
		key := liaison.Fold(strings.Join([]string{label, missionTitle(m), m.Name, m.ShortName, countryName(m.Country), m.Country}, " "))
		c.choices = append(c.choices, missionOption{id: m.ID, label: label, key: key})
	}
	c.set(keep)
}

// set shows the mission with the given ID; 0 for none.
func (c *missionChooser) set(id int64) {
	text := ""
	c.wanted = id
	for _, ch := range c.choices {
		if ch.id == id {
			text, c.wanted = ch.label, 0
		}
	}
	c.entry.SetText(text) // filters
}

// id returns the ID of the mission chosen: 0 for none, and false when
// what is typed names no mission, or several.
func (c *missionChooser) id() (int64, bool) {
	text := strings.TrimSpace(c.entry.Text)
	if text == "" || text == noMission {
		return 0, true
	}
	for _, ch := range c.choices {
		if ch.label == text {
			return ch.id, true
		}
	}
	if len(c.matches) == 1 {
		return c.matches[0].id, true
	}
	return 0, false
}

// picked reports whether the text is a mission's label, as picking
// leaves it.
func (c *missionChooser) picked() bool {
	for _, ch := range c.choices {
		if ch.label == c.entry.Text {
			return true
		}
	}
	return false
}

// filter lists the missions whose names or country hold every word
// typed.
func (c *missionChooser) filter() {
	words := liaison.SearchWords(c.entry.Text)
	c.matches = c.matches[:0]
	for _, ch := range c.choices {
		if containsAll(ch.key, words) {
			c.matches = append(c.matches, ch)
		}
	}
	labels := make([]string, len(c.matches))
	for i, ch := range c.matches {
		labels[i] = ch.label
	}
	c.entry.SetOptions(labels)
	c.suggest.RemoveAll()
	typing := len(words) > 0 && !c.picked()
	if typing {
		for _, ch := range c.matches[:min(len(c.matches), suggestions)] {
			b := widget.NewButton(ch.label, func() { c.pick(ch) })
			b.Alignment = widget.ButtonAlignLeading
			b.Importance = widget.LowImportance
			c.suggest.Add(b)
		}
	}
	c.none.Hidden = !typing || len(c.matches) > 0
	c.root.Refresh()
}

// pick chooses a mission and puts the list of matches away.
func (c *missionChooser) pick(ch missionOption) {
	c.entry.SetText(ch.label)
	c.entry.CursorColumn = len([]rune(ch.label))
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c.entry); cv != nil {
		cv.Focus(c.entry)
	}
}

// onEnter picks the first match while matches are listed, and otherwise
// submits the form.
func (c *missionChooser) onEnter() {
	if len(c.suggest.Objects) > 0 {
		c.pick(c.matches[0])
		return
	}
	if c.onSubmit != nil {
		c.onSubmit()
	}
}

// containsAll reports whether every word occurs in key.
func containsAll(key string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(key, w) {
			return false
		}
	}
	return true
}
