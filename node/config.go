package node

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner"
)

// Role is one thing a node does.
type Role string

// The roles of this version.
const (
	RoleJC       Role = "jc"
	RoleRP       Role = "rp"
	RoleSolver   Role = "solver"
	RoleMediator Role = "mediator"
)

// ParseRoles parses "rp,solver".
func ParseRoles(s string) ([]Role, error) {
	var roles []Role
	for _, r := range strings.Split(s, ",") {
		switch Role(strings.TrimSpace(r)) {
		case RoleJC, RoleRP, RoleSolver, RoleMediator:
			roles = append(roles, Role(strings.TrimSpace(r)))
		case "":
		default:
			return nil, fmt.Errorf("unknown role %q (roles: jc, rp, solver, mediator)", r)
		}
	}
	if len(roles) == 0 {
		return nil, errors.New("no role given (roles: jc, rp, solver, mediator)")
	}
	return roles, nil
}

// OfferConfig is the resource offer an RP makes.
type OfferConfig struct {
	Spec              matching.Spec // CPU, RAM and disk offered (at most what the machine has)
	GPUs              int           // GPUs offered, at most those detected (--gpu)
	Price             *big.Int
	TimeoutCollateral *big.Int
	ResultsCollateral *big.Int
	SubmitWindow      time.Duration
	JudgeWindow       time.Duration
	MediateWindow     time.Duration
	Capacity          uint32        // jobs the machine runs at once; 0: from its CPU, RAM and GPUs
	Modules           []string      // accepted module names; empty accepts any
	ValidFor          time.Duration // an offer is re-signed before this runs out
	RepublishEvery    time.Duration // at most OfferLapse/3: solvers drop an offer not heard for OfferLapse
}

// JobConfig is the terms a JC offers.
type JobConfig struct {
	MaxPrice     *big.Int
	Collateral   *big.Int
	MediationFee *big.Int // what a challenge costs the JC, paid to the drawn mediator
	Bounds       JobBounds
	SolverWindow time.Duration
	ValidFor     time.Duration
	Retries      int // re-signings of a job whose offer expired unmatched
}

// JobBounds are the terms a JC accepts from a resource offer: everything the offer sets that
// can cost the JC money. They are signed into every job offer (matching.Bounds), and the
// contract refuses a match outside them.
type JobBounds struct {
	MaxSubmitWindow      time.Duration // how long the JC's money may wait for a result
	MinJudgeWindow       time.Duration // the JC's time to fetch and check a result
	MaxMediateWindow     time.Duration // how long its money may wait for a mediator
	MinTimeoutCollateral *big.Int      // the least the RP loses for never submitting
	MinResultsCollateral *big.Int      // the least the RP loses for a wrong result
}

// Signed is the bounds as a job offer signs them.
func (b JobBounds) Signed() matching.Bounds {
	return matching.Bounds{MaxSubmitWindow: seconds(b.MaxSubmitWindow), MinJudgeWindow: seconds(b.MinJudgeWindow),
		MaxMediateWindow: seconds(b.MaxMediateWindow), MinTimeoutCollateral: b.MinTimeoutCollateral,
		MinResultsCollateral: b.MinResultsCollateral}
}

// MediatorConfig is a mediator's terms, stated when it registers: it is drawn only for
// deals that pay at least MinFee and give it at least MinWindow to rule, and only while it has
// fewer than MaxOpen mediations open (so no one can have it drawn for more than it can re-run).
type MediatorConfig struct {
	MinFee    *big.Int
	MinWindow time.Duration
	MaxOpen   uint16
}

// Terms are the on-chain terms a mediator with this config registers with.
func (c MediatorConfig) Terms() chain.MediatorTerms {
	return chain.MediatorTerms{MinFee: c.MinFee, MinWindow: seconds(c.MinWindow), MaxOpen: c.MaxOpen}
}

func seconds(d time.Duration) uint32 { return uint32(d / time.Second) }

