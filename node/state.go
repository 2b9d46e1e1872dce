package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// stateFile keeps what a node must not forget across restarts.
const stateFile = "state.json"

type persisted struct {
	LastBlock uint64 `json:"lastBlock"` // last block whose events were handled
	HaveBlock bool   `json:"haveBlock"`
}

// state is the node's small on-disk state, written atomically.
type state struct {
	mu   sync.Mutex
	path string
	p    persisted
}

func loadState(dataDir string) (*state, error) {
	s := &state{path: filepath.Join(dataDir, stateFile)}
	b, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read state: %w", err)
	}
	if err := json.Unmarshal(b, &s.p); err != nil {
		return nil, fmt.Errorf("parse %s: %w", s.path, err)
	}
	return s, nil
}

func (s *state) lastBlock() (uint64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.p.LastBlock, s.p.HaveBlock
}

func (s *state) setLastBlock(b uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.p.LastBlock, s.p.HaveBlock = b, true
	data, _ := json.Marshal(s.p)
	return writeFileAtomic(s.path, data, 0o600)
}
