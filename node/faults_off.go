//go:build !faults

package node

import (
	"fmt"
	"strings"
)

// InjectFaults would make the node misbehave as list says, for tests of the protocol's
// remedies; a build without -tags faults refuses any fault.
func (c *Config) InjectFaults(list string) error {
	if strings.TrimSpace(list) == "" {
		return nil
	}
	return fmt.Errorf("fault injection (%q) is only in test builds (go build -tags faults)", list)
}
