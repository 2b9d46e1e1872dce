package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/p2p"
)

// FloodConfig sets up Flood.
type FloodConfig struct {
	Keys      int // fresh attacker keys, none with escrow
	Msgs      int // signed jobs and offers the attackers publish, in all
	Rate      int // attacker messages per second, all attackers together
	Attackers int // attacker peers
	Honest    int // jobs the honest job creator publishes during the flood
	DataDir   string
}

// FloodReport is what Flood measured.
type FloodReport struct {
	Keys, Msgs      int
	HonestDelivered float64 // fraction of the honest jobs the observer accepted
	CPUCores        float64 // the process's CPU time over the flood's wall time, in cores
	RSSMiB          float64 // the process's peak resident memory
	Lookups         int     // escrow reads (eth_call) the observer made
	Validated       int64   // job and offer messages the observer's validators judged
	Sent            int     // attacker messages actually published
	Wall            time.Duration
	Rate, Attackers int
	Honest          int
}

// String is the figures' line.
func (r FloodReport) String() string {
	return fmt.Sprintf("flood keys=%d msgs=%d honest_delivered=%.4f cpu_cores=%.2f rss_mib=%.0f",
		r.Keys, r.Msgs, r.HonestDelivered, r.CPUCores, r.RSSMiB)
}

// Detail is a line of the other figures.
func (r FloodReport) Detail() string {
	return fmt.Sprintf("flood detail: attackers=%d rate=%d sent=%d observer_validated=%d honest=%d escrow_lookups=%d wall_s=%.1f",
		r.Attackers, r.Rate, r.Sent, r.Validated, r.Honest, r.Lookups, r.Wall.Seconds())
}

func (cfg *FloodConfig) validate() error {
	if cfg.Attackers == 0 {
		cfg.Attackers = 4
	}
	if cfg.Keys < 1 || cfg.Msgs < 1 || cfg.Rate < 1 || cfg.Attackers < 1 || cfg.Honest < 1 || cfg.DataDir == "" {
		return fmt.Errorf("bench flood: want at least 1 key, 1 message, a rate of 1, 1 attacker and 1 honest job, and a data dir (got %d, %d, %d, %d, %d)",
			cfg.Keys, cfg.Msgs, cfg.Rate, cfg.Attackers, cfg.Honest)
	}
	return nil
}

