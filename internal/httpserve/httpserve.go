// Package httpserve runs an http.Server for as long as a context lives: the one shutdown
// that the node's metrics server and its API server share.
package httpserve

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// Grace is how long a stopping server waits for the requests in flight before it closes
// their connections.
const Grace = 5 * time.Second

// Serve serves srv on ln until ctx ends, then shuts it down (Grace for the requests in
// flight, then closed) and returns nil; or returns the error that stopped it first.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), Grace)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			_ = srv.Close()
		}
		<-served
		return nil
	case err := <-served:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}
