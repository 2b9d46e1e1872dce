package node

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestConfigValidate(t *testing.T) {
	valid := func() Config {
		c := DefaultConfig()
		c.Key, _ = crypto.GenerateKey()
		c.RPCURL, c.DataDir = "http://127.0.0.1:8545", t.TempDir()
		c.Contracts.Market, c.Contracts.Token = common.Address{1}, common.Address{2}
		c.Roles = []Role{RoleRP}
		c.Mediators = []common.Address{{3}}
		return c
	}
	if c := valid(); c.Validate() != nil {
		t.Fatalf("valid config refused: %v", c.Validate())
	}
	for _, tc := range []struct {
		name, want string
		change     func(*Config)
	}{
		{"no key", "no key", func(c *Config) { c.Key = nil }},
		{"no chain", "no chain", func(c *Config) { c.RPCURL = "" }},
		{"bacalhau api not a URL", "bacalhau API", func(c *Config) { c.BacalhauAPI = "10.0.0.5:1234" }},
		{"bacalhau api without host", "bacalhau API", func(c *Config) { c.BacalhauAPI = "http://" }},
		{"cluster and no docker", "pick one", func(c *Config) { c.BacalhauAPI, c.NoDocker = "http://10.0.0.5:1234", true }},
	} {
		c := valid()
		tc.change(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error about %q", tc.name, err, tc.want)
		}
	}
}
