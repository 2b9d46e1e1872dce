package api

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/coophive/coophive/node/events"
)

// events streams the bus as server-sent events: retry first, then what the reader missed
// since its Last-Event-ID (or a resync event when that cannot be known), then each event as
// it is published, with a comment as a heartbeat while idle. A reader the bus drops for
// falling behind, or whose write outlasts StreamWriteTimeout, is disconnected; it reconnects
// with the id of the last event it read.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Bus == nil {
		writeError(w, http.StatusServiceUnavailable, "this node publishes no events")
		return
	}
	last := r.Header.Get("Last-Event-ID")
	if last == "" {
		last = r.URL.Query().Get("lastEventId")
	}
	sub, replay, err := s.cfg.Bus.Subscribe(last)
	if errors.Is(err, events.ErrTooManySubscribers) {
		writeError(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer sub.Close()
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Time{}) // the server's read deadline would end the stream
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // no proxy buffering
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriterSize(w, 8<<10)
	flush := func() error {
		_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.StreamWriteTimeout))
		if err := bw.Flush(); err != nil {
			return err
		}
		return rc.Flush()
	}
	fmt.Fprintf(bw, "retry: %d\n\n", s.cfg.Retry.Milliseconds())
	if replay.Resync != "" {
		data, _ := json.Marshal(map[string]string{"reason": replay.Resync})
		writeEvent(bw, events.Event{ID: replay.LastID, Type: events.TypeResync, Data: data})
	}
	for _, ev := range replay.Events {
		writeEvent(bw, ev)
		if bw.Buffered() > 4<<10 {
			if err := flush(); err != nil {
				return
			}
		}
	}
	if err := flush(); err != nil {
		return
	}
	beat := time.NewTicker(s.cfg.Heartbeat)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-sub.Dropped():
			s.log.Info("event reader fell behind; disconnected (it reconnects with Last-Event-ID)", "remote", r.RemoteAddr)
			return
		case ev := <-sub.C():
			writeEvent(bw, ev)
			for more := true; more && bw.Buffered() < 4<<10; { // send what is queued together
				select {
				case ev := <-sub.C():
					writeEvent(bw, ev)
				default:
					more = false
				}
			}
		case <-beat.C:
			bw.WriteString(": ping\n\n")
		}
		if err := flush(); err != nil {
			return
		}
	}
}

// writeEvent writes one event; its data is one line of JSON.
func writeEvent(w *bufio.Writer, ev events.Event) {
	if ev.ID != "" {
		fmt.Fprintf(w, "id: %s\n", ev.ID)
	}
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.Type, ev.Data)
}
