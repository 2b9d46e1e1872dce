package runner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// ErrModuleFetch marks a git module fetch refused for one of FetchLimits' reasons: too big, too
// slow, a host off the allowlist or at a private address. The module cannot be run as signed.
var ErrModuleFetch = errors.New("module fetch refused")

// The defaults of FetchLimits.
const (
	DefaultMaxFetchBytes = 64 << 20
	DefaultFetchTimeout  = 60 * time.Second
	// MaxTemplateBytes bounds a module's TemplateFile, read whole into memory.
	MaxTemplateBytes = 1 << 20
)

// FetchLimits bound what fetching a git module over the network may cost. They apply to
// http:// and https:// clone URLs, whose connections all go through a proxy in this process
// that checks each address it dials and counts the bytes received. A file:// GitBase names the
// operator's own repositories: only the time limit applies there.
type FetchLimits struct {
	MaxBytes     int64         // bytes received in one module's fetch (default 64 MiB)
	Timeout      time.Duration // one module's fetch, all its git commands (default 60 s)
	Hosts        []string      // the only hosts fetched from (exact names); empty: any public host
	AllowPrivate bool          // allow loopback, private, link-local and other non-public addresses

	// lookup resolves a host name (tests fake DNS with it); nil uses the system resolver.
	lookup func(ctx context.Context, host string) ([]netip.Addr, error)
}

func (l FetchLimits) withDefaults() FetchLimits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxFetchBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultFetchTimeout
	}
	if l.lookup == nil {
		l.lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		}
	}
	return l
}

// nonPublic lists address ranges no public git host uses, beyond netip's own predicates.
var nonPublic = []struct {
	prefix netip.Prefix
	class  string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (carrier-grade NAT)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
}

// nat64 is the well-known NAT64 prefix: its addresses carry an IPv4 address in their last 4 bytes.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// addrClass names why a is not a public unicast address, or returns "" when it is.
func addrClass(a netip.Addr) string {
	a = a.WithZone("").Unmap()
	if nat64.Contains(a) {
		b := a.As16()
		return addrClass(netip.AddrFrom4([4]byte(b[12:])))
	}
	switch {
	case !a.IsValid():
		return "invalid"
	case a.IsUnspecified():
		return "unspecified"
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast():
		return "link-local"
	case a.IsMulticast():
		return "multicast"
	}
	for _, r := range nonPublic {
		if r.prefix.Contains(a) {
			return r.class
		}
	}
	return ""
}

// checkHost refuses a host off the allowlist.
func (l FetchLimits) checkHost(host string) error {
	if len(l.Hosts) == 0 {
		return nil
	}
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	for _, ok := range l.Hosts {
		if h == strings.TrimSuffix(strings.ToLower(strings.TrimSpace(ok)), ".") {
			return nil
		}
	}
	return fmt.Errorf("%w: host %q is not in the module host allowlist (--module-hosts)", ErrModuleFetch, host)
}

// checkAddr refuses a non-public address unless AllowPrivate.
func (l FetchLimits) checkAddr(host string, a netip.Addr) error {
	if l.AllowPrivate {
		return nil
	}
	if class := addrClass(a); class != "" {
		return fmt.Errorf("%w: host %q is at %s, a %s address (allow with --module-allow-private)", ErrModuleFetch, host, a, class)
	}
	return nil
}

// resolve checks host against the allowlist, looks it up and checks every address it has.
func (l FetchLimits) resolve(ctx context.Context, host string) ([]netip.Addr, error) {
	if err := l.checkHost(host); err != nil {
		return nil, err
	}
	addrs := []netip.Addr{}
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		addrs = append(addrs, a)
	} else if addrs, err = l.lookup(ctx, host); err != nil {
		return nil, fmt.Errorf("resolve %s: %w", host, err)
	}
	if len(addrs) == 0 {
		return nil, fmt.Errorf("resolve %s: no address", host)
	}
	for _, a := range addrs {
		if err := l.checkAddr(host, a); err != nil {
			return nil, err
		}
	}
	return addrs, nil
}

