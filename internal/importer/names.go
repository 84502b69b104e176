package importer

import "liaison/internal/liaison"

// A nameIndex finds the people of a mission whose names may be a card's,
// without comparing the card with everyone of the mission: an import of
// 100,000 cards into missions of hundreds would otherwise compare names
// tens of millions of times. It keeps the first person of each key; a
// candidate it returns is then compared in full (liaison.CompareNames).
type nameIndex map[nameIndexKey]int64

// A nameIndexKey is a name's key within a mission: its sorted words, or
// its family name with what its given name is.
type nameIndexKey struct {
	mission int64
	kind    byte   // 'w' words; 'f' any given name; 'i' given name starting so; '-' no given name; '.' an initial alone
	family  string // the words, or the family name
	initial string
}

// add makes a person findable by each form of their name.
func (ix nameIndex) add(p liaison.Person) {
	for _, f := range liaison.NameForms(p) {
		ix.put(nameIndexKey{p.MissionID, 'w', f.Words, ""}, p.ID)
		ix.put(nameIndexKey{p.MissionID, 'f', f.Family, ""}, p.ID)
		switch {
		case f.Given == "":
			ix.put(nameIndexKey{p.MissionID, '-', f.Family, ""}, p.ID)
		case f.IsInitial():
			ix.put(nameIndexKey{p.MissionID, '.', f.Family, f.Given}, p.ID)
		default:
			ix.put(nameIndexKey{p.MissionID, 'i', f.Family, f.Initial()}, p.ID)
		}
	}
}

func (ix nameIndex) put(k nameIndexKey, id int64) {
	if _, taken := ix[k]; !taken {
		ix[k] = id
	}
}

// sameWords returns the people of the card's mission with the same family
// and given names in any order, in any script.
func (ix nameIndex) sameWords(card liaison.Person) []int64 {
	var out []int64
	for _, f := range liaison.NameForms(card) {
		if id, ok := ix[nameIndexKey{card.MissionID, 'w', f.Words, ""}]; ok {
			out = append(out, id)
		}
	}
	return out
}

// partly returns people of the card's mission whose family name is the
// card's and whose given name is missing or an initial of the card's, or
// the card's of theirs.
func (ix nameIndex) partly(card liaison.Person) []int64 {
	var out []int64
	get := func(k nameIndexKey) {
		if id, ok := ix[k]; ok {
			out = append(out, id)
		}
	}
	m := card.MissionID
	for _, f := range liaison.NameForms(card) {
		switch {
		case f.Given == "":
			get(nameIndexKey{m, 'f', f.Family, ""})
		case f.IsInitial():
			get(nameIndexKey{m, 'i', f.Family, f.Given})
			get(nameIndexKey{m, '.', f.Family, f.Given})
			get(nameIndexKey{m, '-', f.Family, ""})
		default:
			get(nameIndexKey{m, '-', f.Family, ""})
			get(nameIndexKey{m, '.', f.Family, f.Initial()})
		}
	}
	return out
}
