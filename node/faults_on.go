//go:build faults

package node

import "github.com/coophive/coophive/runner/archive/archivetest"

func init() { sparseBomb = archivetest.PAXSparseBomb }

// InjectFaults makes the node misbehave as list says (comma-separated; see parseFaults), for
// tests of the protocol's remedies. This build (-tags faults) honours it.
func (c *Config) InjectFaults(list string) error {
	f, err := parseFaults(list)
	if err != nil {
		return err
	}
	c.faults = f
	return nil
}
