package main

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// minMemoryLimit is the least memory Liaison asks Go's collector to stay
// under, and headroom how far above the live heap the limit is set. The
// limit is soft: the collector runs more often as memory nears it, never
// fails an allocation. An import of 100,000 cards or list rows keeps about
// 160 MB alive; with the default collector the heap grew to twice that
// and the process to over 400 MB, on desktops where the officer also has
// Outlook and Excel open. A fixed limit made a larger import (200,000
// cards, 320 MB alive) collect without pause and take three times as long:
// the limit follows the live heap instead. Measured on the CLI: 100,000
// cards 8.5 s and 284 MB (8.1 s and 400 MB without); 200,000 cards 19.8 s
// and 536 MB (13.5 s and 835 MB).
const (
	minMemoryLimit = 224 << 20
	headroom       = 1.5
)

// followHeap keeps the soft memory limit at headroom times the live heap,
// never under minMemoryLimit. It looks fifty times a second: an import
// allocates a gigabyte a second, and a slower look let the heap outgrow
// the limit and the collector run without pause. GOMEMLIMIT, when set, is
// left to rule.
func followHeap() {
	debug.SetMemoryLimit(minMemoryLimit)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	for range time.Tick(20 * time.Millisecond) {
		metrics.Read(sample)
		debug.SetMemoryLimit(limitFor(sample[0].Value.Uint64()))
	}
}

// limitFor is the soft memory limit for a live heap of live bytes.
func limitFor(live uint64) int64 {
	return max(minMemoryLimit, int64(float64(live)*headroom))
}
