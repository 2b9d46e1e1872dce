package node

import (
	"context"

	"github.com/coophive/coophive/runner"
)

// BuildModuleImages builds the built-in docker modules' images that the Docker engine
// (DOCKER_HOST) lacks or holds from other sources; it needs the Go toolchain. An RP or a
// mediator does it when it starts; `coophive images` does it ahead for one in a container.
func BuildModuleImages(ctx context.Context) error { return runner.EnsureImages(ctx) }
