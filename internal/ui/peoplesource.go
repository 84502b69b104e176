package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"liaison/internal/store"
)

// pageSize is how many people one query loads. A screen shows about 40
// rows, so a page covers a few screens of scrolling.
const pageSize = 200

// maxPages is how many pages stay cached: 10,000 rows, a few megabytes.
const maxPages = 50

// peopleSource is the rowSource of the people table: it knows how many
// people the query selects and loads them a page at a time as the table
// scrolls, so 100,000 people cost no more than 200.
type peopleSource struct {
	t        *tasks
	st       *store.Store
	q        store.PeopleQuery
	total    int
	pages    map[int][]store.PersonRow
	loading  map[int]bool
	gen      int    // bumped on every new query; late pages of an old one are dropped
	onLoaded func() // refreshes the table when a page arrives
}

func newPeopleSource(t *tasks, st *store.Store) *peopleSource {
	return &peopleSource{t: t, st: st, pages: map[int][]store.PersonRow{}, loading: map[int]bool{}}
}

func (p *peopleSource) Len() int { return p.total }

// Row returns row i if its page is loaded, else starts loading the page.
func (p *peopleSource) Row(i int) (store.PersonRow, bool) {
	page := i / pageSize
	if rows, ok := p.pages[page]; ok && i%pageSize < len(rows) {
		return rows[i%pageSize], true
	}
	p.fetch(page)
	return store.PersonRow{}, false
}

// reset starts a new query: count, then pages on demand. done runs once
// the count is known.
func (p *peopleSource) reset(q store.PeopleQuery, done func()) {
	p.gen++
	gen := p.gen
	p.q = q
	clear(p.pages)
	clear(p.loading)
	var n int
	var first []store.PersonRow
	p.t.quiet(lang.L("Loading people"), func(ctx context.Context) (err error) {
		if n, err = p.st.CountPeople(ctx, q); err != nil {
			return err
		}
		q.Limit = pageSize
		first, err = p.st.People(ctx, q)
		return err
	}, func() {
		if gen != p.gen {
			return
		}
		p.total = n
		p.pages[0] = first
		done()
	})
}

func (p *peopleSource) fetch(page int) {
	if p.loading[page] {
		return
	}
	p.loading[page] = true
	gen := p.gen
	q := p.q
	q.Offset, q.Limit = page*pageSize, pageSize
	var rows []store.PersonRow
	p.t.quiet(lang.L("Loading people"), func(ctx context.Context) (err error) {
		rows, err = p.st.People(ctx, q)
		return err
	}, func() {
		if gen != p.gen {
			return
		}
		delete(p.loading, page)
		p.evict(page)
		p.pages[page] = rows
		if p.onLoaded != nil {
			p.onLoaded()
		}
	})
}

// evict drops the cached page farthest from page when the cache is full.
func (p *peopleSource) evict(page int) {
	if len(p.pages) < maxPages {
		return
	}
	far, dist := -1, -1
	for k := range p.pages {
		if d := abs(k - page); d > dist {
			far, dist = k, d
		}
	}
	delete(p.pages, far)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
