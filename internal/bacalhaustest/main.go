// Command bacalhaustest runs a real bacalhau v1.7.0 cluster (one orchestrator + compute node,
// docker executor, local publisher) in one process on loopback, from bacalhau's own Go
// packages (its devstack). It prints "api <URL>" once the orchestrator answers and runs until
// interrupted. Images named as arguments are served from the local Docker engine: no
// registry is reachable here, and bacalhau's compute node otherwise asks a registry for every
// image's platforms before it bids. It is its own Go module because bacalhau pins older libp2p/ipfs modules than
// coophive uses, and the two cannot share one build; runner's cluster test builds and starts it.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/opencontainers/go-digest"
	v1 "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/bacalhau-project/bacalhau/pkg/config/types"
	"github.com/bacalhau-project/bacalhau/pkg/devstack"
	"github.com/bacalhau-project/bacalhau/pkg/docker"
	"github.com/bacalhau-project/bacalhau/pkg/executor/docker/bidstrategy/semantic"
	"github.com/bacalhau-project/bacalhau/pkg/models"
	"github.com/bacalhau-project/bacalhau/pkg/system"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bacalhaustest:", err)
		os.Exit(1)
	}
}

func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	base, err := os.MkdirTemp("", "bacalhaustest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(base)
	// The compute node keeps this cache (it creates one only when there is none).
	semantic.ManifestCache = docker.NewManifestCache(types.DockerManifestCache{Size: 1000,
		TTL: types.Duration(time.Hour), Refresh: types.Duration(time.Hour)})
	cm := system.NewCleanupManager()
	defer cm.Cleanup(context.Background())
	stack, err := devstack.Setup(ctx, cm, devstack.WithNumberOfHybridNodes(1), devstack.WithBasePath(base))
	if err != nil {
		return fmt.Errorf("start devstack: %w", err)
	}
	if err := seedManifests(ctx, os.Args[1:]); err != nil {
		return err
	}
	if err := awaitCompute(ctx, stack); err != nil {
		return err
	}
	fmt.Printf("api %s\n", stack.Nodes[0].APIServer.GetURI())
	<-ctx.Done()
	return nil
}

// seedManifests puts each local image's platform in the compute node's manifest cache, as a
// registry would have answered.
func seedManifests(ctx context.Context, images []string) error {
	if len(images) == 0 {
		return nil
	}
	c, err := docker.NewDockerClient()
	if err != nil {
		return err
	}
	defer c.Close()
	for _, img := range images {
		info, _, err := c.ImageInspectWithRaw(ctx, img)
		if err != nil {
			return fmt.Errorf("local image %s: %w", img, err)
		}
		m := docker.ImageManifest{Digest: digest.Digest(info.ID),
			Platforms: []v1.Platform{{Architecture: info.Architecture, OS: info.Os, OSVersion: info.OsVersion}}}
		if err := semantic.ManifestCache.Set(img, m, 1, 24*3600); err != nil {
			return fmt.Errorf("seed manifest of %s: %w", img, err)
		}
	}
	return nil
}

// awaitCompute waits until the orchestrator has a compute node it would give jobs to
// (approved and connected: it registers over NATS a moment after both start), so jobs
// submitted once "api" is printed find it.
func awaitCompute(ctx context.Context, stack *devstack.DevStack) error {
	deadline := time.Now().Add(time.Minute)
	for {
		known, err := stack.Nodes[0].RequesterNode.NodeInfoStore.List(ctx)
		for _, n := range known {
			if n.Info.NodeType == models.NodeTypeCompute && n.Membership == models.NodeMembership.APPROVED &&
				n.ConnectionState.Status == models.NodeStates.CONNECTED {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no approved, connected compute node after a minute (nodes %+v, error %v)", known, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
