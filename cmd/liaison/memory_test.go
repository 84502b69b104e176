package main

import "testing"

func TestLimitFor(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int64
	}{
		{0, minMemoryLimit},
		{100 << 20, minMemoryLimit},
		{160 << 20, 240 << 20},
		{320 << 20, 480 << 20},
	} {
		if got := limitFor(tc.live); got != tc.want {
			t.Errorf("limitFor(%d MB) = %d MB, want %d MB", tc.live>>20, got>>20, tc.want>>20)
		}
	}
}