// Flood starts, in this process, an in-process chain with the contracts, an observer
// (a full node with the market's validators), an honest job creator with escrow (a host
// with the same validators) and cfg.Attackers attacker hosts that validate nothing, all on
// loopback QUIC. The attackers publish cfg.Msgs signed jobs and offers, well formed and
// valid for an hour, from cfg.Keys fresh keys without escrow, at cfg.Rate a second, while
// the honest job creator publishes cfg.Honest jobs (each once) spread over the same time.
// It reports the share of honest jobs the observer accepted, and the process's CPU and peak
// memory (every node of the benchmark, attackers' signing excluded: their messages are
// signed before the clock starts).
func Flood(ctx context.Context, cfg FloodConfig, log *slog.Logger) (FloodReport, error) {
	rep := FloodReport{Keys: cfg.Keys, Msgs: cfg.Msgs, Rate: cfg.Rate, Attackers: cfg.Attackers, Honest: cfg.Honest}
	if err := cfg.validate(); err != nil {
		return rep, err
	}
	rep.Attackers = cfg.Attackers
	jcKey, _ := crypto.GenerateKey()
	obsKey, _ := crypto.GenerateKey()
	medKey, _ := crypto.GenerateKey()
	local, err := chain.StartLocal(ctx, chain.LocalConfig{Instant: true, Accounts: []*ecdsa.PrivateKey{jcKey, obsKey, medKey}})
	if err != nil {
		return rep, err
	}
	defer local.Stop()
	if err := chain.NewMarket(local.Chain.Client(), local.Addrs, jcKey).Deposit(ctx, chain.Tokens(100)); err != nil {
		return rep, err
	}
	mediator := chain.KeyAddress(medKey)

	ocfg := node.LocalConfig()
	ocfg.DataDir, ocfg.Roles, ocfg.Key = cfg.DataDir+"/observer", []node.Role{node.RoleJC}, obsKey
	ocfg.Backend, ocfg.Contracts = local.Chain.Client(), local.Addrs
	ocfg.Mediators, ocfg.Logger = []common.Address{mediator}, log.With("node", "observer")
	obs, err := node.New(ocfg)
	if err != nil {
		return rep, err
	}
	if err := obs.Start(ctx); err != nil {
		return rep, err
	}
	defer obs.Stop()
	domain := obs.Domain()

	// the honest job creator: the market's validators (so it also pays for the flood it sees)
	jc := p2p.New(p2p.Config{Key: jcKey, Network: domain.Network(), ListenAddrs: ocfg.ListenAddrs,
		Bootstrap: obs.Host().Addrs(), Logger: log})
	if err := jc.Start(ctx); err != nil {
		return rep, err
	}
	defer jc.Stop()
	jv := node.ChainValidators(obs.Market(), domain, jc.ID(), log)
	jcJobs, err := jc.Join(gossip.TopicJobs, jv.Jobs)
	if err != nil {
		return rep, err
	}
	if _, err := jc.Join(gossip.TopicOffers, jv.Offers); err != nil {
		return rep, err
	}

	type attacker struct{ jobs, offers *p2p.Topic }
	acceptAll := func(context.Context, peer.ID, []byte) (p2p.Verdict, any) { return p2p.Accept, nil }
	var attackers []attacker
	for i := 0; i < cfg.Attackers; i++ {
		key, _ := crypto.GenerateKey()
		h := p2p.New(p2p.Config{Key: key, Network: domain.Network(), ListenAddrs: ocfg.ListenAddrs,
			Bootstrap: obs.Host().Addrs(), Logger: log})
		if err := h.Start(ctx); err != nil {
			return rep, err
		}
		defer h.Stop()
		jt, err := h.Join(gossip.TopicJobs, acceptAll)
		if err != nil {
			return rep, err
		}
		ot, err := h.Join(gossip.TopicOffers, acceptAll)
		if err != nil {
			return rep, err
		}
		attackers = append(attackers, attacker{jt, ot})
	}
	for _, tp := range append([]*p2p.Topic{jcJobs}, func() (ts []*p2p.Topic) {
		for _, a := range attackers {
			ts = append(ts, a.jobs, a.offers)
		}
		return
	}()...) {
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := tp.WaitPeers(wctx, 1)
		cancel()
		if err != nil {
			return rep, err
		}
	}
	time.Sleep(2 * time.Second) // the mesh forms on the first heartbeats

	// sign everything before the clock starts
	now := uint64(time.Now().Unix())
	keys := make([]*ecdsa.PrivateKey, cfg.Keys)
	peers := make([]string, cfg.Keys)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		id, err := p2p.PeerIDOf(keys[i])
		if err != nil {
			return rep, err
		}
		peers[i] = id.String()
	}
	job := func(key *ecdsa.PrivateKey, nonce int64) ([]byte, common.Hash, error) {
		j := matching.JobOffer{Creator: chain.KeyAddress(key), Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 100},
			MaxPrice: chain.Tokens(1), Collateral: chain.Tokens(1), MediationFee: chain.Tokens(1),
			Bounds: node.DefaultConfig().Job.Bounds.Signed(), Mediators: []common.Address{mediator},
			Nonce: big.NewInt(nonce), CreatedAt: now, ValidUntil: now + 3600}
		s, err := matching.NewSignedJob(domain, j, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, key)
		if err != nil {
			return nil, common.Hash{}, err
		}
		data, err := s.Encode()
		return data, s.Offer.Hash(domain), err
	}
	flood := make([][]byte, cfg.Msgs)
	for i := range flood {
		k := i % cfg.Keys
		if i%2 == 0 {
			if flood[i], _, err = job(keys[k], int64(i)); err != nil {
				return rep, err
			}
			continue
		}
		o := matching.ResourceOffer{Provider: chain.KeyAddress(keys[k]), Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 1024},
			Price: big.NewInt(1), TimeoutCollateral: big.NewInt(1), ResultsCollateral: big.NewInt(1), SubmitWindow: 60,
			JudgeWindow: 60, MediateWindow: 60, Mediators: []common.Address{mediator}, Capacity: 1,
			Nonce: big.NewInt(int64(i)), CreatedAt: now, ValidUntil: now + 3600}
		s, err := matching.NewSignedOffer(domain, o, keys[k])
		if err != nil {
			return rep, err
		}
		s.PeerID = peers[k]
		if flood[i], err = s.Encode(); err != nil {
			return rep, err
		}
	}
	honest := make([][]byte, cfg.Honest)
	honestIDs := make([]common.Hash, cfg.Honest)
	for i := range honest {
		if honest[i], honestIDs[i], err = job(jcKey, int64(1_000_000+i)); err != nil {
			return rep, err
		}
	}

	cpu0, wall0 := cpuTime(), time.Now()
	floodFor := time.Duration(cfg.Msgs) * time.Second / time.Duration(cfg.Rate)
	done := make(chan int)
	go func() { // the attackers, in 10 ms batches
		sent := 0
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for sent < len(flood) && ctx.Err() == nil {
			due := min(len(flood), int(time.Since(wall0)*time.Duration(cfg.Rate)/time.Second)+1)
			for ; sent < due; sent++ {
				a := attackers[sent%len(attackers)]
				tp := a.jobs
				if sent%2 == 1 {
					tp = a.offers
				}
				_ = tp.PublishNow(ctx, flood[sent])
			}
			<-tick.C
		}
		done <- sent
	}()
	gap := floodFor / time.Duration(cfg.Honest)
	for i, data := range honest {
		if err := jcJobs.Publish(ctx, data); err != nil {
			log.Warn("honest job not published", "i", i, "err", err)
		}
		time.Sleep(gap)
	}
	rep.Sent = <-done
	rep.Wall = time.Since(wall0)
	rep.CPUCores = (cpuTime() - cpu0).Seconds() / rep.Wall.Seconds()
	delivered := func() int {
		n := 0
		for _, id := range honestIDs {
			if obs.SawJob(id) {
				n++
			}
		}
		return n
	}
	for last, waited := -1, 0; waited < 10; waited++ { // stragglers: until a quiet second
		n := delivered()
		if n == len(honestIDs) || n == last {
			break
		}
		last = n
		time.Sleep(time.Second)
	}
	rep.HonestDelivered = float64(delivered()) / float64(len(honestIDs))
	rep.Validated, rep.Lookups = obs.GossipStats()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		rep.RSSMiB = float64(ru.Maxrss) / 1024 // KiB on Linux
	}
	_ = os.RemoveAll(cfg.DataDir + "/observer")
	return rep, nil
}
