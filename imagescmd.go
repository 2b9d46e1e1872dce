package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/node"
)

// imagesCommand builds the built-in docker modules' images (coophive/cowsay) in the Docker
// engine. An RP or a mediator does it itself when it starts, with the Go toolchain; one in a
// container (the coophive image has no Go) needs them built beforehand: make image runs this.
func imagesCommand() *cli.Command {
	return &cli.Command{
		Name:  "images",
		Usage: "build the built-in docker modules' images in the Docker engine (DOCKER_HOST), from their sources (needs Go)",
		Action: func(c *cli.Context) error {
			ctx, cancel := signalContext(c)
			defer cancel()
			t0 := time.Now()
			if err := node.BuildModuleImages(ctx); err != nil {
				return fmt.Errorf("images: %w", err)
			}
			fmt.Fprintf(c.App.Writer, "module images ready (%s)\n", time.Since(t0).Round(time.Millisecond))
			return nil
		},
	}
}
