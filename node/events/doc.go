// Package events is a node's live event stream: a bus the node publishes what it sees into
// (offers, jobs, deal state changes, peers) and that readers, such as the API's
// server-sent events, subscribe to.
//
// It owns three bounds. The bus keeps the last RingSize events, so a reader that was
// disconnected can ask for what it missed by the id of the last event it read. Each reader
// has a buffer of ClientBuffer events; a reader that lets it fill is dropped (its Dropped
// channel closes) and never slows the publisher, which only ever does non-blocking sends.
// At most MaxSubscribers read at once.
//
// Event ids are "EPOCH.SEQ": EPOCH is random per Bus (a node makes one per run), SEQ counts
// from 1. An id from another epoch (the node restarted: what happened while it was down, or
// before, is not in this run's ring), an id older than the ring holds, or one this bus has not
// issued yet, cannot be replayed truthfully: Subscribe then says so (Resync), and the reader
// must reload its state from the node's snapshot endpoints instead of trusting a partial
// replay.
package events
