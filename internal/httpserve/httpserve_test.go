package httpserve

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestServeUntilTheContextEnds: it answers while the context lives, returns nil once it
// ends, and the port is closed after; a request in flight is let finish within Grace.
func TestServeUntilTheContextEnds(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	inFlight := make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(inFlight)
			time.Sleep(200 * time.Millisecond)
		}
		_, _ = io.WriteString(w, "ok")
	})}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, srv, ln) }()
	url := "http://" + ln.Addr().String()
	slow := make(chan string, 1)
	go func() {
		res, err := http.Get(url + "/slow")
		if err != nil {
			slow <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		slow <- string(b)
	}()
	<-inFlight
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Serve after its context ended: %v", err)
	}
	if got := <-slow; got != "ok" {
		t.Fatalf("the request in flight got %q", got)
	}
	if _, err := http.Get(url + "/"); err == nil {
		t.Fatal("still serving after Serve returned")
	}
}
