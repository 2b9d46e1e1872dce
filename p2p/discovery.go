package p2p

import (
	"context"
	"fmt"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multihash"
)

// Capability keys in the DHT: a node announces itself under coarse keys ("role:rp",
// "gpu:NVIDIA H200", ...) so that others find, say, GPU providers without gossip history.
// Keys are scoped by network.
func (h *Host) keyCID(key string) (cid.Cid, error) {
	mh, err := multihash.Sum([]byte("coophive/"+h.cfg.Network+"/"+key), multihash.SHA2_256, -1)
	if err != nil {
		return cid.Undef, err
	}
	return cid.NewCidV1(cid.Raw, mh), nil
}

// Provide announces this node under key in the DHT.
func (h *Host) Provide(ctx context.Context, key string) error {
	c, err := h.keyCID(key)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := h.kad.Provide(ctx, c, true); err != nil {
		return fmt.Errorf("provide %q: %w", key, err)
	}
	return nil
}

// FindProviders looks up the nodes announced under key (at most limit).
func (h *Host) FindProviders(ctx context.Context, key string, limit int) ([]peer.AddrInfo, error) {
	c, err := h.keyCID(key)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var out []peer.AddrInfo
	for ai := range h.kad.FindProvidersAsync(ctx, c, limit) {
		out = append(out, ai)
	}
	return out, nil
}