// Config is everything a node needs. Zero values take the defaults of DefaultConfig.
type Config struct {
	DataDir string
	Roles   []Role
	Key     *ecdsa.PrivateKey

	// Chain: RPCURL, or Backend for an in-process chain (tests, devnet).
	RPCURL        string
	Backend       chain.Backend
	Contracts     chain.Addresses
	Confirmations uint64
	PollInterval  time.Duration

	// Mesh.
	ListenAddrs []string
	Bootstrap   []string
	DHTServer   bool // serve the DHT without waiting for AutoNAT to find the node reachable
	MDNS        bool // find peers of the same network on the LAN by multicast DNS
	// CapabilityEvery is how often the node re-gossips its capability record; a solver whose
	// record has not come for solverLapse of them is not ranked (it is taken for dead).
	CapabilityEvery time.Duration

	// Market participants this node trusts or ranks. A JC ranks the live ones of Solvers
	// (every registered solver when empty).
	Mediators []common.Address
	Solvers   []common.Address

	// Deposit tops the node's free escrow up to this amount at start (rp, solver, mediator).
	Deposit *big.Int

	// ModuleGitBase turns a git module's path into its clone URL (default "https://":
	// github.com/org/repo -> https://github.com/org/repo). A mirror, or "file:///srv/git/" for
	// local repositories, works the same.
	ModuleGitBase string
	// ModuleHosts, when set, are the only hosts git modules are fetched from (--module-hosts).
	ModuleHosts []string
	// ModuleAllowPrivate lets git module fetches reach loopback, private and link-local
	// addresses (a mirror on the LAN; tests).
	ModuleAllowPrivate bool

	// BacalhauAPI, when set, runs the node's jobs on that bacalhau cluster (its orchestrator's
	// REST API, e.g. http://10.0.0.5:1234) instead of in-process: one RP fronts the cluster.
	BacalhauAPI string

	// NoDocker runs the node's jobs without a Docker engine: an RP then offers only the
	// modules bacalhau's wasm engine runs.
	NoDocker bool

	// Keeper makes the node call every deal's timeouts once their windows pass, not only the
	// ones that protect its own money.
	Keeper bool
	// MediationChance is the probability a JC challenges a result that looks right (a
	// spot-check; a dishonest RP can hash a wrong result consistently). CoopHive's MEDIATION_CHANCE.
	MediationChance float64

	// MetricsAddr, when set (host:port; port 0 picks a free one, see Node.MetricsAddr), serves
	// HTTP there: /metrics (Prometheus text: the node's series and go-libp2p's), /healthz (200
	// while the process is up) and /readyz (200 when the chain answers, the node has peers on
	// the market's topics, its runner answers and its escrow covers its role; else 503; a JSON
	// body lists each check). Default empty: off. Bind it to a private address: it has no
	// authentication.
	MetricsAddr string

	// Release names this build (`coophive version`'s release, set at link time): capability
	// records and coophive_build_info carry it. Default "dev".
	Release string

	// APIAddr, when set (host:port; port 0 picks a free one, see Node.APIAddr), serves the
	// node API there (package api: JSON reads, server-sent events, job submission for a jc
	// behind the bearer token in DataDir/api-token). Default empty: off. Meant for loopback
	// (127.0.0.1:PORT): its reads need no token, so binding beyond loopback shows them to
	// whoever reaches the port.
	APIAddr string
	// APIRoutes, when set, adds routes to the API server (the gateway's, on the same address).
	APIRoutes func(*http.ServeMux)

	// faults make the node misbehave on purpose: tests only (faults.go).
	faults faults

	Offer    OfferConfig
	Job      JobConfig
	Mediator MediatorConfig

	Logger *slog.Logger
}

