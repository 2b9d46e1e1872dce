package runner

import (
	"context"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coophive/coophive/internal/gittest"
)

func TestAddrClass(t *testing.T) {
	for addr, want := range map[string]string{
		"127.0.0.1":           "loopback",
		"127.8.9.10":          "loopback",
		"::1":                 "loopback",
		"::ffff:127.0.0.1":    "loopback",
		"64:ff9b::7f00:1":     "loopback", // NAT64 of 127.0.0.1
		"10.1.2.3":            "private",
		"172.16.0.1":          "private",
		"192.168.1.1":         "private",
		"fc00::1":             "private",
		"fd12:3456::1":        "private",
		"169.254.169.254":     "link-local", // cloud metadata
		"fe80::1":             "link-local",
		"0.0.0.0":             "unspecified",
		"::":                  "unspecified",
		"0.1.2.3":             "unspecified",
		"224.0.0.1":           "multicast",
		"ff02::1":             "multicast",
		"100.100.100.200":     "shared (carrier-grade NAT)",
		"255.255.255.255":     "reserved",
		"8.8.8.8":             "",
		"140.82.112.3":        "",
		"2606:50c0:8000::153": "",
		"64:ff9b::808:808":    "", // NAT64 of 8.8.8.8
	} {
		if got := addrClass(netip.MustParseAddr(addr)); got != want {
			t.Errorf("%s: class %q, want %q", addr, got, want)
		}
	}
}

// fakeDNS answers lookups from a table.
func fakeDNS(table map[string][]string) func(context.Context, string) ([]netip.Addr, error) {
	return func(_ context.Context, host string) ([]netip.Addr, error) {
		var out []netip.Addr
		for _, a := range table[strings.ToLower(host)] {
			out = append(out, netip.MustParseAddr(a))
		}
		if out == nil {
			return nil, errors.New("no such host")
		}
		return out, nil
	}
}

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	dns := fakeDNS(map[string][]string{
		"localhost":           {"127.0.0.1", "::1"},
		"internal.example":    {"fc00::1"},
		"metadata.example":    {"169.254.169.254"},
		"half.example":        {"140.82.112.3", "10.0.0.7"},
		"github.example":      {"140.82.112.3"},
		"lan.example":         {"192.168.1.20"},
		"unspecified.example": {"0.0.0.0"},
	})
	for _, host := range []string{"127.0.0.1", "10.1.2.3", "192.168.0.10", "169.254.169.254", "localhost",
		"internal.example", "metadata.example", "half.example", "lan.example", "unspecified.example"} {
		r := &Resolver{CacheDir: t.TempDir(), GitBase: "http://", Limits: FetchLimits{lookup: dns}}
		_, _, err := r.Resolve(context.Background(), host+"/org/repo:v1")
		if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), "--module-allow-private") {
			t.Errorf("%s: got %v, want a refusal naming --module-allow-private", host, err)
		}
	}
	// A public address passes the check (and then fails to connect: nothing listens there).
	l := FetchLimits{lookup: dns}.withDefaults()
	if _, err := l.resolve(context.Background(), "github.example"); err != nil {
		t.Errorf("a public host refused: %v", err)
	}
}

func TestFetchHostAllowlist(t *testing.T) {
	l := FetchLimits{Hosts: []string{"github.com", "Codeberg.org."}, lookup: fakeDNS(map[string][]string{
		"github.com": {"140.82.112.3"}, "codeberg.org": {"217.197.91.145"}, "evil.example": {"1.2.3.4"}})}.withDefaults()
	for host, ok := range map[string]bool{"github.com": true, "GitHub.com": true, "codeberg.org": true,
		"evil.example": false, "github.com.evil.example": false, "1.2.3.4": false} {
		_, err := l.resolve(context.Background(), host)
		if ok != (err == nil) || (!ok && !strings.Contains(err.Error(), "--module-hosts")) {
			t.Errorf("%s: got %v, want allowed=%v", host, err, ok)
		}
	}
}

// servedRepo is a module repository served over HTTP on loopback.
func servedRepo(t *testing.T, files map[string]string) (*gittest.Repo, string) {
	repo := gittest.New(t, t.TempDir(), modulePath)
	commit := repo.Commit(files)
	repo.Tag("v1")
	return repo, commit
}

// TestFetchOverHTTP: a module over http goes through the guard; loopback needs AllowPrivate,
// and a host off the allowlist is refused.
func TestFetchOverHTTP(t *testing.T) {
	ctx := context.Background()
	repo, commit := servedRepo(t, map[string]string{TemplateFile: cowsayTemplate("hello")})
	base := repo.Serve()
	_, pin, err := (&Resolver{CacheDir: t.TempDir(), GitBase: base, Limits: FetchLimits{AllowPrivate: true}}).Resolve(ctx, modulePath+":v1")
	if err != nil || pin.Commit != commit {
		t.Fatalf("resolve over http: %v (pin %+v)", err, pin)
	}
	if _, err := (&Resolver{CacheDir: t.TempDir(), GitBase: base, Limits: FetchLimits{AllowPrivate: true}}).Load(ctx, modulePath+":v1", pin); err != nil {
		t.Fatalf("load over http: %v", err)
	}
	_, err = (&Resolver{CacheDir: t.TempDir(), GitBase: base}).Load(ctx, modulePath+":v1", pin)
	if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("loopback without AllowPrivate: %v", err)
	}
	_, err = (&Resolver{CacheDir: t.TempDir(), GitBase: base, Limits: FetchLimits{AllowPrivate: true, Hosts: []string{"github.com"}}}).Load(ctx, modulePath+":v1", pin)
	if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), "allowlist") {
		t.Fatalf("host off the allowlist: %v", err)
	}
}

