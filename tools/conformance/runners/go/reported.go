package main

import (
	"sync"
	"time"
)

// reported is what a library told its application when the connection closed (PROTOCOL.md,
// "reported"): nil members when it gave no code or no reason, or said nothing within playLimit.
type reported struct {
	Code   *int    `json:"code"`
	Reason *string `json:"reason"`
}

func reportOf(code int, reason string) reported { return reported{&code, &reason} }

// reportBook holds a server's close reports, keyed by the client's address: the raw client knows
// the address it connected from, and the server's handler knows its request's RemoteAddr. A report
// may come before or after the ask.
type reportBook struct {
	mu      sync.Mutex
	waiting map[string]chan reported
}

func newReportBook() *reportBook { return &reportBook{waiting: map[string]chan reported{}} }

func (b *reportBook) slot(from string) chan reported {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch, ok := b.waiting[from]
	if !ok {
		ch = make(chan reported, 1)
		b.waiting[from] = ch
	}
	return ch
}

// record notes what the server's library reported for the connection from `from`.
func (b *reportBook) record(from string, r reported) {
	select {
	case b.slot(from) <- r:
	default: // one report per connection; a second one is not the library's first word
	}
}

// reportFor waits, bounded, for the report of the connection from `from`.
func (b *reportBook) reportFor(from string) reported {
	ch := b.slot(from)
	defer func() {
		b.mu.Lock()
		delete(b.waiting, from)
		b.mu.Unlock()
	}()
	select {
	case r := <-ch:
		return r
	case <-time.After(playLimit):
		return reported{}
	}
}
