package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
)

// Input files: `run --input-file PATH` sends files with a job. Their sha256 hashes are bound
// into the signed job offer (its inputs hash); the bytes stay with the JC, which hands them
// over libp2p to the deal's RP and, after a challenge, to its drawn mediator. Both check every
// hash before running; the job sees the files under /inputs.

// MaxInputBytes bounds a job's input files, all together.
const MaxInputBytes = 64 << 20

// ErrInputFile is returned for input files that cannot be sent or do not check out.
var ErrInputFile = errors.New("input file")

var inputName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)

// readJobFiles reads a job's input files: those at its paths (Files), named by their base
// names, and those it carries (Data), by their names.
func readJobFiles(j Job) (map[string][]byte, error) {
	out := map[string][]byte{}
	total := 0
	add := func(name, from string, b []byte) error {
		if !inputName.MatchString(name) {
			return fmt.Errorf("%w %s: name must be letters, digits, '.', '_' or '-'", ErrInputFile, from)
		}
		if _, dup := out[name]; dup {
			return fmt.Errorf("%w %s: two input files named %q", ErrInputFile, from, name)
		}
		if total += len(b); total > MaxInputBytes {
			return fmt.Errorf("%w: more than %d MiB in all", ErrInputFile, MaxInputBytes>>20)
		}
		out[name] = b
		return nil
	}
	for _, p := range j.Files {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInputFile, err)
		}
		if err := add(filepath.Base(p), p, b); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(j.Data))
	for name := range j.Data {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := add(name, fmt.Sprintf("%q", name), j.Data[name]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func fileHashes(files map[string][]byte) map[string]common.Hash {
	if len(files) == 0 {
		return nil
	}
	out := make(map[string]common.Hash, len(files))
	for name, b := range files {
		out[name] = sha256.Sum256(b)
	}
	return out
}

// inputStore holds the input files of the JC's own jobs, by job (deal) id.
type inputStore struct {
	mu    sync.Mutex
	files map[common.Hash]map[string][]byte
}

func (s *inputStore) put(id common.Hash, files map[string][]byte) {
	if len(files) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.files == nil {
		s.files = map[common.Hash]map[string][]byte{}
	}
	s.files[id] = files
}

func (s *inputStore) drop(id common.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.files, id)
}

func (s *inputStore) get(id common.Hash, name string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.files[id][name]
	return b, ok
}

// serveInput gives one of a deal's input files to its RP or its drawn mediator only: the JC
// from its own jobs, the RP from the copies it fetched (to the mediator, so a JC that stops
// serving its files cannot stall a mediation).
func (n *Node) serveInput(ctx context.Context, requester common.Address, id common.Hash, name string) ([]byte, error) {
	d, err := n.market.Deal(ctx, id)
	if err != nil {
		return nil, err
	}
	mediator := requester == d.Mediator && d.Mediator != (common.Address{})
	if requester != d.RP && !mediator {
		return nil, errors.New("only the deal's provider or its drawn mediator may fetch its input files")
	}
	if b, ok := n.inputs.get(id, name); ok {
		return b, nil
	}
	if d.RP != n.addr || !inputName.MatchString(name) {
		return nil, errors.New("no such input file here")
	}
	b, err := os.ReadFile(filepath.Join(n.inputsDir(id), name))
	if err != nil {
		return nil, errors.New("no such input file here")
	}
	return b, nil
}

func (n *Node) inputsDir(id common.Hash) string {
	return filepath.Join(n.cfg.DataDir, "inputs", id.Hex())
}

type inputPeer struct {
	id    peer.ID
	addrs []string
}

// boundPeer is the peer id a message names, if its key is author's: a job's PeerID is not
// signed, and one learnt from a peer (askJob), a contract or the store has not been through
// the mesh validator, so the binding is checked again before the peer is asked for anything.
func boundPeer(peerID string, author common.Address) (peer.ID, bool) {
	p, err := peer.Decode(peerID)
	if err != nil {
		return "", false
	}
	a, err := p2p.PeerAddress(p)
	return p, err == nil && a == author
}

// inputPeers are where a deal's input files can be fetched: for its RP, the JC; for a
// mediator, the deal's RP first (it has fetched and checked them, and it wants a verdict),
// then the JC (which challenged, and could stall its own files); each only under the peer id
// its key derives to (the addresses beside it are unsigned hints, see p2p.Host.Connect: a
// dial by peer id reaches that key or fails).
func (n *Node) inputPeers(ctx context.Context, id common.Hash, job *matching.SignedJob) []inputPeer {
	var out []inputPeer
	if d, err := n.market.Deal(ctx, id); err == nil && d.RP != n.addr {
		if o, ok := n.peers.get(d.RP); ok {
			if p, ok := boundPeer(o.PeerID, d.RP); ok {
				out = append(out, inputPeer{p, o.Addrs})
			}
		}
	}
	if p, ok := boundPeer(job.PeerID, job.Offer.Creator); ok {
		out = append(out, inputPeer{p, job.Addrs})
	} else if job.PeerID != "" {
		n.log.Warn("a job's peer id is not its creator's key; not fetching from it", "job", id.Hex(), "peer", job.PeerID)
	}
	return out
}

// fetchInputs gets a deal's input files from its JC into dir and checks each against the
// hash the job offer binds. It returns "" for a job without files. The files together may
// not exceed MaxInputBytes (n.inputCap in tests), the JC's own bound: each answer is read
// with what is left of it as its limit, so a peer that sends more fails before its bytes
// arrive.
func (n *Node) fetchInputs(ctx context.Context, id common.Hash, job *matching.SignedJob) (string, error) {
	if len(job.Files) == 0 {
		return "", nil
	}
	dir := n.inputsDir(id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	limit := int64(MaxInputBytes)
	if n.inputCap > 0 {
		limit = n.inputCap
	}
	tooLarge := fmt.Errorf("%w: more than %d bytes in all", ErrInputFile, limit)
	left := limit
	names := make([]string, 0, len(job.Files))
	for name := range job.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want := job.Files[name]
		if !inputName.MatchString(name) {
			return "", fmt.Errorf("%w %q: not a file name", ErrInputFile, name)
		}
		path := filepath.Join(dir, name)
		if b, err := os.ReadFile(path); err == nil && sha256.Sum256(b) == want {
			if left -= int64(len(b)); left < 0 {
				return "", tooLarge
			}
			continue // fetched before a restart
		}
		var b []byte
		over := false
		err := retry(ctx, fetchWait, func() error {
			peers := n.inputPeers(ctx, id, job)
			if len(peers) == 0 {
				return errors.New("no peer to fetch from")
			}
			var errs []error
			for _, p := range peers {
				var err error
				if b, err = n.host.FetchInput(ctx, p.id, p.addrs, id, name, uint64(left)); err == nil {
					return nil
				}
				errs = append(errs, err)
			}
			if len(errs) == len(peers) && allTooLarge(errs) {
				over = true
				return nil // every peer offers more than is left: retrying will not help
			}
			return errors.Join(errs...)
		})
		if over {
			return "", fmt.Errorf("%s: %w", name, tooLarge)
		}
		if err != nil {
			return "", fmt.Errorf("%w %s: fetch from the job creator or the provider: %w", ErrInputFile, name, err)
		}
		if got := common.Hash(sha256.Sum256(b)); got != want {
			return "", fmt.Errorf("%w %s: sha256 %s, the job offer binds %s", ErrInputFile, name, got.Hex(), want.Hex())
		}
		left -= int64(len(b))
		if err := writeFileAtomic(path, b, 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}

func allTooLarge(errs []error) bool {
	for _, err := range errs {
		if !errors.Is(err, p2p.ErrTooLarge) {
			return false
		}
	}
	return true
}
