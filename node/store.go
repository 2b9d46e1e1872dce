package node

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/coophive/coophive/matching"
)

// storeFile is the node's embedded database (bbolt) in its data dir.
const storeFile = "node.db"

var (
	bucketMeta  = []byte("meta")  // lastBlock
	bucketJobs  = []byte("jobs")  // deal id -> SignedJob JSON, for jobs this node may have to run
	bucketDeals = []byte("deals") // deal id -> "" for deals this node follows until they end
	keyLast     = []byte("lastBlock")
)

// store keeps what a node must not forget across a crash: the last block whose events it
// handled, the job offers it may have to run, and the deals it follows. Every write is a
// bbolt transaction, durable when it returns.
type store struct{ db *bolt.DB }

func openStore(dataDir string) (*store, error) {
	db, err := bolt.Open(filepath.Join(dataDir, storeFile), 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open store (is another node using %s?): %w", dataDir, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketJobs, bucketDeals} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("init store: %w", err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

func (s *store) lastBlock() (uint64, bool, error) {
	var v []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		v = append(v, tx.Bucket(bucketMeta).Get(keyLast)...)
		return nil
	})
	if err != nil || len(v) != 8 {
		return 0, false, err
	}
	return binary.BigEndian.Uint64(v), true, nil
}

func (s *store) setLastBlock(b uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyLast, binary.BigEndian.AppendUint64(nil, b))
	})
}

func (s *store) putJob(id common.Hash, j *matching.SignedJob) error {
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketJobs).Put(id[:], data) })
}

var errNoJob = errors.New("job offer not stored")

func (s *store) job(id common.Hash) (*matching.SignedJob, error) {
	var j matching.SignedJob
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketJobs).Get(id[:])
		if v == nil {
			return errNoJob
		}
		return json.Unmarshal(v, &j)
	})
	if err != nil {
		return nil, err
	}
	return &j, nil
}

func (s *store) follow(id common.Hash) error {
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDeals).Put(id[:], []byte{}) })
}

// unfollow forgets a deal that ended, and its job offer.
func (s *store) unfollow(id common.Hash) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return errors.Join(tx.Bucket(bucketDeals).Delete(id[:]), tx.Bucket(bucketJobs).Delete(id[:]))
	})
}

// size counts the job offers and the deals the store holds.
func (s *store) size() (jobs, deals int, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		jobs, deals = tx.Bucket(bucketJobs).Stats().KeyN, tx.Bucket(bucketDeals).Stats().KeyN
		return nil
	})
	return jobs, deals, err
}

func (s *store) followed() ([]common.Hash, error) {
	var out []common.Hash
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDeals).ForEach(func(k, _ []byte) error {
			out = append(out, common.BytesToHash(k))
			return nil
		})
	})
	return out, err
}