// DefaultConfig returns a config with every default set.
func DefaultConfig() Config {
	return Config{
		Confirmations:   0,
		PollInterval:    250 * time.Millisecond,
		CapabilityEvery: 30 * time.Second,
		ListenAddrs:     p2p.DefaultListenAddrs(),
		Deposit:         chain.Tokens(100),
		ModuleGitBase:   runner.DefaultGitBase,
		Release:         "dev",
		Offer: OfferConfig{
			Spec:              matching.Spec{CPUMilli: uint64(runtime.NumCPU()) * 1000, RAMMiB: 4096, DiskMiB: 10240},
			Price:             chain.Tokens(2),
			TimeoutCollateral: chain.Tokens(1),
			ResultsCollateral: chain.Tokens(2),
			SubmitWindow:      10 * time.Minute,
			JudgeWindow:       5 * time.Minute,
			MediateWindow:     10 * time.Minute,
			ValidFor:          time.Hour,
			RepublishEvery:    5 * time.Second,
		},
		Job: JobConfig{
			MaxPrice:     chain.Tokens(10),
			Collateral:   chain.Tokens(1),
			MediationFee: chain.Tokens(1),
			Bounds: JobBounds{
				MaxSubmitWindow:      time.Hour,
				MinJudgeWindow:       20 * time.Second,
				MaxMediateWindow:     time.Hour,
				MinTimeoutCollateral: chain.Tokens(1),
				MinResultsCollateral: chain.Tokens(1),
			},
			SolverWindow: 5 * time.Second,
			ValidFor:     2 * time.Minute,
			Retries:      1,
		},
		Mediator: MediatorConfig{MinFee: chain.Tokens(1), MinWindow: 5 * time.Minute, MaxOpen: 4},
	}
}

// LocalConfig is DefaultConfig for a node that shares one machine with the rest of its
// network, as memberlist's DefaultLocalConfig is for a LAN: the devnet's nodes, the
// benchmarks' and the tests'. It listens on loopback QUIC only, serves the DHT from the start
// (AutoNAT would never find a loopback network reachable) and polls the chain faster (a dev
// chain, chain.DevChainID unless told otherwise, seals a block a second or at once).
func LocalConfig() Config {
	c := DefaultConfig()
	c.ListenAddrs = []string{p2p.LoopbackQUIC}
	c.DHTServer = true
	c.PollInterval = 100 * time.Millisecond
	c.CapabilityEvery = 2 * time.Second
	return c
}

// applyDefaults gives every unset setting (a zero duration or count, a nil amount or list)
// DefaultConfig's value, as the Config comment promises. Zeros that mean something (no
// confirmations, no retries, a mediation chance of 0, an explicit amount of 0) stay.
func (c *Config) applyDefaults() {
	d := DefaultConfig()
	dur := func(v *time.Duration, def time.Duration) {
		if *v == 0 {
			*v = def
		}
	}
	amount := func(v **big.Int, def *big.Int) {
		if *v == nil {
			*v = def
		}
	}
	dur(&c.PollInterval, d.PollInterval)
	if c.Release == "" {
		c.Release = d.Release
	}
	dur(&c.CapabilityEvery, d.CapabilityEvery)
	if len(c.ListenAddrs) == 0 {
		c.ListenAddrs = d.ListenAddrs
	}
	amount(&c.Deposit, d.Deposit)
	if c.ModuleGitBase == "" {
		c.ModuleGitBase = d.ModuleGitBase
	}
	o, do := &c.Offer, d.Offer
	dur(&o.SubmitWindow, do.SubmitWindow)
	dur(&o.JudgeWindow, do.JudgeWindow)
	dur(&o.MediateWindow, do.MediateWindow)
	dur(&o.ValidFor, do.ValidFor)
	dur(&o.RepublishEvery, do.RepublishEvery)
	amount(&o.Price, do.Price)
	amount(&o.TimeoutCollateral, do.TimeoutCollateral)
	amount(&o.ResultsCollateral, do.ResultsCollateral)
	j, dj := &c.Job, d.Job
	amount(&j.MaxPrice, dj.MaxPrice)
	amount(&j.Collateral, dj.Collateral)
	amount(&j.MediationFee, dj.MediationFee)
	dur(&j.SolverWindow, dj.SolverWindow)
	dur(&j.ValidFor, dj.ValidFor)
	b, db := &j.Bounds, dj.Bounds
	dur(&b.MaxSubmitWindow, db.MaxSubmitWindow)
	dur(&b.MinJudgeWindow, db.MinJudgeWindow)
	dur(&b.MaxMediateWindow, db.MaxMediateWindow)
	amount(&b.MinTimeoutCollateral, db.MinTimeoutCollateral)
	amount(&b.MinResultsCollateral, db.MinResultsCollateral)
	m, dm := &c.Mediator, d.Mediator
	amount(&m.MinFee, dm.MinFee)
	dur(&m.MinWindow, dm.MinWindow)
	if m.MaxOpen == 0 {
		m.MaxOpen = dm.MaxOpen
	}
}