// TestFetchRedirectChecked: a redirect is a new connection through the guard, checked too.
func TestFetchRedirectChecked(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://inside.example"+r.URL.RequestURI(), http.StatusFound)
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	dns := fakeDNS(map[string][]string{"mirror.example": {u.Hostname()}, "inside.example": {"127.0.0.1"}})
	r := &Resolver{CacheDir: t.TempDir(), GitBase: "http://mirror.example:" + u.Port() + "/",
		Limits: FetchLimits{AllowPrivate: true, Hosts: []string{"mirror.example"}, lookup: dns}}
	_, _, err := r.Resolve(context.Background(), modulePath+":v1")
	if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), `"inside.example" is not in the module host allowlist`) {
		t.Fatalf("redirect to another host: %v", err)
	}
}

// TestFetchDNSRebindingChecked: the address is checked when dialed, not only before: a name
// that resolves to a public address first and to loopback next is refused.
func TestFetchDNSRebindingChecked(t *testing.T) {
	var calls atomic.Int32
	rebind := func(context.Context, string) ([]netip.Addr, error) {
		if calls.Add(1) == 1 {
			return []netip.Addr{netip.MustParseAddr("140.82.112.3")}, nil
		}
		return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
	}
	r := &Resolver{CacheDir: t.TempDir(), GitBase: "http://", Limits: FetchLimits{lookup: rebind}}
	_, _, err := r.Resolve(context.Background(), "rebind.example/org/repo:v1")
	if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), "127.0.0.1, a loopback address") {
		t.Fatalf("rebound name: %v (%d lookups)", err, calls.Load())
	}
}

func TestFetchSizeCap(t *testing.T) {
	big := make([]byte, 1<<20)
	rand.Read(big) // incompressible
	repo, commit := servedRepo(t, map[string]string{TemplateFile: cowsayTemplate("hi"), "big.bin": string(big)})
	base := repo.Serve()
	r := &Resolver{CacheDir: t.TempDir(), GitBase: base, Limits: FetchLimits{AllowPrivate: true, MaxBytes: 256 << 10}}
	_, err := r.Load(context.Background(), modulePath+":v1", &Pin{Commit: commit})
	if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), "more than 256 KiB received (module size limit)") {
		t.Fatalf("1 MiB module under a 256 KiB cap: %v", err)
	}
}

func TestFetchTimeLimit(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() { // accept, then say nothing
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	r := &Resolver{CacheDir: t.TempDir(), GitBase: "http://" + ln.Addr().String() + "/",
		Limits: FetchLimits{AllowPrivate: true, Timeout: time.Second}}
	start := time.Now()
	_, err = r.Load(context.Background(), modulePath+":v1", &Pin{Commit: strings.Repeat("a", 40)})
	if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), "not done within 1s (module fetch time limit)") {
		t.Fatalf("stalled server: %v", err)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Fatalf("took %s", d)
	}
}

func TestTemplateSizeCap(t *testing.T) {
	repo := gittest.New(t, t.TempDir(), modulePath)
	repo.Commit(map[string]string{TemplateFile: cowsayTemplate("hi") + strings.Repeat(" ", MaxTemplateBytes)})
	repo.Tag("v1")
	_, _, err := (&Resolver{CacheDir: t.TempDir(), GitBase: repo.GitBase()}).Resolve(context.Background(), modulePath+":v1")
	if !errors.Is(err, ErrModuleFetch) || !strings.Contains(err.Error(), "over the 1 MiB limit") {
		t.Fatalf("a template over 1 MiB: %v", err)
	}
}

// TestGuardTunnel: https goes through CONNECT, with the same checks and the same cap.
func TestGuardTunnel(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := make([]byte, 32<<10)
		for {
			if _, err := w.Write(buf); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	get := func(l FetchLimits) (*guard, error) {
		g, err := startGuard(l.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		defer g.close()
		tr := srv.Client().Transport.(*http.Transport).Clone()
		proxy, _ := url.Parse(g.URL())
		tr.Proxy = http.ProxyURL(proxy)
		resp, err := (&http.Client{Transport: tr, Timeout: 10 * time.Second}).Get(srv.URL)
		if err != nil {
			return g, err
		}
		defer resp.Body.Close()
		_, err = io.Copy(io.Discard, resp.Body)
		return g, err
	}
	g, err := get(FetchLimits{})
	if err == nil || !errors.Is(g.err(), ErrModuleFetch) || !strings.Contains(g.err().Error(), "loopback") {
		t.Fatalf("CONNECT to loopback: %v / %v", err, g.err())
	}
	g, err = get(FetchLimits{AllowPrivate: true, MaxBytes: 100 << 10})
	if err == nil || !errors.Is(g.err(), ErrModuleFetch) || !strings.Contains(g.err().Error(), "module size limit") {
		t.Fatalf("endless body over CONNECT: %v / %v", err, g.err())
	}
}

func TestCheckGitBase(t *testing.T) {
	for base, ok := range map[string]bool{"": true, "https://": true, "http://10.0.0.5/git/": true,
		"file:///srv/git/": true, "ssh://git@": false, "git://": false, "ext::sh -c touch% /tmp/x%": false} {
		if err := CheckGitBase(base); ok != (err == nil) {
			t.Errorf("%q: %v", base, err)
		}
	}
}
