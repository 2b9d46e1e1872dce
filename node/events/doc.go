// Package events owns a node's stream of market events (offers, jobs, deal state changes,
// peers) for its HTTP API's server-sent events: a Bus numbers each event, keeps the last
// ones in a bounded ring for replay, and hands them to subscribers through bounded buffers.
//
// An event's id is "EPOCH-SEQ": EPOCH is drawn at random when the bus is made (one per
// process start), SEQ counts from 1. A subscriber that comes back with the id of the last
// event it saw gets every event after it while they are still in the ring; when they are
// not (the ring moved on, or the id is from another epoch: the node restarted since), it is
// told to resync instead, never handed a wrong replay.
//
// Publishing never waits for a subscriber: a subscriber whose buffer is full is dropped (its
// channel closed), and it reconnects with its last id.
package events