// Has reports whether the node plays role r.
func (c *Config) Has(r Role) bool {
	for _, x := range c.Roles {
		if x == r {
			return true
		}
	}
	return false
}

// Validate checks the config once, before anything starts.
func (c *Config) Validate() error {
	var errs []error
	if c.Key == nil {
		errs = append(errs, errors.New("no key (set WEB3_PRIVATE_KEY or use a data dir keystore)"))
	}
	if c.RPCURL == "" && c.Backend == nil {
		errs = append(errs, errors.New("no chain: set WEB3_RPC_URL"))
	}
	if c.Contracts.Market == (common.Address{}) || c.Contracts.Token == (common.Address{}) {
		errs = append(errs, errors.New("no contracts: set WEB3_MARKET_ADDRESS and WEB3_TOKEN_ADDRESS"))
	}
	if u, err := url.Parse(c.BacalhauAPI); c.BacalhauAPI != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "") {
		errs = append(errs, fmt.Errorf("bacalhau API %q: want an http(s) URL such as http://10.0.0.5:1234", c.BacalhauAPI))
	}
	if err := runner.CheckGitBase(c.ModuleGitBase); err != nil {
		errs = append(errs, err)
	}
	if c.BacalhauAPI != "" && c.NoDocker {
		errs = append(errs, errors.New("--bacalhau-api and --no-docker: a cluster runs docker modules, pick one"))
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("no data dir"))
	}
	if len(c.Roles) == 0 {
		errs = append(errs, errors.New("no role"))
	}
	if c.MediationChance < 0 || c.MediationChance > 1 {
		errs = append(errs, fmt.Errorf("mediation chance %v is not a probability", c.MediationChance))
	}
	if (c.Has(RoleRP) || c.Has(RoleJC)) && len(c.Mediators) == 0 {
		errs = append(errs, errors.New("rp and jc need at least one mediator (--mediators, SERVICE_MEDIATORS)"))
	}
	if c.Has(RoleRP) && (c.Offer.Spec.CPUMilli == 0 || c.Offer.Spec.RAMMiB == 0) {
		errs = append(errs, errors.New("rp offer needs CPU and RAM"))
	}
	if c.Has(RoleRP) && c.Offer.RepublishEvery > OfferLapse/3 {
		errs = append(errs, fmt.Errorf("rp re-publishes its offer every %s: solvers drop an offer not heard for %s, so at most %s", c.Offer.RepublishEvery, OfferLapse, OfferLapse/3))
	}
	for _, w := range []time.Duration{c.Offer.SubmitWindow, c.Offer.JudgeWindow, c.Offer.MediateWindow} {
		if c.Has(RoleRP) && !windowOK(w) {
			errs = append(errs, fmt.Errorf("rp window %s out of range (1 s to 136 years)", w))
		}
	}
	b := c.Job.Bounds
	for _, w := range []time.Duration{b.MaxSubmitWindow, b.MinJudgeWindow, b.MaxMediateWindow} {
		if c.Has(RoleJC) && !windowOK(w) {
			errs = append(errs, fmt.Errorf("job window bound %s out of range (1 s to 136 years)", w))
		}
	}
	if m := c.Mediator; c.Has(RoleMediator) && (!windowOK(m.MinWindow) || m.MinFee == nil || m.MinFee.Sign() < 0 || m.MaxOpen == 0) {
		errs = append(errs, fmt.Errorf("mediator terms: a window of 1 s or more, a fee of 0 or more, at least 1 mediation at once (got %s, %v, %d)",
			m.MinWindow, m.MinFee, m.MaxOpen))
	}
	if c.Offer.ValidFor > gossip.MaxValidity || c.Job.ValidFor > gossip.MaxValidity {
		errs = append(errs, fmt.Errorf("offers and jobs may be valid for at most %s (other nodes ignore longer ones)", gossip.MaxValidity))
	}
	// What applyDefaults leaves alone because it is not zero, but would break later: a
	// ticker panics on a period of 0 or less; the wire holds whole seconds and unsigned amounts.
	if c.PollInterval <= 0 || c.CapabilityEvery <= 0 {
		errs = append(errs, fmt.Errorf("poll interval %s, capability period %s: want more than 0", c.PollInterval, c.CapabilityEvery))
	}
	if c.Has(RoleRP) && c.Offer.RepublishEvery <= 0 {
		errs = append(errs, fmt.Errorf("offer re-publication period %s: want more than 0", c.Offer.RepublishEvery))
	}
	if c.Offer.ValidFor < time.Second || c.Job.ValidFor < time.Second {
		errs = append(errs, fmt.Errorf("offers and jobs must be valid for at least 1 s (got %s and %s)", c.Offer.ValidFor, c.Job.ValidFor))
	}
	if c.Job.SolverWindow < 0 {
		errs = append(errs, fmt.Errorf("solver window %s: want 0 or more", c.Job.SolverWindow))
	}
	for _, a := range []struct {
		name string
		v    *big.Int
	}{{"deposit", c.Deposit}, {"offer price", c.Offer.Price},
		{"offer timeout collateral", c.Offer.TimeoutCollateral}, {"offer results collateral", c.Offer.ResultsCollateral},
		{"job max price", c.Job.MaxPrice}, {"job collateral", c.Job.Collateral}, {"job mediation fee", c.Job.MediationFee},
		{"job min timeout collateral", c.Job.Bounds.MinTimeoutCollateral}, {"job min results collateral", c.Job.Bounds.MinResultsCollateral}} {
		if a.v != nil && a.v.Sign() < 0 {
			errs = append(errs, fmt.Errorf("%s %s: want 0 or more", a.name, a.v))
		}
	}
	return errors.Join(errs...)
}