// guard is a forward HTTP proxy for one module's fetch: git's every connection (redirects
// included) goes through it, to addresses checked when dialed, and its bytes are counted.
type guard struct {
	limits   FetchLimits
	ln       net.Listener
	srv      *http.Server
	tr       *http.Transport
	received atomic.Int64

	mu      sync.Mutex
	failure error // the first limit hit
}

func startGuard(limits FetchLimits) (*guard, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("module fetch proxy: %w", err)
	}
	g := &guard{limits: limits, ln: ln}
	g.tr = &http.Transport{DialContext: g.dial, DisableCompression: true, MaxIdleConns: 1}
	g.srv = &http.Server{Handler: g, ReadHeaderTimeout: limits.Timeout}
	go g.srv.Serve(ln)
	return g, nil
}

// URL is the proxy's address, for git's http.proxy.
func (g *guard) URL() string { return "http://" + g.ln.Addr().String() }

func (g *guard) close() {
	g.srv.Close()
	g.tr.CloseIdleConnections()
}

func (g *guard) fail(err error) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.failure == nil && errors.Is(err, ErrModuleFetch) {
		g.failure = err
	}
	return err
}

// err is the first limit the fetch hit, if any.
func (g *guard) err() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.failure
}

// dial connects to addr ("host:port") at an address resolved and checked now; the dialer's
// Control checks the address of the socket itself once more.
func (g *guard) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	p, err := strconv.ParseUint(port, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("port %q: %w", port, err)
	}
	addrs, err := g.limits.resolve(ctx, host)
	if err != nil {
		return nil, g.fail(err)
	}
	d := net.Dialer{Control: func(_, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return err
		}
		return g.fail(g.limits.checkAddr(host, ap.Addr()))
	}}
	var errs []error
	for _, a := range addrs {
		c, err := d.DialContext(ctx, "tcp", netip.AddrPortFrom(a, uint16(p)).String())
		if err == nil {
			return c, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

// counted counts bytes read from r against the size cap.
type counted struct {
	r io.Reader
	g *guard
}

func (c counted) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if c.g.received.Add(int64(n)) > c.g.limits.MaxBytes {
		return n, c.g.fail(fmt.Errorf("%w: more than %s received (module size limit)", ErrModuleFetch, formatBytes(c.g.limits.MaxBytes)))
	}
	return n, err
}

func (g *guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodConnect {
		g.tunnel(w, r)
		return
	}
	g.forward(w, r)
}

// tunnel serves CONNECT (https): git's TLS runs end to end through a checked connection.
func (g *guard) tunnel(w http.ResponseWriter, r *http.Request) {
	up, err := g.dial(r.Context(), "tcp", r.Host)
	if err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	defer up.Close()
	hj, ok := w.(http.Hijacker)
	if !ok {
		http.Error(w, "no hijacking", http.StatusInternalServerError)
		return
	}
	down, buf, err := hj.Hijack()
	if err != nil {
		return
	}
	defer down.Close()
	if _, err := down.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n")); err != nil {
		return
	}
	go func() {
		io.Copy(up, buf) // git's side; ends when either side closes
		up.Close()
	}()
	io.Copy(down, counted{r: up, g: g})
}

// hopHeaders are a proxy's own, never passed on.
var hopHeaders = []string{"Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authorization",
	"Proxy-Authenticate", "Te", "Trailer", "Transfer-Encoding", "Upgrade"}

// forward serves a plain http request (absolute URL) through the checking dialer.
func (g *guard) forward(w http.ResponseWriter, r *http.Request) {
	if r.URL.Scheme != "http" || r.URL.Host == "" {
		http.Error(w, "want an absolute http URL", http.StatusBadRequest)
		return
	}
	out := r.Clone(r.Context())
	out.RequestURI = ""
	for _, h := range hopHeaders {
		out.Header.Del(h)
	}
	resp, err := g.tr.RoundTrip(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for _, h := range hopHeaders {
		resp.Header.Del(h)
	}
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	if _, err := io.Copy(w, counted{r: resp.Body, g: g}); err != nil {
		panic(http.ErrAbortHandler) // cut the connection: git sees a broken response
	}
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