// windowOK: a whole number of seconds the contract's uint32 can hold, at least one.
func windowOK(w time.Duration) bool { return w >= time.Second && w < 1<<32*time.Second }

// LogValue is how slog shows a Config: its key only as the address it controls, never the key.
func (c Config) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("address", keyAddress(c.Key)), slog.Any("roles", c.Roles),
		slog.String("data_dir", c.DataDir), slog.String("rpc", redactURL(c.RPCURL)),
		slog.String("market", c.Contracts.Market.Hex()), slog.String("token", c.Contracts.Token.Hex())}
	return slog.GroupValue(attrs...)
}

// String is how fmt shows a Config (%v, %+v, %s): as LogValue, without the key.
func (c Config) String() string { return "node.Config" + c.LogValue().String() }

// GoString is %#v: the same.
func (c Config) GoString() string { return c.String() }

// MarshalJSON keeps the key out of JSON as well.
func (c Config) MarshalJSON() ([]byte, error) {
	m := map[string]any{}
	for _, a := range c.LogValue().Group() {
		m[a.Key] = a.Value.Any()
	}
	return json.Marshal(m)
}

func keyAddress(k *ecdsa.PrivateKey) string {
	if k == nil {
		return "none"
	}
	return chain.KeyAddress(k).Hex()
}

// redactURL drops what an RPC URL may carry besides its host: credentials, an API key in
// its path or query.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
